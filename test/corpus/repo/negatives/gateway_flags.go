// Corpus: negatives in Go, the standard flag package and map lookups named like flags.
// Source: Go standard library flag.Bool(name, value, usage), flag.String, map index; none of them evaluates a feature flag.
package main

import (
	"flag"
	"fmt"
)

var (
	betaRoutes = flag.Bool("gateway-beta-routes", false, "serve beta routes")
	cipher     = flag.String("gateway-cipher-suite", "modern", "TLS cipher suite")
)

func describe(features map[string]bool) string {
	flag.Parse()
	return fmt.Sprintf("gateway-compression=%v beta=%v cipher=%s", features["gateway-compression"], *betaRoutes, *cipher)
}
