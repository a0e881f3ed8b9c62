package secretsmanager_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/secretsmanager"
)

// Secrets read one by one.
func ExampleParse() {
	f, err := os.Open("testdata/secretsmanager-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := secretsmanager.Parse(ev)
		if err != nil {
			continue // an operation the model does not have
		}
		if c, ok := call.(*secretsmanager.GetSecretValue); ok && c.Request != nil {
			fmt.Println(c.Request.SecretID)
		}
	}
	// Output:
	// arn:aws:secretsmanager:us-west-2:123123123123:secret:stratus-red-team-retrieve-secret-3-gscOm8
}
