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
// Importing only what you read keeps a Lambda function's binary small: the generated packages are
// large. Parse leaves the event as it was either way, its raw payloads included.
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

var (
	mu      sync.RWMutex
	parsers = map[string]func(*cloudtrail.Event) (Call, error){}
)

// Register makes Parse hand the events of eventSource to parse. Service packages call it from an
// init function; it panics if eventSource is registered twice.
func Register(eventSource string, parse func(*cloudtrail.Event) (Call, error)) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := parsers[eventSource]; dup {
		panic("services: Register called twice for " + eventSource)
	}
	parsers[eventSource] = parse
}

// Parse types an event with its service's package. The error wraps ErrUnknownService when no
// imported package has the event's eventSource, ErrUnknownOperation (and the package's own) when the
// package does not have the eventName, and is a decode error when a payload is not what its
// operation's type can hold.
func Parse(ev *cloudtrail.Event) (Call, error) {
	mu.RLock()
	parse, ok := parsers[ev.EventSource]
	mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownService, ev.EventSource)
	}
	return parse(ev)
}

// EventSources returns the event sources that imported packages type, sorted.
func EventSources() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for s := range parsers {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}
