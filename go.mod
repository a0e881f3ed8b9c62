module github.com/trailtype/cloudtrail

go 1.25

require (
	github.com/goccy/go-json v0.10.5
	github.com/google/go-cmp v0.7.0
	github.com/klauspost/compress v1.20.4
)
