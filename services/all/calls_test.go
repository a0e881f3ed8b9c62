package all_test

import (
	"reflect"
	"testing"

	"github.com/trailtype/cloudtrail/serverlessrepo"
	"github.com/trailtype/cloudtrail/services"
	"github.com/trailtype/cloudtrail/services/iam"
	"github.com/trailtype/cloudtrail/services/kms"
	"github.com/trailtype/cloudtrail/services/lambda"
	"github.com/trailtype/cloudtrail/services/organizations"
	"github.com/trailtype/cloudtrail/services/s3"
	"github.com/trailtype/cloudtrail/services/secretsmanager"
	"github.com/trailtype/cloudtrail/services/signin"
	"github.com/trailtype/cloudtrail/services/ssm"
	"github.com/trailtype/cloudtrail/services/sts"
)

// Each package's Call is its own type: a call of one service is a Call of no other, so that
// case iam.Call in a type switch matches IAM's calls only, and var _ iam.Call = (*sts.AssumeRole)(nil)
// does not compile (Implements is the compiler's assignability rule for interfaces).
func TestEachServiceHasItsOwnCall(t *testing.T) {
	calls := map[string]reflect.Type{
		"iam": reflect.TypeFor[iam.Call](), "kms": reflect.TypeFor[kms.Call](), "lambda": reflect.TypeFor[lambda.Call](),
		"organizations": reflect.TypeFor[organizations.Call](), "s3": reflect.TypeFor[s3.Call](),
		"secretsmanager": reflect.TypeFor[secretsmanager.Call](), "signin": reflect.TypeFor[signin.Call](),
		"ssm": reflect.TypeFor[ssm.Call](), "sts": reflect.TypeFor[sts.Call](), "serverlessrepo": reflect.TypeFor[serverlessrepo.Call](),
	}
	one := map[string]services.Call{ // one operation of each package
		"iam": &iam.CreateUser{}, "kms": &kms.Decrypt{}, "lambda": &lambda.Invoke{}, "organizations": &organizations.CreateAccount{},
		"s3": &s3.GetObject{}, "secretsmanager": &secretsmanager.GetSecretValue{}, "signin": &signin.ConsoleLogin{},
		"ssm": &ssm.SendCommand{}, "sts": &sts.AssumeRole{}, "serverlessrepo": &serverlessrepo.CreateApplication{},
	}
	for pkg, call := range calls {
		for other, op := range one {
			if got, want := reflect.TypeOf(op).Implements(call), pkg == other; got != want {
				t.Errorf("%T implements %s.Call: %v, want %v", op, pkg, got, want)
			}
		}
	}
}
