// Corpus: Go keys declared as a named string type, converted at the call, and a wrapped call with a comment between the arguments.
// Source: github.com/launchdarkly/go-server-sdk/v7 ((*LDClient).BoolVariation(key string, context
// ldcontext.Context, defaultVal bool) (bool, error)); the Go spec's typed constants and
// conversions.
package search

import (
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
)

type FlagKey string

const (
	SpellCheck FlagKey = "search-spell-check"
	Autocomplete FlagKey = "search-autocomplete"
)

func Suggest(client *ld.LDClient, user ldcontext.Context) (bool, bool) {
	spell, _ := client.BoolVariation(string(SpellCheck), user, false)
	auto, _ := client.BoolVariation(
		string(Autocomplete), // typed key
		user,
		false,
	)
	return spell, auto
}
