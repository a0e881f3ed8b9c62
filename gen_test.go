package cloudtrail_test

import "github.com/trailtype/cloudtrail/internal/benchlog"

// generateLog writes n realistic records (see benchlog.Records).
func generateLog(n int, seed int64) [][]byte { return benchlog.Records(n, seed) }

// logFile writes records as an S3 log file, {"Records":[...]}.
func logFile(recs [][]byte) []byte { return benchlog.LogFile(recs) }
