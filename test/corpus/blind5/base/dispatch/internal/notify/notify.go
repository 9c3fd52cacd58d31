// Corpus: blind5 (issue 14), rider notifications: Statsig, GrowthBook, ConfigCat, Split, DevCycle, Flagsmith, PostHog and env in Go.
// Source: each Go SDK's README (statsig.CheckGate/GetConfig, EvalFeature, GetBoolValue, Treatment, Variable, IsFeatureEnabled, FeatureFlagPayload).
package notify

import (
	"context"
	"os"

	devcycle "github.com/devcyclehq/go-server-sdk/v2"
	flagsmith "github.com/Flagsmith/flagsmith-go-client/v3"
	gb "github.com/growthbook/growthbook-golang"
	"github.com/posthog/posthog-go"
	"github.com/splitio/go-client/v6/splitio/client"
	statsig "github.com/statsig-io/go-sdk"
	configcat "github.com/configcat/go-sdk/v9"
)

type Notifier struct {
	growthbook *gb.Client
	configcat  *configcat.Client
	split      *client.SplitClient
	devcycle   *devcycle.Client
	flagsmith  *flagsmith.Client
	posthog    posthog.Client
}

func (n *Notifier) Plan(ctx context.Context, riderID string) map[string]any {
	user := statsig.User{UserID: riderID}
	out := map[string]any{}
	out["sms_eta"] = statsig.CheckGate(user, "ds_sms_eta")
	out["sms_legacy"] = statsig.CheckGate(user, "ds_sms_legacy")
	out["templates"] = statsig.GetConfig(user, "ds_sms_templates").Value
	out["preview"] = n.growthbook.EvalFeature(ctx, "ds-route-preview").On
	out["tracking"] = n.configcat.GetBoolValue("dsLiveTracking", true, &configcat.UserData{Identifier: riderID})
	out["vendor"] = n.split.Treatment(riderID, "ds_push_vendor", nil)
	batching, _ := n.devcycle.Variable(devcycle.User{UserId: riderID}, "ds-push-batching", false)
	out["batching"] = batching.Value
	flags, _ := n.flagsmith.GetEnvironmentFlags(ctx)
	out["tips"], _ = flags.IsFeatureEnabled("ds_courier_tips")
	out["chat"], _ = n.posthog.IsFeatureEnabled(posthog.FeatureFlagPayload{
		Key:        "ds-driver-chat",
		DistinctId: riderID,
	})
	out["dry_run"] = os.Getenv("FF_DISPATCH_DRYRUN") == "1"
	if v, ok := os.LookupEnv("FF_QUIET_HOURS"); ok {
		out["quiet"] = v
	}
	out["region"] = os.Getenv("DISPATCH_REGION")
	return out
}
