package cloudtrail_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// packageDoc reads the documentation of the package in dir, as go doc shows it.
func packageDoc(t *testing.T, dir string) *doc.Package {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name.Name != "main" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		t.Fatalf("no package in %s", dir)
	}
	p, err := doc.NewFromFiles(fset, files, "example.com/"+files[0].Name.Name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// docs are the package's documentation and that of every exported name, with what it documents.
func docs(p *doc.Package) map[string]string {
	out := map[string]string{"package " + p.Name: p.Doc}
	add := func(name, text string) {
		if ast.IsExported(name) {
			out[name] = text
		}
	}
	for _, c := range append(p.Consts, p.Vars...) {
		add(c.Names[0], c.Doc)
	}
	for _, f := range p.Funcs {
		add(f.Name, f.Doc)
	}
	for _, ty := range p.Types {
		add(ty.Name, ty.Doc)
		for _, f := range append(ty.Funcs, ty.Methods...) {
			add(ty.Name+"."+f.Name, f.Doc)
		}
		for _, c := range append(ty.Consts, ty.Vars...) {
			add(c.Names[0], c.Doc)
		}
	}
	return out
}

// The documentation is written for users: it names no source files, argues no design choices, and
// the overview lists every package a user may look for.
func TestDocsAreForUsers(t *testing.T) {
	sourceFile := regexp.MustCompile(`\b[a-z0-9_]+\.go\b`)
	maintainers := regexp.MustCompile(`(?i)versitygw|map insertion|a new format touches|adding a delivery format`)
	for _, dir := range []string{".", "anonymize", "cloudtrailtest", "digest", "policy", "serverlessrepo", "services", "services/s3",
		"services/signin", "aws/lambdatrail", "aws/s3trail", "aws/s3test"} {
		if _, err := os.Stat(dir); err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		for name, text := range docs(packageDoc(t, dir)) {
			if m := sourceFile.FindString(text); m != "" {
				t.Errorf("%s: the documentation of %s names the source file %s", dir, name, m)
			}
			if m := maintainers.FindString(text); m != "" {
				t.Errorf("%s: the documentation of %s is a maintainer's note (%q)", dir, name, m)
			}
		}
	}
	overview := packageDoc(t, ".").Doc
	for _, path := range []string{"cloudtrail/services", "cloudtrail/policy", "cloudtrail/cloudtrailtest", "cloudtrail/anonymize", "cloudtrail/digest",
		"cloudtrail/serverlessrepo", "cloudtrail/aws"} {
		if !strings.Contains(overview, "github.com/trailtype/"+path) {
			t.Errorf("the package overview does not list github.com/trailtype/%s", path)
		}
	}
}
