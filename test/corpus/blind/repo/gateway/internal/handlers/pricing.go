// Corpus: blind / gateway pricing handler (Statsig Go server SDK, Split Go SDK, OpenFeature Go SDK)
// Source: github.com/statsig-io/go-sdk CheckGate(user, gate) / GetConfig / GetExperiment / GetLayer (docs.statsig.com/server/golangSDK); github.com/splitio/go-client/v6 SplitClient.Treatment(key, featureFlagName, attributes) / Treatments (pkg.go.dev); github.com/open-feature/go-sdk/openfeature Client.BooleanValue(ctx, flag, default, evalCtx) / StringValueDetails (openfeature.dev/docs/reference/technologies/server/go)
package handlers

import (
	"fmt"
	"net/http"

	"github.com/open-feature/go-sdk/openfeature"
	"github.com/splitio/go-client/v6/splitio/client"
	statsig "github.com/statsig-io/go-sdk"
)

type PricingHandler struct {
	split    *client.SplitClient
	features *openfeature.Client
}

func (h *PricingHandler) Quote(w http.ResponseWriter, r *http.Request) {
	accountID := r.URL.Query().Get("account")
	user := statsig.User{UserID: accountID, Country: r.Header.Get("CF-IPCountry")}

	dynamic := statsig.CheckGate(user, "gateway_dynamic_pricing")
	currency := statsig.GetConfig(user, "gateway_currency_rules")
	anchor := statsig.GetExperiment(
		user,
		"gateway_price_anchoring",
	)
	layer := statsig.GetLayer(user, "gateway_quote_layer")

	treatment := h.split.Treatment(accountID, "gateway_volume_discounts", map[string]interface{}{"tier": "gold"})
	treatments := h.split.Treatments(accountID, []string{"gateway_coupon_stacking", "gateway_min_order"}, nil)
	stacking := treatments["gateway_coupon_stacking"] == "on"

	evalCtx := openfeature.NewEvaluationContext(accountID, map[string]interface{}{"plan": "pro"})
	fxEnabled, _ := h.features.BooleanValue(r.Context(), "gateway-live-fx-rates", false, evalCtx)
	rounding, _ := h.features.StringValueDetails(
		r.Context(),
		"gateway-price-rounding",
		"bankers",
		evalCtx,
	)

	fmt.Fprintf(w, "%v %v %v %v %s %v %v %s",
		dynamic,
		currency.GetString("symbol", "$"),
		anchor.GetBool("show_anchor", false),
		layer.GetString("headline", ""),
		treatment,
		stacking,
		fxEnabled,
		rounding.Value,
	)
}
