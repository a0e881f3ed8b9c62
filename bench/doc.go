// Package bench compares the cloudtrail decoder, reading the log from a reader (NewDecoder) and where
// it lies in memory (NewBytesDecoder, as the others read it), with other ways of reading the same
// CloudTrail log: encoding/json, goccy/go-json, JSON v2 (github.com/go-json-experiment/json) and bytedance/sonic
// decoding the whole file into plain structs, and compress/gzip against klauspost/compress
// inflating it. It is a module of its own so that none of them is a dependency of the library.
//
//	go test -run '^$' -bench . -benchmem ./bench
//	go test -run '^$' -bench . -benchmem -cpu 1 ./bench   # one core, as on Lambda's smallest sizes
package bench
