// Corpus: Go package-level flag-key constants, read by limits.go of the same package (declarations only).
// Source: The Go Programming Language Specification, Constant declarations (go.dev/ref/spec#Constant_declarations).
package gateway

const (
	KeyBatchSize = "batch-size"
	KeyCacheTTL  = "cache-ttl-seconds"
)
