package bedrock_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/bedrock"
)

// Guardrails deleted and model invocation logging turned off: the two ways to blind the monitoring
// of a Bedrock account.
func ExampleParse() {
	f, err := os.Open("testdata/bedrock-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := bedrock.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *bedrock.DeleteGuardrail:
			fmt.Println("guardrail deleted:", c.Request.GuardrailIdentifier)
		case *bedrock.DeleteModelInvocationLoggingConfiguration:
			fmt.Println("invocation logging off in", ev.AWSRegion)
		}
	}
	// Output:
	// invocation logging off in us-west-2
	// guardrail deleted: cmy5azq5koeo
}
