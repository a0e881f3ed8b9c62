package inspector2_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail/services/inspector2"
)

// Inspector's model has an enum named ErrorCode, the codes an account's or a resource type's
// state carries (BatchGetAccountStatus, Enable, Disable); it is ErrorCodeEnum here, beside the
// package's ErrorCode constants of the errorCode a failed call records. A detection of Inspector
// disabled compares an account's state with both.
func Example_errorCodes() {
	fmt.Println(inspector2.ErrorCodeAccessDenied, inspector2.ErrorCodeEnumAccessDenied)
	fmt.Println(inspector2.StatusDisabling, inspector2.StatusDisabled)
	// Output:
	// AccessDeniedException ACCESS_DENIED
	// DISABLING DISABLED
}
