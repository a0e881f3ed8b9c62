package anonymize_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/anonymize"
)

// Anonymize a real log before committing it as test data: the account and the names change, the
// same way in every record, and what AWS wrote (event names, regions, services) stays.
func Example() {
	f, err := os.Open("../testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	a := anonymize.New([]byte("a key kept out of the repository"))
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		anon, err := a.Anonymize(ev)
		if err != nil {
			panic(err)
		}
		fmt.Println(ev.RecipientAccountID, "->", anon.RecipientAccountID, anon.EventName, anon.AWSRegion)
	}
	// Output:
	// 111111111111 -> 159281739836 DescribeLaunchConfigurations eu-central-1
	// 111111111111 -> 159281739836 AssumeRole eu-central-1
}

// Text anonymizes one string the way Anonymize does every value of a record, with the names the
// Anonymizer has learned.
func ExampleAnonymizer_Text() {
	a := anonymize.New([]byte("k"))
	fmt.Println(a.Text("arn:aws:iam::123456789012:role/deploy from 8.8.8.8 for bob@corp.example.io"))
	fmt.Println(a.Text("deploy")) // learned from the ARN
	// Output:
	// arn:aws:iam::045261646261:role/name-rfausah5 from 203.0.113.253 for user-i23usl5s@example.com
	// name-rfausah5
}
