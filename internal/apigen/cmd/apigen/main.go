// Command apigen writes a service package's generated types from its botocore model:
//
//	apigen -package sts -model model/service-2.json -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//
// With -plain it writes the baseline of the package's Parse benchmark instead (zz_plain_test.go); with
// -operations T, one type per operation embedding the package's own payload type T (for S3, whose
// records do not follow its model).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/trailtype/cloudtrail/internal/apigen"
)

type layouts []string

func (l *layouts) String() string     { return fmt.Sprint(*l) }
func (l *layouts) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	out, src, err := generate(".", os.Args[1:])
	if err == nil {
		err = os.WriteFile(out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "apigen:", err)
		os.Exit(1)
	}
}

// generate makes, for the package in dir, the file that the command line args ask for: its path
// and its source.
func generate(dir string, args []string) (out string, src []byte, err error) {
	var cfg apigen.Config
	var ls layouts
	fs := flag.NewFlagSet("apigen", flag.ContinueOnError)
	fs.StringVar(&cfg.Package, "package", "", "the Go package name")
	fs.StringVar(&cfg.Model, "model", "model/service-2.json", "the botocore model")
	fs.StringVar(&cfg.EventSource, "event-source", "", "the service's eventSource: write EventSource, Call, the errors and Parse")
	fs.Var(&ls, "time-layout", "a time layout CloudTrail writes the service's times in (repeat)")
	var also layouts
	fs.Var(&also, "also-model", "PATH=Prefix: a further model the eventSource carries, its names that clash behind Prefix (repeat)")
	var ps layouts
	fs.Var(&ps, "policy-shape", "a string shape that holds IAM policy documents, typed policy.JSON (repeat)")
	fs.BoolVar(&cfg.FlattenResult, "flatten-result", false, "CloudTrail records an output of one structure member as that structure's members (RDS)")
	fs.BoolVar(&cfg.VersionedEventNames, "versioned-event-names", false, "the service's eventNames may carry an API version suffix (Lambda's)")
	fs.StringVar(&cfg.MemberCase, "member-case", "", `how CloudTrail spells member names: "model" for the model's own (FindingIdentifiers), "name" for lowerCamel member names never a locationName (rest-xml: CloudFront, Route 53); lowerCamel by default`)
	fs.BoolVar(&cfg.PickByMembers, "pick-by-members", false, "a record with no apiVersion of an operation several models have is a further model's when its request has a member only that model's has (API Gateway, SES)")
	fs.BoolVar(&cfg.BodyInput, "body-input", false, `CloudTrail records the first model's request body members in "<operation>Input" and a "template" flag beside the others (API Gateway's REST API)`)
	fs.StringVar(&cfg.OverlayPath, "overlay", "", "an overlay of the members CloudTrail records beyond the model, merged into it")
	fs.StringVar(&out, "o", "zz_generated.go", "the file to write")
	fs.BoolVar(&cfg.EC2, "ec2", false, "EC2's spellings: legacy XML names with {\"items\": [...]} lists, and {\"<Op>Request\": ...} wrappers in query names")
	ec2Names := fs.String("ec2-names", "", "with -ec2: the legacy names CloudTrail records beyond the generator's rules")
	plain := fs.Bool("plain", false, "write the Parse benchmark's plain structs instead, in the external test package")
	embed := fs.String("operations", "", "write one type per operation embedding this hand-written payload type instead")
	if err := fs.Parse(args); err != nil {
		return "", nil, err
	}
	if cfg.Package == "" {
		return "", nil, fmt.Errorf("-package is required")
	}
	cfg.TimeLayouts, cfg.PolicyShapes = ls, ps
	model, err := os.ReadFile(filepath.Join(dir, cfg.Model))
	if err != nil {
		return "", nil, err
	}
	for _, a := range also {
		path, prefix, ok := strings.Cut(a, "=")
		if !ok {
			return "", nil, fmt.Errorf("-also-model %q: want PATH=Prefix", a)
		}
		data, err := os.ReadFile(filepath.Join(dir, path))
		if err != nil {
			return "", nil, err
		}
		cfg.Also = append(cfg.Also, apigen.AlsoModel{Path: path, Data: data, Prefix: prefix})
	}
	if cfg.OverlayPath != "" {
		if cfg.Overlay, err = os.ReadFile(filepath.Join(dir, cfg.OverlayPath)); err != nil {
			return "", nil, err
		}
	}
	if *ec2Names != "" {
		if cfg.EC2Names, err = os.ReadFile(filepath.Join(dir, *ec2Names)); err != nil {
			return "", nil, err
		}
		cfg.Model += " and " + *ec2Names
	}
	switch {
	case *embed != "":
		src, err = apigen.GenerateOperations(cfg, *embed, model)
	case *plain:
		src, err = apigen.GeneratePlain(cfg, model)
	default:
		src, err = apigen.Generate(cfg, model)
	}
	return filepath.Join(dir, out), src, err
}
