// Corpus: Flagsmith Go server SDK.
// Source: github.com/Flagsmith/flagsmith-go-client/v3, flags.go: Flags.IsFeatureEnabled(featureName)
// (bool, error), GetFeatureValue(featureName) (interface{}, error), GetFlag.
package quota

import (
	"context"

	flagsmith "github.com/Flagsmith/flagsmith-go-client/v3"
)

func Limit(ctx context.Context, client *flagsmith.Client) (int, error) {
	flags, err := client.GetEnvironmentFlags(ctx)
	if err != nil {
		return 0, err
	}
	unlimited, _ := flags.IsFeatureEnabled("unlimited_quota")
	if unlimited {
		return -1, nil
	}
	value, err := flags.GetFeatureValue(
		"quota_per_day",
	)
	if err != nil {
		return 0, err
	}
	return int(value.(float64)), nil
}
