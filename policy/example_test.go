package policy_test

import (
	"encoding/json"
	"fmt"

	"github.com/trailtype/cloudtrail/policy"
)

// A bucket policy from a PutBucketPolicy record's requestParameters: is the bucket public, and to
// whom else is it open?
func ExampleRead() {
	bucketPolicy := json.RawMessage(`"{\"Version\":\"2012-10-17\",\"Statement\":[` +
		`{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::site/*\"},` +
		`{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"`)
	doc, err := policy.Read(bucketPolicy)
	if err != nil {
		panic(err)
	}
	fmt.Println("public:", doc.Public())
	for _, st := range doc.Statement {
		fmt.Println(st.Action.List, "other accounts:", st.OtherAccounts("111122223333"), "every action:", st.WildcardAction())
	}
	// Output:
	// public: true
	// [s3:GetObject] other accounts: [] every action: false
	// [s3:*] other accounts: [arn:aws:iam::444455556666:root] every action: true
}

// A "*" principal limited to an organization is not public; PublicPrincipal still sees the "*".
func ExampleDocument_Public() {
	doc, err := policy.Parse(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",` +
		`"Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}`)
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Public(), doc.PublicPrincipal(), doc.Statement[0].NarrowingConditions())
	// Output: false true [aws:PrincipalOrgID]
}
