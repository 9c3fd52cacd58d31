// Corpus: blind4 / fulfillment: carrier routing (Unleash, GrowthBook, Statsig, Split Go SDKs).
// Source: github.com/Unleash/unleash-client-go/v4 (IsEnabled(name, ...FeatureOption), WithContext, GetVariant), github.com/growthbook/growthbook-golang (Client.EvalFeature(ctx, key)), github.com/statsig-io/go-sdk (CheckGate(user, gate), GetConfig), github.com/splitio/go-client (SplitClient.Treatment(key, feature, attributes)).
package dispatch

import (
	"context"

	"github.com/Unleash/unleash-client-go/v4"
	unleashctx "github.com/Unleash/unleash-client-go/v4/context"
	gb "github.com/growthbook/growthbook-golang"
	"github.com/splitio/go-client/v6/splitio/client"
	statsig "github.com/statsig-io/go-sdk"
)

// Router chooses a carrier for a parcel.
type Router struct {
	growth *gb.Client
	split  *client.SplitClient
}

// Carrier returns the carrier code for a parcel.
func (r *Router) Carrier(ctx context.Context, accountID string, weightGrams int) string {
	uctx := unleashctx.Context{UserId: accountID}
	if unleash.IsEnabled("fl.regional-carriers", unleash.WithContext(uctx)) {
		variant := unleash.GetVariant("fl.regional-carrier-pick", unleash.WithVariantContext(uctx))
		if variant.Enabled {
			return variant.Name
		}
	}
	heavy := r.growth.EvalFeature(ctx, "fl-heavy-parcel-carrier")
	if weightGrams > 20000 && heavy.On {
		return heavy.Value.(string)
	}
	user := statsig.User{UserID: accountID, Custom: map[string]interface{}{"weight": weightGrams}}
	if statsig.CheckGate(user, "fl_drone_delivery") {
		return "drone"
	}
	pricing := statsig.GetConfig(
		user,
		"fl_carrier_pricing",
	)
	treatment := r.split.Treatment(accountID, "fl_carrier_auction", map[string]interface{}{"grams": weightGrams})
	if treatment == "on" {
		return pricing.GetString("auction_carrier", "dhl")
	}
	return "ups"
}
