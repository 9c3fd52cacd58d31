// Corpus: GrowthBook Go SDK.
// Source: github.com/growthbook/growthbook-golang, client.go: (*Client).EvalFeature(ctx, key)
// returning *FeatureResult (On, Value); docs.growthbook.io/lib/go.
package ranking

import (
	"context"

	gb "github.com/growthbook/growthbook-golang"
)

func Weights(ctx context.Context, client *gb.Client) []float64 {
	result := client.EvalFeature(ctx, "ranking-weights")
	if !result.On {
		return nil
	}
	fresh := client.EvalFeature(
		ctx,
		"ranking-freshness",
	)
	if fresh.On {
		return []float64{0.5, 0.5}
	}
	return []float64{1}
}
