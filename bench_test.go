package cloudtrail_test

import (
	"bytes"
	"encoding/json"
	"io"
	"sync"
	"testing"
	"time"

	gojson "github.com/goccy/go-json"

	"github.com/trailtype/cloudtrail"
)

// benchRecords is the size of the generated benchmark log.
const benchRecords = 40000

var benchLog = sync.OnceValues(func() (plain, gzipped []byte) {
	plain = logFile(generateLog(benchRecords, 1))
	return plain, gz(nil, plain)
})

// logFile writes records as an S3 log file, {"Records":[...]}.
func logFile(recs [][]byte) []byte {
	var b bytes.Buffer
	b.WriteString(`{"Records":[`)
	for i, r := range recs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(r)
	}
	b.WriteString("]}")
	return b.Bytes()
}

// baselineRecord is a hand-written envelope struct for the baselines: every top-level field typed
// as a user would write it, payloads left raw.
type baselineRecord struct {
	EventVersion        string            `json:"eventVersion"`
	UserIdentity        *baselineIdentity `json:"userIdentity"`
	EventTime           time.Time         `json:"eventTime"`
	EventSource         string            `json:"eventSource"`
	EventName           string            `json:"eventName"`
	AWSRegion           string            `json:"awsRegion"`
	SourceIPAddress     string            `json:"sourceIPAddress"`
	UserAgent           string            `json:"userAgent"`
	ErrorCode           string            `json:"errorCode"`
	ErrorMessage        string            `json:"errorMessage"`
	RequestParameters   json.RawMessage   `json:"requestParameters"`
	ResponseElements    json.RawMessage   `json:"responseElements"`
	AdditionalEventData json.RawMessage   `json:"additionalEventData"`
	RequestID           string            `json:"requestID"`
	EventID             string            `json:"eventID"`
	ReadOnly            *bool             `json:"readOnly"`
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

type baselineIdentity struct {
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

// tokenDecoder is what encoding/json's and goccy's streaming decoders have in common.
type tokenDecoder interface {
	Token() (json.Token, error)
	More() bool
	Decode(any) error
}

// streamBaseline reads {"Records":[...]} the way a hand-written consumer does: Token into the array,
// then Decode each record.
func streamBaseline(b *testing.B, dec tokenDecoder) int {
	for i := 0; i < 3; i++ { // '{', "Records", '['
		if _, err := dec.Token(); err != nil {
			b.Fatal(err)
		}
	}
	n := 0
	for dec.More() {
		var rec baselineRecord
		if err := dec.Decode(&rec); err != nil {
			b.Fatal(err)
		}
		n++
	}
	return n
}

func reportPerEvent(b *testing.B, events int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*events), "ns/event")
}

// benchBaseline streams the benchmark log through a baseline decoder.
func benchBaseline(b *testing.B, newDecoder func(io.Reader) tokenDecoder) {
	plain, _ := benchLog()
	b.SetBytes(int64(len(plain)))
	b.ReportAllocs()
	b.ResetTimer() // the log is generated on first use
	n := 0
	for i := 0; i < b.N; i++ {
		n = streamBaseline(b, newDecoder(bytes.NewReader(plain)))
	}
	reportPerEvent(b, n)
}

func BenchmarkDecodeBaselineEncodingJSON(b *testing.B) {
	benchBaseline(b, func(r io.Reader) tokenDecoder { return json.NewDecoder(r) })
}

func BenchmarkDecodeBaselineGoccy(b *testing.B) {
	benchBaseline(b, func(r io.Reader) tokenDecoder { return gojson.NewDecoder(r) })
}

func benchDecoder(b *testing.B, input []byte, size int, opts ...cloudtrail.Option) {
	benchDecoderN(b, input, size, benchRecords, opts...)
}

// benchDecoderN decodes input b.N times, checking that it holds want events.
func benchDecoderN(b *testing.B, input []byte, size, want int, opts ...cloudtrail.Option) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer() // the log is generated on first use
	n := 0
	for i := 0; i < b.N; i++ {
		d := cloudtrail.NewDecoder(bytes.NewReader(input), opts...)
		n = 0
		for {
			_, err := d.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	if n != want {
		b.Fatalf("decoded %d events, want %d", n, want)
	}
	reportPerEvent(b, n)
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "events/s")
}

func BenchmarkDecoderPlain(b *testing.B) {
	plain, _ := benchLog()
	benchDecoder(b, plain, len(plain))
}

// BenchmarkDecoderGzip reports MB/s of decompressed JSON, so that it compares with the plain run.
func BenchmarkDecoderGzip(b *testing.B) {
	plain, gzipped := benchLog()
	benchDecoder(b, gzipped, len(plain))
}

func BenchmarkDecoderGzipSyncInflate(b *testing.B) {
	plain, gzipped := benchLog()
	benchDecoder(b, gzipped, len(plain), cloudtrail.WithSyncInflate())
}
