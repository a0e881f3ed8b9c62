// Command apigen writes a service package's generated types from its botocore model:
//
//	apigen -package sts -model model/service-2.json -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail/internal/apigen"
)

type layouts []string

func (l *layouts) String() string     { return fmt.Sprint(*l) }
func (l *layouts) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	var cfg apigen.Config
	var ls layouts
	flag.StringVar(&cfg.Package, "package", "", "the Go package name")
	flag.StringVar(&cfg.Model, "model", "model/service-2.json", "the botocore model")
	flag.Var(&ls, "time-layout", "a time layout CloudTrail writes the service's times in (repeat)")
	out := flag.String("o", "zz_generated.go", "the file to write")
	flag.Parse()
	cfg.TimeLayouts = ls
	model, err := os.ReadFile(cfg.Model)
	if err == nil && cfg.Package == "" {
		err = fmt.Errorf("-package is required")
	}
	if err == nil {
		var src []byte
		if src, err = apigen.Generate(cfg, model); err == nil {
			err = os.WriteFile(*out, src, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "apigen:", err)
		os.Exit(1)
	}
}
