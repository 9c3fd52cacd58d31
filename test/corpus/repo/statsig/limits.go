// Corpus: Statsig Go server SDK.
// Source: github.com/statsig-io/go-sdk, statsig.go: CheckGate(user, gate) bool,
// GetConfig(user, config) DynamicConfig, GetExperiment(user, experiment) DynamicConfig.
package limits

import (
	statsig "github.com/statsig-io/go-sdk"
)

func RateLimit(userID string) float64 {
	user := statsig.User{UserID: userID}
	if !statsig.CheckGate(user, "rate_limits") {
		return 0
	}
	config := statsig.GetConfig(
		user,
		"rate_limit_config",
	)
	return config.GetNumber("per_minute", 60)
}
