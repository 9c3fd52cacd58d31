// Corpus: blind5 (issue 14), the dispatch module (gives Go imports of example.com/dispatch their folder).
// Source: Go modules reference (go.mod module and go directives).
module example.com/dispatch

go 1.22
