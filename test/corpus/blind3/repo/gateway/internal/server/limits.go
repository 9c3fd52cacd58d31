// Corpus: blind3 gateway, rate limits: Statsig, ConfigCat, Split, Flagsmith, DevCycle, GrowthBook and PostHog Go SDKs.
// Source: statsig-go (statsig.CheckGate(user, gate), GetConfig); configcat go-sdk/v9 Client.GetBoolValue; splitio go-client Client.Treatment; flagsmith-go-client Flags.IsFeatureEnabled; devcycle go-server-sdk Client.Variable; growthbook-golang Client.EvalFeature; posthog-go Client.IsFeatureEnabled(FeatureFlagPayload).
package server

import (
	"context"

	devcycle "github.com/devcycle/go-server-sdk/v2"
	flagsmith "github.com/Flagsmith/flagsmith-go-client/v3"
	gb "github.com/growthbook/growthbook-golang"
	"github.com/posthog/posthog-go"
	statsig "github.com/statsig-io/go-sdk"
	"github.com/splitio/go-client/v6/splitio/client"
	"github.com/configcat/go-sdk/v9"
)

type Limits struct {
	cc     *configcat.Client
	split  *client.SplitClient
	fs     *flagsmith.Client
	dvc    *devcycle.Client
	growth *gb.Client
	ph     posthog.Client
}

func (l *Limits) For(ctx context.Context, userID string) (int, error) {
	if !statsig.CheckGate(statsig.User{
		UserID: userID,
		Custom: map[string]interface{}{"tier": "pro"},
	}, "gw-burst-allowance") {
		return 100, nil
	}
	cfg := statsig.GetConfig(statsig.User{UserID: userID}, "gw-limit-tiers")
	strict := l.cc.GetBoolValue("gwStrictQuotas", false, &configcat.UserData{Identifier: userID})
	treatment := l.split.Treatment(userID, "gw_quota_algorithm", nil)
	flags, err := l.fs.GetIdentityFlags(ctx, userID, nil)
	if err != nil {
		return 0, err
	}
	perIP, _ := flags.IsFeatureEnabled("gw_per_ip_limits")
	dvcUser := devcycle.User{UserId: userID}
	window, _ := l.dvc.Variable(dvcUser, "gw-window-seconds", 60)
	burst := l.growth.EvalFeature(ctx, "gw-burst-multiplier")
	shadow, _ := l.ph.IsFeatureEnabled(
		posthog.FeatureFlagPayload{
			Key:        "gw-shadow-limits",
			DistinctId: userID,
		},
	)
	_ = []any{cfg, strict, treatment, perIP, window, burst, shadow}
	return 1000, nil
}
