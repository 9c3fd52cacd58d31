// Corpus: OpenFeature Go SDK.
// Source: github.com/open-feature/go-sdk/openfeature, client.go: (*Client).BooleanValue(ctx, flag,
// defaultValue, evalCtx, options...), IntValue(ctx, flag, defaultValue, evalCtx, options...).
package cache

import (
	"context"

	"github.com/open-feature/go-sdk/openfeature"
)

func TTL(ctx context.Context, client *openfeature.Client) int64 {
	evalCtx := openfeature.NewEvaluationContext("service", nil)
	enabled, _ := client.BooleanValue(ctx, "cache-enabled", false, evalCtx)
	if !enabled {
		return 0
	}
	// legacy, _ := client.BooleanValue(ctx, "cache-legacy-mode", false, evalCtx)
	ttl, _ := client.IntValue(
		ctx,
		"cache-ttl-seconds",
		60,
		evalCtx,
	)
	return ttl
}
