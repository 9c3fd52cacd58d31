// Corpus: blind / gateway checkout handler (LaunchDarkly Go server SDK, Unleash Go SDK)
// Source: github.com/launchdarkly/go-server-sdk/v7 LDClient.BoolVariation / StringVariation / JSONVariation / BoolVariationDetail / BoolVariationCtx (pkg.go.dev/github.com/launchdarkly/go-server-sdk/v7); github.com/Unleash/unleash-client-go/v4 IsEnabled / GetVariant with WithContext (pkg.go.dev)
package handlers

import (
	"encoding/json"
	"net/http"

	"github.com/Unleash/unleash-client-go/v4"
	unleashctx "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	ld "github.com/launchdarkly/go-server-sdk/v7"
)

const (
	flagCartMerge     = "gateway-cart-merge"
	flagGuestCheckout = "gateway-guest-checkout"
)

type CheckoutHandler struct {
	ld      *ld.LDClient
	unleash *unleash.Client
}

func (h *CheckoutHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	userKey := r.Header.Get("X-User-Key")
	ldCtx := ldcontext.NewBuilder(userKey).Kind("user").SetString("region", r.Header.Get("X-Region")).Build()

	cartMerge, _ := h.ld.BoolVariation(flagCartMerge, ldCtx, false)
	guest, _ := h.ld.BoolVariation(flagGuestCheckout, ldCtx, true)
	paymentOrder, _ := h.ld.StringVariation(
		"gateway-payment-method-order",
		ldCtx,
		"card,paypal",
	)
	limits, _ := h.ld.JSONVariation("gateway-checkout-limits", ldCtx, ldvalue.ObjectBuild().Build())
	_, detail, _ := h.ld.BoolVariationDetail("gateway-3ds-challenge", ldCtx, false)
	hedged, _ := h.ld.BoolVariationCtx(r.Context(), "gateway-checkout-hedging", ldCtx, false)

	uctx := unleashctx.Context{UserId: userKey, Properties: map[string]string{"region": r.Header.Get("X-Region")}}
	addressLookup := h.unleash.IsEnabled("gateway-address-lookup", unleash.WithContext(uctx))
	promoVariant := h.unleash.GetVariant(
		"gateway-promo-engine",
		unleash.WithVariantContext(uctx),
	)
	// legacy := h.unleash.IsEnabled("gateway-legacy-cart", unleash.WithContext(uctx))

	_ = json.NewEncoder(w).Encode(map[string]any{
		"cartMerge":     cartMerge,
		"guest":         guest,
		"paymentOrder":  paymentOrder,
		"limits":        limits,
		"threeDS":       detail.Reason,
		"hedged":        hedged,
		"addressLookup": addressLookup,
		"promo":         promoVariant.Name,
	})
}
