package iam_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/iam"
)

// Which policies were attached to which roles.
func ExampleParse() {
	f, err := os.Open("testdata/iam-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := iam.Parse(ev)
		if err != nil {
			continue // an operation the model does not have
		}
		if c, ok := call.(*iam.AttachRolePolicy); ok && c.Request != nil {
			fmt.Println(c.Request.RoleName, c.Request.PolicyARN)
		}
	}
	// Output:
	// LambdaFunctionRole-1111 arn:aws:iam::aws:policy/example-policy
	// LambdaFunctionRole-1111 arn:aws:iam::aws:policy/example-policy
	// new-role arn:aws:iam::aws:policy/AdministratorAccess
	// new-role arn:aws:iam::aws:policy/ReadOnlyAccess
}

// What a stream of IAM calls granted, and to whom.
func ExampleGrants() {
	f, err := os.Open("testdata/iam-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := iam.Parse(ev)
		if err != nil {
			continue
		}
		for _, g := range iam.Grants(call) {
			if g.Kind == iam.GrantInline {
				fmt.Println(g.PrincipalType, g.Principal, "inline", g.PolicyName, len(g.Document), "bytes")
			}
		}
	}
	// Output:
	// user test-user inline TestUserDenyAll 147 bytes
	// user compromised_user inline AWSCompromisedKeyQuarantineV3 851 bytes
}
