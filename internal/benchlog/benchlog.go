// Package benchlog writes the synthetic CloudTrail log the benchmarks of every module read: the same
// records, so that figures of different modules compare.
package benchlog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"time"
)

// Records writes n realistic records: mixed identity types, data and management events, payloads of
// a few hundred bytes, random IDs (so that it compresses like a real log). The same seed gives the
// same records.
func Records(n int, seed int64) [][]byte {
	rng := rand.New(rand.NewSource(seed))
	hex := func(k int) string {
		const digits = "0123456789abcdef"
		b := make([]byte, k)
		for i := range b {
			b[i] = digits[rng.Intn(16)]
		}
		return string(b)
	}
	upper := func(prefix string, k int) string {
		const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
		b := []byte(prefix)
		for i := 0; i < k; i++ {
			b = append(b, digits[rng.Intn(len(digits))])
		}
		return string(b)
	}
	uuid := func() string { return hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12) }
	account := fmt.Sprintf("%012d", rng.Int63n(1e12))
	base := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	regions := []string{"us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2"}
	agents := []string{"aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 prompt/off command/s3.cp",
		"aws-sdk-go-v2/1.25.2 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64 api/s3#1.51.1",
		"Boto3/1.34.54 md/Botocore#1.34.54 ua/2.0 os/linux#5.10.210 md/arch#x86_64 lang/python#3.12.2 cfg/retry-mode#legacy Botocore/1.34.54",
		"console.amazonaws.com", "lambda.amazonaws.com"}
	ip := func() string {
		return fmt.Sprintf("%d.%d.%d.%d", 1+rng.Intn(222), rng.Intn(256), rng.Intn(256), 1+rng.Intn(254))
	}

	out := make([][]byte, 0, n)
	for i := 0; i < n; i++ {
		t := base.Add(time.Duration(rng.Int63n(int64(time.Hour))))
		region := regions[rng.Intn(len(regions))]
		role := fmt.Sprintf("app-role-%d", rng.Intn(40))
		session := fmt.Sprintf("session-%s", hex(10))
		rec := map[string]any{
			"eventVersion": "1.09", "eventTime": t.Format("2006-01-02T15:04:05Z"), "awsRegion": region,
			"sourceIPAddress": ip(), "userAgent": agents[rng.Intn(len(agents))], "requestID": upper("", 16),
			"eventID": uuid(), "eventType": "AwsApiCall", "recipientAccountId": account,
			"tlsDetails": map[string]any{"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256",
				"clientProvidedHostHeader": "s3." + region + ".amazonaws.com"},
		}
		assumedRole := map[string]any{"type": "AssumedRole", "principalId": upper("AROA", 17) + ":" + session,
			"arn": "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session, "accountId": account,
			"accessKeyId": upper("ASIA", 16), "sessionContext": map[string]any{
				"sessionIssuer":       map[string]any{"type": "Role", "principalId": upper("AROA", 17), "arn": "arn:aws:iam::" + account + ":role/" + role, "accountId": account, "userName": role},
				"webIdFederationData": map[string]any{},
				"attributes":          map[string]any{"creationDate": t.Add(-time.Duration(rng.Intn(3600)) * time.Second).Format("2006-01-02T15:04:05Z"), "mfaAuthenticated": "false"}}}
		switch k := rng.Intn(10); {
		case k < 5: // S3 data event
			bucket := fmt.Sprintf("data-bucket-%d", rng.Intn(20))
			key := fmt.Sprintf("year=2024/month=03/part-%s.parquet", hex(16))
			rec["userIdentity"] = assumedRole
			rec["eventSource"], rec["eventName"] = "s3.amazonaws.com", []string{"GetObject", "PutObject", "HeadObject"}[rng.Intn(3)]
			rec["requestParameters"] = map[string]any{"bucketName": bucket, "Host": bucket + ".s3." + region + ".amazonaws.com", "key": key}
			rec["responseElements"] = nil
			rec["additionalEventData"] = map[string]any{"SignatureVersion": "SigV4", "CipherSuite": "TLS_AES_128_GCM_SHA256",
				"bytesTransferredIn": 0, "bytesTransferredOut": rng.Intn(1 << 24), "x-amz-id-2": hex(60), "AuthenticationMethod": "AuthHeader"}
			rec["resources"] = []any{map[string]any{"type": "AWS::S3::Object", "ARN": "arn:aws:s3:::" + bucket + "/" + key},
				map[string]any{"accountId": account, "type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::" + bucket}}
			rec["readOnly"], rec["managementEvent"], rec["eventCategory"] = true, false, "Data"
		case k < 8: // management call by an IAM user or role
			if k == 5 {
				rec["userIdentity"] = map[string]any{"type": "IAMUser", "principalId": upper("AIDA", 17), "arn": "arn:aws:iam::" + account + ":user/dev-" + hex(4),
					"accountId": account, "accessKeyId": upper("AKIA", 16), "userName": "dev-" + hex(4)}
			} else {
				rec["userIdentity"] = assumedRole
			}
			rec["eventSource"], rec["eventName"] = "ec2.amazonaws.com", "DescribeInstances"
			rec["requestParameters"] = map[string]any{"instancesSet": map[string]any{"items": []any{map[string]any{"instanceId": "i-" + hex(17)}}},
				"filterSet": map[string]any{"items": []any{map[string]any{"name": "tag:Team", "valueSet": map[string]any{"items": []any{map[string]any{"value": "platform"}}}}}}}
			rec["responseElements"] = nil
			rec["readOnly"], rec["managementEvent"], rec["eventCategory"] = true, true, "Management"
			if rng.Intn(8) == 0 {
				rec["errorCode"], rec["errorMessage"] = "Client.UnauthorizedOperation", "You are not authorized to perform this operation."
			}
		case k < 9: // a service assuming a role
			rec["userIdentity"] = map[string]any{"type": "AWSService", "invokedBy": "lambda.amazonaws.com"}
			rec["eventSource"], rec["eventName"], rec["sourceIPAddress"], rec["userAgent"] = "sts.amazonaws.com", "AssumeRole", "lambda.amazonaws.com", "lambda.amazonaws.com"
			rec["requestParameters"] = map[string]any{"roleArn": "arn:aws:iam::" + account + ":role/" + role, "roleSessionName": session}
			rec["responseElements"] = map[string]any{"credentials": map[string]any{"accessKeyId": upper("ASIA", 16), "sessionToken": hex(200),
				"expiration": "Mar 1, 2024, 6:27:55 PM"}}
			rec["resources"] = []any{map[string]any{"accountId": account, "type": "AWS::IAM::Role", "ARN": "arn:aws:iam::" + account + ":role/" + role}}
			rec["readOnly"], rec["managementEvent"], rec["eventCategory"], rec["sharedEventID"] = true, true, "Management", uuid()
			delete(rec, "tlsDetails")
		default: // Identity Center user in the console
			rec["userIdentity"] = map[string]any{"type": "IdentityCenterUser", "accountId": account, "credentialId": uuid(),
				"onBehalfOf": map[string]any{"userId": uuid(), "identityStoreArn": "arn:aws:identitystore::" + account + ":identitystore/d-" + hex(10)}}
			rec["eventSource"], rec["eventName"] = "sso.amazonaws.com", "ListApplications"
			rec["requestParameters"], rec["responseElements"] = map[string]any{"maxResults": 100}, nil
			rec["readOnly"], rec["managementEvent"], rec["eventCategory"] = true, true, "Management"
			rec["sessionCredentialFromConsole"] = "true"
		}
		b, err := json.Marshal(rec)
		if err != nil {
			panic(err)
		}
		out = append(out, b)
	}
	return out
}

// LogFile writes records as an S3 log file, {"Records":[...]}.
func LogFile(recs [][]byte) []byte {
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
