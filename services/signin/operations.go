package signin

// The sign-in events of the CloudTrail User Guide and of real records. Each is a Step, named
// after its eventName.

// operations makes an empty call of each event, and its step to fill.
var operations = map[string]func() (Call, *Step){
	"ConsoleLogin":              func() (Call, *Step) { c := &ConsoleLogin{}; return c, &c.Step },
	"CheckMfa":                  func() (Call, *Step) { c := &CheckMfa{}; return c, &c.Step },
	"SwitchRole":                func() (Call, *Step) { c := &SwitchRole{}; return c, &c.Step },
	"ExitRole":                  func() (Call, *Step) { c := &ExitRole{}; return c, &c.Step },
	"RenewRole":                 func() (Call, *Step) { c := &RenewRole{}; return c, &c.Step },
	"GetSigninToken":            func() (Call, *Step) { c := &GetSigninToken{}; return c, &c.Step },
	"PasswordUpdated":           func() (Call, *Step) { c := &PasswordUpdated{}; return c, &c.Step },
	"ExternalIdPDirectoryLogin": func() (Call, *Step) { c := &ExternalIDPDirectoryLogin{}; return c, &c.Step },
	"CredentialChallenge":       func() (Call, *Step) { c := &CredentialChallenge{}; return c, &c.Step },
	"CredentialVerification":    func() (Call, *Step) { c := &CredentialVerification{}; return c, &c.Step },
	"UserAuthentication":        func() (Call, *Step) { c := &UserAuthentication{}; return c, &c.Step },
}

// ConsoleLogin is a sign-in to the AWS Management Console, by the root user, an IAM user or a federated one.
type ConsoleLogin struct{ Step }

// Operation returns "ConsoleLogin".
func (*ConsoleLogin) Operation() string { return "ConsoleLogin" }

// CheckMfa is the MFA check of a console sign-in; Details.MFAType says which kind.
type CheckMfa struct{ Step }

// Operation returns "CheckMfa".
func (*CheckMfa) Operation() string { return "CheckMfa" }

// SwitchRole is a switch to a role in the console.
type SwitchRole struct{ Step }

// Operation returns "SwitchRole".
func (*SwitchRole) Operation() string { return "SwitchRole" }

// ExitRole is a return from a switched-to role in the console.
type ExitRole struct{ Step }

// Operation returns "ExitRole".
func (*ExitRole) Operation() string { return "ExitRole" }

// RenewRole is the console renewing a switched-to role's session.
type RenewRole struct{ Step }

// Operation returns "RenewRole".
func (*RenewRole) Operation() string { return "RenewRole" }

// GetSigninToken is a sign-in token requested for a federated console session.
type GetSigninToken struct{ Step }

// Operation returns "GetSigninToken".
func (*GetSigninToken) Operation() string { return "GetSigninToken" }

// PasswordUpdated is a user changing their own console password.
type PasswordUpdated struct{ Step }

// Operation returns "PasswordUpdated".
func (*PasswordUpdated) Operation() string { return "PasswordUpdated" }

// ExternalIDPDirectoryLogin (eventName ExternalIdPDirectoryLogin) is a sign-in through an external identity provider to IAM Identity Center.
type ExternalIDPDirectoryLogin struct{ Step }

// Operation returns "ExternalIdPDirectoryLogin".
func (*ExternalIDPDirectoryLogin) Operation() string { return "ExternalIdPDirectoryLogin" }

// CredentialChallenge is IAM Identity Center asking for a credential (Details.CredentialType).
type CredentialChallenge struct{ Step }

// Operation returns "CredentialChallenge".
func (*CredentialChallenge) Operation() string { return "CredentialChallenge" }

// CredentialVerification is IAM Identity Center checking a credential.
type CredentialVerification struct{ Step }

// Operation returns "CredentialVerification".
func (*CredentialVerification) Operation() string { return "CredentialVerification" }

// UserAuthentication is IAM Identity Center authenticating a user.
type UserAuthentication struct{ Step }

// Operation returns "UserAuthentication".
func (*UserAuthentication) Operation() string { return "UserAuthentication" }
