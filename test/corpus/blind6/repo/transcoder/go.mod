// Corpus: blind6, the transcoder module (its path names the flags package the pipeline imports).
// Source: Go modules reference (go.mod).
module example.com/transcoder

go 1.22
