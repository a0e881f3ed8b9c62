module github.com/trailtype/cloudtrail

go 1.24

require (
	github.com/goccy/go-json v0.10.5
	github.com/google/go-cmp v0.7.0
)
