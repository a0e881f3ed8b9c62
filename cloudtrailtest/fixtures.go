package cloudtrailtest

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/trailtype/cloudtrail"
)

//go:embed fixtures/*.json
var fixtureFiles embed.FS

// Fixture returns a fresh copy of the fixture record of that name (see the package documentation
// for the list). It panics on a name there is no fixture of, listing the names: a mistake in the
// test, not in what it tests.
func Fixture(name string) *cloudtrail.Event {
	data, err := fixtureFiles.ReadFile("fixtures/" + name + ".json")
	if err != nil {
		panic(fmt.Sprintf("cloudtrailtest: no fixture %q; there are %s", name, strings.Join(FixtureNames(), ", ")))
	}
	d := cloudtrail.NewDecoder(bytes.NewReader(data), cloudtrail.WithFormat(cloudtrail.FormatRecord))
	defer d.Close()
	ev, err := d.Next()
	if err != nil {
		panic(fmt.Sprintf("cloudtrailtest: fixture %q: %v", name, err))
	}
	return ev
}

// FixtureNames lists the fixtures, in name order.
func FixtureNames() []string {
	entries, _ := fs.ReadDir(fixtureFiles, "fixtures")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
	}
	slices.Sort(names)
	return names
}
