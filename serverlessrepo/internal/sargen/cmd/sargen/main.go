// Command sargen writes the serverlessrepo package's generated types: sargen MODEL OUTPUT.
package main

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail/serverlessrepo/internal/sargen"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: sargen service-2.json output.go")
		os.Exit(2)
	}
	model, err := os.ReadFile(os.Args[1])
	if err == nil {
		var src []byte
		if src, err = sargen.Generate(model); err == nil {
			err = os.WriteFile(os.Args[2], src, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "sargen:", err)
		os.Exit(1)
	}
}
