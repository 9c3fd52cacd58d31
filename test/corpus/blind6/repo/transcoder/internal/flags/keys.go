// Corpus: blind6, the transcoder's flag keys as typed package constants.
// Source: Go spec (constant declarations, typed constants).
package flags

type Key string

const (
	ParallelUpload Key = "go-parallel-upload"
	GPUEncode      Key = "go-gpu-encode"
)
