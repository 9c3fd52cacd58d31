// Corpus: blind6, a generic evaluation helper over the LaunchDarkly Go SDK: keys are the callers'.
// Source: LaunchDarkly Go server SDK v7 reference (BoolVariation, StringVariation, IntVariation); Go generics.
package flags

import (
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
)

// Value evaluates a flag of type T with the client's typed variation methods.
func Value[T bool | string | int](client *ld.LDClient, key Key, c ldcontext.Context, fallback T) T {
	var out any = fallback
	switch f := any(fallback).(type) {
	case bool:
		out, _ = client.BoolVariation(string(key), c, f)
	case string:
		out, _ = client.StringVariation(string(key), c, f)
	case int:
		out, _ = client.IntVariation(string(key), c, f)
	}
	return out.(T)
}
