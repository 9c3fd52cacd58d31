// Corpus: blind7, quotes service (Go): the module, so imports of example.com/tripwise/quotes/... resolve.
// Source: the Go modules reference (go.mod files).
module example.com/tripwise/quotes

go 1.22
