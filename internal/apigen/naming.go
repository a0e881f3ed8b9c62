package apigen

import "fmt"

// Member cases, Config.MemberCase: how CloudTrail spells a service's member names.
const (
	// MemberCaseLower is the default: the model's member name with a lower-case first letter
	// ("logGroupName"), or a body member's locationName.
	MemberCaseLower = ""
	// MemberCaseModel is the model's member name as it is ("FindingIdentifiers"), or a body
	// member's locationName: Security Hub, Cost Explorer and Resource Explorer record their
	// payloads that way.
	MemberCaseModel = "model"
)

// checkMemberCase refuses a member case the generator does not know.
func checkMemberCase(c string) error {
	if c != MemberCaseLower && c != MemberCaseModel && c != MemberCaseName {
		return fmt.Errorf("apigen: member case %q: want %q or the default", c, MemberCaseModel)
	}
	return nil
}

// jsonName is a member's JSON name in the model's member case (JSONName by default).
func (m *Model) jsonName(name string, mem Member) string {
	if m.memberCase == MemberCaseName {
		return nameCase(name) // restxml.go
	}
	if m.memberCase == MemberCaseModel {
		if mem.LocationName != "" && mem.Location == "" {
			return mem.LocationName
		}
		return name
	}
	return JSONName(name, mem)
}

// enumSuffix is what an enum's Go name gets when it would clash with a name the package declares
// besides the model's: CloudWatch Logs' EventSource enum and the package's EventSource constant,
// or Inspector's ErrorCode enum, whose ACCESS_DENIED would be ErrorCodeAccessDenied, the constant
// of its AccessDeniedException.
const enumSuffix = "Enum"

// declared are the names the template declares in every package with an eventSource.
var declared = map[string]bool{"EventSource": true, "Call": true, "Parse": true, "ErrOtherService": true, "ErrUnknownOperation": true}

// enumNames gives, for every reachable enum, its Go type name: the exported shape name, or with
// enumSuffix where that is a name the template declares or one of its constants is an error
// code's constant. Models without such a clash keep every name.
func (m *Model) enumNames(enums []string) map[string]string {
	errs := map[string]bool{}
	for _, c := range m.errorCodes() {
		errs[c.Const] = true
	}
	names := make(map[string]string, len(enums))
	for _, name := range enums {
		goName := exported(name)
		clash := declared[goName]
		for _, v := range m.Shapes[name].Enum {
			clash = clash || errs[goName+constName(name, v)]
		}
		if clash {
			goName += enumSuffix
		}
		names[name] = goName
	}
	return names
}

// enumName is the Go type name of enum shape name (see enumNames).
func (m *Model) enumName(name string) string {
	if n, ok := m.enums[name]; ok {
		return n
	}
	return exported(name)
}

// distinctErrorConsts names the constant of an error code whose constant another code has taken
// (CloudWatch's ResourceNotFound and ResourceNotFoundException) after the whole code, so that
// ErrorCodeResourceNotFoundException stands beside ErrorCodeResourceNotFound. The codes are in
// order; models without such a pair keep every name.
func distinctErrorConsts(codes []errorCode) []errorCode {
	taken := make(map[string]bool, len(codes))
	for i, c := range codes {
		if taken[c.Const] {
			codes[i].Const = "ErrorCode" + c.Code
		}
		taken[codes[i].Const] = true
	}
	return codes
}

// structSuffix is what a structure's Go name gets when the template declares that name
// (EventBridge's EventSource structure and the package's EventSource constant).
const structSuffix = "Shape"

// structName is the Go name of a structure shape that is no operation's input or output.
func structName(shape string) string {
	if declared[exported(shape)] {
		return exported(shape) + structSuffix
	}
	return exported(shape)
}
