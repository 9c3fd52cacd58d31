// Corpus: environment-variable flags in Go.
// Source: Go standard library, package os: Getenv(key string) string and LookupEnv(key string)
// (string, bool).
package config

import "os"

func Flags() map[string]bool {
	_, oldUploader := os.LookupEnv("FF_OLD_UPLOADER")
	return map[string]bool{
		"fastExport":  os.Getenv("FF_FAST_EXPORT") == "1",
		"oldUploader": oldUploader,
		"searchV2": os.Getenv(
			"FF_SEARCH_V2",
		) == "on",
	}
}
