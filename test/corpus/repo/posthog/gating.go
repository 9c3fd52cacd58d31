// Corpus: PostHog Go SDK.
// Source: github.com/posthog/posthog-go, featureflags.go: FeatureFlagPayload{Key, DistinctId, ...};
// Client.IsFeatureEnabled(FeatureFlagPayload), GetFeatureFlag(FeatureFlagPayload).
package gating

import (
	"github.com/posthog/posthog-go"
)

func Allowed(client posthog.Client, userID string) bool {
	enabled, err := client.IsFeatureEnabled(posthog.FeatureFlagPayload{
		Key:        "api-rate-boost",
		DistinctId: userID,
	})
	if err != nil {
		return false
	}
	variant, _ := client.GetFeatureFlag(posthog.FeatureFlagPayload{Key: "api-tier", DistinctId: userID})
	return enabled == true && variant != "blocked"
}
