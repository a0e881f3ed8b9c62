package cloudtrail_test

import (
	"reflect"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
)

// Every model type encodes under the names its struct tags document.
func TestStructTagsMatchCodecs(t *testing.T) {
	modeltest.CheckTags(t, reflect.TypeOf(cloudtrail.Event{}))
}
