// Package services gives the typed value of any event whose service has a package, without a switch
// on eventSource: each service package (services/sts, services/kms, serverlessrepo, ...) registers
// its Parse here when it is imported, as image/png registers its decoder with image.
//
// Import the packages of the services you read, or services/all for every one of them:
//
//	import (
//		"github.com/trailtype/cloudtrail/services"
//		_ "github.com/trailtype/cloudtrail/services/kms"
//		_ "github.com/trailtype/cloudtrail/services/sts"
//	)
//
//	call, err := services.Parse(ev) // *sts.AssumeRole, *kms.Decrypt, ...
//
// Each service is a module of its own (go get github.com/trailtype/cloudtrail/services/sts), so a
// program downloads and links only the services it imports; services/all brings every one. Parse
// leaves the event as it was, its raw payloads included.
package services

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/trailtype/cloudtrail"
)

// Call is one typed operation of any service: *sts.AssumeRole, *kms.Decrypt, and so on.
type Call interface {
	// Operation is the API operation, the event's eventName without its version suffix.
	Operation() string
}

var (
	// ErrUnknownService: no imported package types the event's eventSource.
	ErrUnknownService = errors.New("services: no package registered for the event source")
	// ErrUnknownOperation is wrapped by every service package's own ErrUnknownOperation: the
	// service is typed but not this eventName.
	ErrUnknownOperation = errors.New("unknown operation")
)

// service is what a package registers.
type service struct {
	parse      func(*cloudtrail.Event) (Call, error)
	operations func() []string
}

var (
	mu       sync.RWMutex
	registry = map[string]service{}
)

// Register makes Parse hand the events of eventSource to parse, which types the eventNames that
// operations lists (it is called only when Operations is). Service packages call it from an init
// function, so it does no more than record them: every Lambda cold start pays for what init does.
// It panics if eventSource is registered twice.
func Register(eventSource string, parse func(*cloudtrail.Event) (Call, error), operations func() []string) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := registry[eventSource]; dup {
		panic("services: Register called twice for " + eventSource)
	}
	registry[eventSource] = service{parse, operations}
}

// Operations returns the eventNames the package imported for eventSource types, sorted; nil when no
// package for eventSource is imported.
func Operations(eventSource string) []string {
	mu.RLock()
	svc, ok := registry[eventSource]
	mu.RUnlock()
	if !ok {
		return nil
	}
	return slices.Sorted(slices.Values(svc.operations()))
}

// Parse types an event with its service's package. The error wraps ErrUnknownService when no
// imported package has the event's eventSource, ErrUnknownOperation (and the package's own) when the
// package does not have the eventName, and is a decode error when a payload is not what its
// operation's type can hold.
func Parse(ev *cloudtrail.Event) (Call, error) {
	mu.RLock()
	svc, ok := registry[ev.EventSource]
	mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownService, ev.EventSource)
	}
	return svc.parse(ev)
}

// EventSources returns the event sources that imported packages type, sorted.
func EventSources() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for s := range registry {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}
