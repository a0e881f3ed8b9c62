package services

import (
	"errors"
	"slices"
	"testing"

	"github.com/trailtype/cloudtrail"
)

type op string

func (o op) Operation() string { return string(o) }

// Parse hands an event to its source's parser, refuses other sources, and a second registration of
// a source panics.
func TestRegister(t *testing.T) {
	const source = "registry-test.example.com"
	Register(source, func(ev *cloudtrail.Event) (Call, error) { return op(ev.EventName), nil }, func() []string { return []string{"Pong", "Ping"} })
	if call, err := Parse(&cloudtrail.Event{EventSource: source, EventName: "Ping"}); err != nil || call.Operation() != "Ping" {
		t.Errorf("Parse = %v, %v", call, err)
	}
	if _, err := Parse(&cloudtrail.Event{EventSource: "other.example.com"}); !errors.Is(err, ErrUnknownService) {
		t.Errorf("other source: %v", err)
	}
	if !slices.Contains(EventSources(), source) {
		t.Errorf("EventSources() = %q lacks %s", EventSources(), source)
	}
	if got := Operations(source); !slices.Equal(got, []string{"Ping", "Pong"}) {
		t.Errorf("Operations() = %q", got)
	}
	if got := Operations("other.example.com"); got != nil {
		t.Errorf("Operations of an unregistered source = %q", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("a second Register did not panic")
		}
	}()
	Register(source, nil, nil)
}
