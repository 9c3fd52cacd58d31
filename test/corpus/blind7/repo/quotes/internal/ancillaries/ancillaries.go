// Corpus: blind7, quotes service (Go): ancillaries, the rarer Go forms: ...Ctx variations, migration flags, values maps,
// Source: go-server-sdk/v7 (BoolVariationCtx, StringVariationCtx, MigrationVariation, FeatureFlagsState.ToValuesMap),
// configcat go-sdk/v9 (configcat.Bool(key, default).Get(snapshot), Snapshot(user).GetValue), go.openfeature.dev/sdk (Boolean,
// ObjectValueDetails), unleash-client-go/v4 (WithFallbackFunc), statsig go-sdk (GetConfig, GetExperimentWithExposureLoggingDisabled),
// splitio go-client (TreatmentsWithConfig), posthog-go (GetFeatureFlagPayload), devcycle go-server-sdk/v2 (Variable).
// ConfigCat typed flags and snapshots, OpenFeature's newer Boolean/ObjectValueDetails, Unleash fallback functions,
// Statsig exposure-less evaluation, Split TreatmentsWithConfig, PostHog payloads, keys from another package.
package ancillaries

import (
	"context"
	"log/slog"

	configcat "github.com/configcat/go-sdk/v9"
	devcycle "github.com/devcyclehq/go-server-sdk/v2"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldmigration"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/open-feature/go-sdk/openfeature"
	"github.com/posthog/posthog-go"
	"github.com/splitio/go-client/v6/splitio/client"
	statsig "github.com/statsig-io/go-sdk"
	"github.com/Unleash/unleash-client-go/v4"
	unleashctx "github.com/Unleash/unleash-client-go/v4/context"

	"example.com/tripwise/quotes/internal/flagkeys"
)

var mealUpsell = configcat.Bool("qtMealUpsell", false)

type Service struct {
	ld       *ld.LDClient
	cc       *configcat.Client
	of       *openfeature.Client
	split    *client.SplitClient
	posthog  posthog.Client
	devcycle *devcycle.Client
	log      *slog.Logger
}

func (s *Service) Offer(ctx context.Context, customerID, market string) (map[string]any, error) {
	ldCtx := ldcontext.NewBuilder(customerID).Kind(ldcontext.DefaultKind).SetString("market", market).Build()

	priority, err := s.ld.BoolVariationCtx(ctx, "qt-priority-boarding", ldCtx, false)
	if err != nil {
		s.log.WarnContext(ctx, "qt-priority-boarding", "err", err)
	}
	seatPricing, _ := s.ld.StringVariationCtx(ctx, "qt-seat-pricing", ldCtx, "static")
	stage, tracker, err := s.ld.MigrationVariation("qt-bags-store-migration", ldCtx, ldmigration.Off)
	if err == nil {
		tracker.Operation(ldmigration.Read)
	}
	values := s.ld.AllFlagsState(ldCtx).ToValuesMap()
	bagFees := values["qt-bag-fees"]

	user := &configcat.UserData{Identifier: customerID, Country: market}
	snapshot := s.cc.Snapshot(user)
	meals := mealUpsell.Get(snapshot)
	maxBagKg := snapshot.GetValue("qtBagWeightKg")

	evalCtx := openfeature.NewEvaluationContext(customerID, map[string]any{"market": market})
	lounge := s.of.Boolean(ctx, "qt-lounge-passes", false, evalCtx)
	bundle, err := s.of.ObjectValueDetails(ctx, "qt-bundle-config", map[string]any{}, evalCtx)
	if err != nil {
		s.log.WarnContext(ctx, "bundle config", "reason", bundle.Reason)
	}

	return map[string]any{
		"priority": priority, "seatPricing": seatPricing, "stage": stage, "bagFees": bagFees,
		"meals": meals, "maxBagKg": maxBagKg, "lounge": lounge, "bundle": bundle.Value,
	}, nil
}

func (s *Service) Upsells(customerID, market string) (bool, map[string]client.TreatmentResult, []byte) {
	fastTrack := unleash.IsEnabled(
		"qt-fast-track",
		unleash.WithContext(unleashctx.Context{UserId: customerID}),
		unleash.WithFallbackFunc(func(feature string, ctx *unleashctx.Context) bool {
			return market == "GB"
		}),
	)

	user := statsig.User{UserID: customerID, Country: market}
	prices := statsig.GetConfig(user, "qt_ancillary_prices")
	bundleTest := statsig.GetExperimentWithExposureLoggingDisabled(user, "qt_bundle_test")
	_ = prices.GetNumber("seat", 9.99) + bundleTest.GetNumber("discount", 0)

	results := s.split.TreatmentsWithConfig(customerID, []string{"qt_wifi_pass", flagkeys.MealBundles}, map[string]interface{}{"market": market})
	payload, _ := s.posthog.GetFeatureFlagPayload(posthog.FeatureFlagPayload{Key: "qt-bundle-copy", DistinctId: customerID})
	return fastTrack, results, []byte(payload)
}

func (s *Service) SeatMap(customerID string) bool {
	user := devcycle.User{UserId: customerID}
	seatMap, err := s.devcycle.Variable(user, flagkeys.SeatMap, true)
	if err != nil {
		return true
	}
	return seatMap.Value.(bool)
}

func (s *Service) BundleGate(customerID, kind string) bool {
	return statsig.CheckGate(statsig.User{UserID: customerID}, "qt_"+kind+"_bundle")
}
