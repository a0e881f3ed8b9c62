package serverlessrepo_test

import (
	"reflect"
	"testing"

	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

// Every generated type encodes under the names its struct tags document.
func TestStructTagsMatchCodecs(t *testing.T) {
	var roots []reflect.Type
	for _, call := range []serverlessrepo.Call{
		&serverlessrepo.CreateApplication{}, &serverlessrepo.CreateApplicationVersion{}, &serverlessrepo.CreateCloudFormationChangeSet{},
		&serverlessrepo.CreateCloudFormationTemplate{}, &serverlessrepo.DeleteApplication{}, &serverlessrepo.GetApplication{},
		&serverlessrepo.GetApplicationPolicy{}, &serverlessrepo.GetCloudFormationTemplate{}, &serverlessrepo.ListApplicationDependencies{},
		&serverlessrepo.ListApplicationVersions{}, &serverlessrepo.ListApplications{}, &serverlessrepo.PutApplicationPolicy{},
		&serverlessrepo.UnshareApplication{}, &serverlessrepo.UpdateApplication{},
	} {
		roots = append(roots, reflect.TypeOf(call))
	}
	modeltest.CheckTags(t, roots...)
}
