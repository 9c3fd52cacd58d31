// Corpus: blind / gateway search handler (GrowthBook Go SDK, ConfigCat Go SDK, PostHog Go SDK, DevCycle Go SDK, environment flags, keys of package flags)
// Source: github.com/growthbook/growthbook-golang Client.EvalFeature(ctx, key) (docs.growthbook.io/lib/go); github.com/configcat/go-sdk/v9 Client.GetBoolValue / GetIntValue (configcat.com/docs/sdk-reference/go); github.com/posthog/posthog-go Client.IsFeatureEnabled(FeatureFlagPayload) (posthog.com/docs/libraries/go); github.com/devcyclehq/go-server-sdk/v2 Client.Variable / VariableValue (docs.devcycle.com/sdk/server-side-sdks/go); github.com/launchdarkly/go-server-sdk/v7
package handlers

import (
	"fmt"
	"net/http"
	"os"

	"github.com/configcat/go-sdk/v9"
	devcycle "github.com/devcyclehq/go-server-sdk/v2"
	gb "github.com/growthbook/growthbook-golang"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/posthog/posthog-go"

	"github.com/acme/gateway/internal/flags"
)

type SearchHandler struct {
	growthbook *gb.Client
	configcat  *configcat.Client
	posthog    posthog.Client
	devcycle   *devcycle.Client
	ld         *ld.LDClient
}

func (h *SearchHandler) Search(w http.ResponseWriter, r *http.Request) {
	userID := r.Header.Get("X-User-ID")
	ctx := r.Context()

	semantic := h.growthbook.EvalFeature(ctx, "gateway-semantic-search")
	typoTolerance := h.configcat.GetBoolValue("gatewayTypoTolerance", true, &configcat.UserData{Identifier: userID})
	pageSize := h.configcat.GetIntValue(
		"gatewaySearchPageSize",
		20,
		nil,
	)
	personalised, _ := h.posthog.IsFeatureEnabled(posthog.FeatureFlagPayload{
		Key:        "gateway-personalised-ranking",
		DistinctId: userID,
	})
	dvcUser := devcycle.User{UserId: userID}
	synonyms, _ := h.devcycle.Variable(dvcUser, "gateway-synonym-expansion", false)
	boost, _ := h.devcycle.VariableValue(dvcUser, "gateway-recency-boost", 1.0)

	ldCtx := ldcontext.New(userID)
	rateLimitV2, _ := h.ld.BoolVariation(string(flags.RateLimitV2), ldCtx, false)
	hedging, _ := h.ld.BoolVariation(flags.RequestHedging, ldCtx, false)
	breaker, _ := h.ld.BoolVariation(flags.CircuitBreaker, ldCtx, true)

	debug := os.Getenv("FF_SEARCH_DEBUG") == "1"
	shadow, shadowSet := os.LookupEnv("FF_SHADOW_TRAFFIC")
	region := r.Header.Get("X-Region")
	regional, _ := h.ld.BoolVariation(fmt.Sprintf("gateway-%s-search", region), ldCtx, false)

	fmt.Fprintln(w, semantic.On, typoTolerance, pageSize, personalised, synonyms.Value, boost, rateLimitV2, hedging, breaker, debug, shadow, shadowSet, regional)
}
