package cloudtrail

// IdentityType is userIdentity.type (and sessionIssuer.type). It is an open set: any string is
// accepted and kept; the constants are the documented values.
type IdentityType string

// Documented identity types.
const (
	IdentityRoot               IdentityType = "Root"
	IdentityIAMUser            IdentityType = "IAMUser"
	IdentityAssumedRole        IdentityType = "AssumedRole"
	IdentityRole               IdentityType = "Role"
	IdentityFederatedUser      IdentityType = "FederatedUser"
	IdentityDirectory          IdentityType = "Directory"
	IdentityAWSAccount         IdentityType = "AWSAccount"
	IdentityAWSService         IdentityType = "AWSService"
	IdentityIdentityCenterUser IdentityType = "IdentityCenterUser"
	IdentityUnknown            IdentityType = "Unknown"
	IdentitySAMLUser           IdentityType = "SAMLUser"
	IdentityWebIdentityUser    IdentityType = "WebIdentityUser"
)

// EventType is the record's eventType, an open set.
type EventType string

// Documented event types. The last three occur only in CloudTrail Lake.
const (
	EventTypeAPICall              EventType = "AwsApiCall"
	EventTypeServiceEvent         EventType = "AwsServiceEvent"
	EventTypeConsoleAction        EventType = "AwsConsoleAction"
	EventTypeConsoleSignIn        EventType = "AwsConsoleSignIn"
	EventTypeInsight              EventType = "AwsCloudTrailInsight"
	EventTypeVPCEndpointEvent     EventType = "AwsVpceEvent"
	EventTypeAggregated           EventType = "AwsAggregatedEvent"
	EventTypeConfigurationItem    EventType = "AwsConfigurationItem"
	EventTypeAuditManagerEvidence EventType = "AwsAuditManagerEvidence"
	EventTypeActivityLog          EventType = "ActivityLog"
)

// EventCategory is the record's eventCategory, an open set.
type EventCategory string

// Documented event categories. The last three occur only in CloudTrail Lake.
const (
	CategoryManagement        EventCategory = "Management"
	CategoryData              EventCategory = "Data"
	CategoryNetworkActivity   EventCategory = "NetworkActivity"
	CategoryInsight           EventCategory = "Insight"
	CategoryAggregated        EventCategory = "Aggregated"
	CategoryConfigurationItem EventCategory = "ConfigurationItem"
	CategoryEvidence          EventCategory = "Evidence"
	CategoryActivityAuditLog  EventCategory = "ActivityAuditLog"
)

// AddendumReason is addendum.reason, an open set.
type AddendumReason string

// Documented addendum reasons.
const (
	ReasonDeliveryDelay AddendumReason = "DELIVERY_DELAY"
	ReasonUpdatedData   AddendumReason = "UPDATED_DATA"
	ReasonServiceOutage AddendumReason = "SERVICE_OUTAGE"
)

// InsightType is insightDetails.insightType, an open set.
type InsightType string

// Documented insight types.
const (
	InsightAPICallRate  InsightType = "ApiCallRateInsight"
	InsightAPIErrorRate InsightType = "ApiErrorRateInsight"
)

// InsightState is insightDetails.state, an open set.
type InsightState string

// Documented insight states.
const (
	InsightStart InsightState = "Start"
	InsightEnd   InsightState = "End"
)
