module github.com/trailtype/cloudtrail/services/ec2

go 1.25

require github.com/trailtype/cloudtrail v0.0.0-00010101000000-000000000000

require (
	github.com/goccy/go-json v0.10.5 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/klauspost/compress v1.20.4 // indirect
)

// The core module is developed beside this one; a release replaces this with its version.
replace github.com/trailtype/cloudtrail => ../..
