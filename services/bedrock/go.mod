module github.com/trailtype/cloudtrail/services/bedrock

go 1.24

// The core module is developed beside this one; a release replaces this with its version.
replace github.com/trailtype/cloudtrail => ../..
