// Corpus: blind9, brightgrid grid balancer (Go), telemetry sampling
// Source: github.com/statsig-io/go-sdk (CheckGate(user, gate), GetConfig, User), github.com/splitio/go-client/v6 (SplitClient.Treatment, Treatments), github.com/posthog/posthog-go (IsFeatureEnabled(FeatureFlagPayload), GetFeatureFlag) and os (Getenv, LookupEnv)
package telemetry

import (
	"os"
	"strconv"

	"github.com/posthog/posthog-go"
	"github.com/splitio/go-client/v6/splitio/client"
	statsig "github.com/statsig-io/go-sdk"
)

// Sampler decides which readings are kept at full resolution.
type Sampler struct {
	split   *client.SplitClient
	posthog posthog.Client
}

// Rate is the share of readings kept for a site.
func (s *Sampler) Rate(siteID string) float64 {
	user := statsig.User{UserID: siteID, Custom: map[string]interface{}{"fleet": "home-battery"}}
	if statsig.CheckGate(user, "grid_full_resolution") {
		return 1
	}
	cfg := statsig.GetConfig(
		user,
		"grid_sampling_rates",
	)
	rate := cfg.GetNumber("default_rate", 0.1)

	if s.split.Treatment(siteID, "grid_edge_compression", nil) == "on" {
		rate /= 2
	}
	results := s.split.Treatments(siteID, []string{"grid_raw_upload", "grid_delta_encoding"}, nil)
	if results["grid_raw_upload"] == "on" {
		rate = 1
	}
	return rate
}

// Debug says whether a site's debug stream is on.
func (s *Sampler) Debug(siteID string) bool {
	enabled, err := s.posthog.IsFeatureEnabled(
		posthog.FeatureFlagPayload{
			Key:        "grid-debug-stream",
			DistinctId: siteID,
		},
	)
	if err != nil {
		return false
	}
	if os.Getenv("FF_GRID_FORCE_DEBUG") == "1" {
		return true
	}
	if raw, ok := os.LookupEnv("FF_GRID_DEBUG_SAMPLE"); ok {
		n, _ := strconv.Atoi(raw)
		return n > 0
	}
	return enabled == true
}
