package sso_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/sso"
)

// Who got which permission set on which account, permission sets created, and the access portal's
// credentials and tokens handed out: IAM Identity Center's administration (sso-admin), its access
// portal and its OIDC CreateToken share the eventSource.
func ExampleParse() {
	f, err := os.Open("testdata/sso-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := sso.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *sso.CreatePermissionSet:
			fmt.Println("permission set", c.Request.Name, "created at", c.Response.PermissionSet.CreatedDate.Format("2006-01-02 15:04:05"))
		case *sso.CreateAccountAssignment:
			fmt.Println(c.Request.PrincipalType, c.Request.PrincipalID, "given", c.Request.PermissionSetARN, "on", c.Request.TargetID)
		case *sso.DeleteAccountAssignment:
			fmt.Println(c.Request.PrincipalType, c.Request.PrincipalID, "lost", c.Request.PermissionSetARN)
		case *sso.GetRoleCredentials:
			fmt.Println("role credentials for", ev.UserIdentity.OnBehalfOf.UserID)
		case *sso.CreateToken:
			fmt.Println("token by", c.Request.GrantType)
		}
	}
	// Output:
	// token by urn:ietf:params:oauth:grant-type:device_code
	// token by urn:ietf:params:oauth:grant-type:device_code
	// role credentials for 976710cc5d-9d976f61-3b89-4b98-88db-2ea3bbc1f3fa
	// permission set AdministratorAccess-test created at 2023-04-25 00:48:16
	// GROUP 34887428-4081-7042-c3c6-928d413009e7 given arn:aws:sso:::permissionSet/ssoins-72233af8ea2d1f14/ps-ae5d1fa1f80b684e on <MANAGEMENT_ACCT_ID>
	// GROUP 34887428-4081-7042-c3c6-928d413009e7 given arn:aws:sso:::permissionSet/ssoins-72233af8ea2d1f14/ps-a1b9e6bd2d4fb336 on <MANAGEMENT_ACCT_ID>
	// GROUP 34887428-4081-7042-c3c6-928d413009e7 lost arn:aws:sso:::permissionSet/ssoins-72233af8ea2d1f14/ps-ae5d1fa1f80b684e
}
