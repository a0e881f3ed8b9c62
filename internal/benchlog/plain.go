package benchlog

import (
	"encoding/json"
	"time"
)

// Plain is a record as a user would write its struct, for the baselines to decode into: every
// top-level field typed, payloads left raw. Decoding into it is lossy.
type Plain struct {
	EventVersion        string          `json:"eventVersion"`
	UserIdentity        *PlainIdentity  `json:"userIdentity"`
	EventTime           time.Time       `json:"eventTime"`
	EventSource         string          `json:"eventSource"`
	EventName           string          `json:"eventName"`
	AWSRegion           string          `json:"awsRegion"`
	SourceIPAddress     string          `json:"sourceIPAddress"`
	UserAgent           string          `json:"userAgent"`
	ErrorCode           string          `json:"errorCode"`
	ErrorMessage        string          `json:"errorMessage"`
	RequestParameters   json.RawMessage `json:"requestParameters"`
	ResponseElements    json.RawMessage `json:"responseElements"`
	AdditionalEventData json.RawMessage `json:"additionalEventData"`
	RequestID           string          `json:"requestID"`
	EventID             string          `json:"eventID"`
	ReadOnly            *bool           `json:"readOnly"`
	Resources           []struct {
		ARN       string `json:"ARN"`
		AccountID string `json:"accountId"`
		Type      string `json:"type"`
	} `json:"resources"`
	EventType           string          `json:"eventType"`
	ManagementEvent     *bool           `json:"managementEvent"`
	RecipientAccountID  string          `json:"recipientAccountId"`
	SharedEventID       string          `json:"sharedEventID"`
	EventCategory       string          `json:"eventCategory"`
	ServiceEventDetails json.RawMessage `json:"serviceEventDetails"`
	SessionCredential   string          `json:"sessionCredentialFromConsole"`
	TLSDetails          *struct {
		TLSVersion  string `json:"tlsVersion"`
		CipherSuite string `json:"cipherSuite"`
		Host        string `json:"clientProvidedHostHeader"`
	} `json:"tlsDetails"`
}

// PlainIdentity is Plain's userIdentity.
type PlainIdentity struct {
	Type           string `json:"type"`
	PrincipalID    string `json:"principalId"`
	ARN            string `json:"arn"`
	AccountID      string `json:"accountId"`
	AccessKeyID    string `json:"accessKeyId"`
	UserName       string `json:"userName"`
	InvokedBy      string `json:"invokedBy"`
	CredentialID   string `json:"credentialId"`
	SessionContext *struct {
		SessionIssuer *struct {
			Type        string `json:"type"`
			PrincipalID string `json:"principalId"`
			ARN         string `json:"arn"`
			AccountID   string `json:"accountId"`
			UserName    string `json:"userName"`
		} `json:"sessionIssuer"`
		WebIDFederationData map[string]any `json:"webIdFederationData"`
		Attributes          *struct {
			CreationDate     string `json:"creationDate"`
			MFAAuthenticated string `json:"mfaAuthenticated"`
		} `json:"attributes"`
	} `json:"sessionContext"`
	OnBehalfOf *struct {
		UserID           string `json:"userId"`
		IdentityStoreArn string `json:"identityStoreArn"`
	} `json:"onBehalfOf"`
}
