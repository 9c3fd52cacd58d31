// Corpus: blind8, parcelpoint dispatch service, the depots' other flag providers
// Source: ConfigCat Go SDK v9 docs (GetBoolValue, Snapshot, GetValue, UserData); Split Go SDK docs (Treatment); DevCycle Go SDK docs (Variable, VariableValue); GrowthBook Go SDK docs (EvalFeature); Flagsmith Go SDK docs (GetEnvironmentFlags, IsFeatureEnabled, GetFeatureValue)
package eta

import (
	"context"

	configcat "github.com/configcat/go-sdk/v9"
	devcycle "github.com/devcyclehq/go-server-sdk/v2"
	flagsmith "github.com/Flagsmith/flagsmith-go-client/v3"
	gb "github.com/growthbook/growthbook-golang"
	"github.com/splitio/go-client/v6/splitio/client"
)

// Providers bundles the clients one depot may use.
type Providers struct {
	cc       *configcat.Client
	split    *client.SplitClient
	dvc      *devcycle.Client
	gb       *gb.Client
	fsClient *flagsmith.Client
}

// DepotOptions reads the options of a depot.
func (p *Providers) DepotOptions(ctx context.Context, depot string) map[string]any {
	user := &configcat.UserData{Identifier: depot}
	opts := map[string]any{}
	opts["lockers"] = p.cc.GetBoolValue("dspLockerHandover", false, user)

	snap := p.cc.Snapshot(user)
	opts["scanner"] = snap.GetValue("dspScannerModel")

	opts["waves"] = p.split.Treatment(depot, "dsp_split_waves", map[string]interface{}{"country": "NL"})

	dvcUser := devcycle.User{UserId: depot}
	photo, _ := p.dvc.VariableValue(dvcUser, "dsp-photo-proof", true)
	opts["photo"] = photo

	res := p.gb.EvalFeature(ctx, "dsp-route-replay")
	opts["replay"] = res.On

	flags, err := p.fsClient.GetEnvironmentFlags(ctx)
	if err == nil {
		night, _ := flags.IsFeatureEnabled("dsp_night_sorting")
		opts["night"] = night
		limit, _ := flags.GetFeatureValue("dsp_sort_limit")
		opts["sortLimit"] = limit
	}
	return opts
}
