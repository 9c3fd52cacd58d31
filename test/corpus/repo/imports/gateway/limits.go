// Corpus: LaunchDarkly Go server SDK calls whose keys are constants of keys.go in the same package.
// Source: github.com/launchdarkly/go-server-sdk/v7, LDClient.IntVariation(key string, context ldcontext.Context, defaultVal int) (int, error) (docs.launchdarkly.com/sdk/server-side/go#evaluating-flags).
package gateway

import (
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
)

type Limits struct {
	client *ld.LDClient
}

func (l *Limits) Batch(context ldcontext.Context) int {
	size, _ := l.client.IntVariation(KeyBatchSize, context, 100)
	ttl, _ := l.client.IntVariation(
		KeyCacheTTL,
		context,
		60,
	)
	other, _ := l.client.IntVariation(keyFromElsewhere, context, 0)
	return size + ttl + other
}
