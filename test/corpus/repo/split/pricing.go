// Corpus: Split Go SDK.
// Source: github.com/splitio/go-client/v6/splitio/client, client.go: (*SplitClient).Treatment(key,
// featureFlagName, attributes) string and Treatments(key, featureFlagNames, attributes).
package pricing

import (
	"github.com/splitio/go-client/v6/splitio/client"
)

func Discount(split *client.SplitClient, accountID string) float64 {
	treatment := split.Treatment(accountID, "volume_discount", nil)
	if treatment != "on" {
		return 0
	}
	tier := split.Treatment(
		accountID,
		"discount_tier",
		nil,
	)
	if tier == "gold" {
		return 0.2
	}
	return 0.1
}
