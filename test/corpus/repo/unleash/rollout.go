// Corpus: Unleash Go SDK.
// Source: github.com/Unleash/unleash-client-go/v4, unleash.go: IsEnabled(feature string,
// options ...FeatureOption) bool and GetVariant(feature string, options ...VariantOption).
package rollout

import (
	"github.com/Unleash/unleash-client-go/v4"
	"github.com/Unleash/unleash-client-go/v4/context"
)

func UseNewCache(userID string) bool {
	ctx := context.Context{UserId: userID}
	if unleash.IsEnabled("cache-v2", unleash.WithContext(ctx)) {
		return true
	}
	variant := unleash.GetVariant(
		"cache-strategy",
		unleash.WithVariantContext(ctx),
	)
	return variant.Enabled
}
