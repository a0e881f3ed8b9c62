package ecs_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/ecs"
)

// Task definitions that run privileged containers, and account settings changed for everyone.
func ExampleParse() {
	f, err := os.Open("testdata/ecs-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	events := []*cloudtrail.Event{cloudtrailtest.NewEvent(ecs.EventSource, "RegisterTaskDefinition",
		cloudtrailtest.Request(map[string]any{"family": "web", "containerDefinitions": []any{
			map[string]any{"name": "app", "image": "nginx"},
			map[string]any{"name": "miner", "image": "xmrig/xmrig", "privileged": true}}}))}
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		events = append(events, ev)
	}
	for _, ev := range events {
		call, err := ecs.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *ecs.RegisterTaskDefinition:
			for _, cd := range c.Request.ContainerDefinitions {
				if cd.Privileged {
					fmt.Println("privileged container", cd.Name, "("+cd.Image+") in", c.Request.Family)
				}
			}
		case *ecs.PutAccountSettingDefault:
			fmt.Println("account default", c.Request.Name, "set to", c.Request.Value, "by", ev.Actor())
		case *ecs.CreateCluster:
			fmt.Println("cluster", c.Request.ClusterName, "created")
		}
	}
	// Output:
	// privileged container miner (xmrig/xmrig) in web
	// cluster default created
	// account default awsvpcTrunking set to enabled by arn:aws:iam::123456789012:user/jdoe
}
