// Corpus: blind7, quotes service (Go): the other SDKs the service evaluates, formatted by gofmt.
// Source: go.openfeature.dev/sdk docs (BooleanValueDetails, StringValue), github.com/Unleash/unleash-client-go/v4 (IsEnabled with
// WithContext/WithFallback, GetVariant with WithVariantContext), statsig-io/go-sdk (CheckGate, GetExperiment, GetLayer),
// configcat go-sdk/v9 (GetBoolValue, GetIntValueDetails), devcycle go-server-sdk/v2 (Variable, VariableValue),
// posthog-go (IsFeatureEnabled(FeatureFlagPayload)), growthbook-golang (EvalFeature), flagsmith-go-client/v3 (GetIdentityFlags).
package features

import (
	"context"
	"log/slog"

	configcat "github.com/configcat/go-sdk/v9"
	devcycle "github.com/devcyclehq/go-server-sdk/v2"
	flagsmith "github.com/Flagsmith/flagsmith-go-client/v3"
	gb "github.com/growthbook/growthbook-golang"
	"github.com/Unleash/unleash-client-go/v4"
	unleashctx "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/open-feature/go-sdk/openfeature"
	"github.com/posthog/posthog-go"
	statsig "github.com/statsig-io/go-sdk"
)

type Evaluator struct {
	of        *openfeature.Client
	configcat *configcat.Client
	devcycle  *devcycle.Client
	posthog   posthog.Client
	gb        *gb.Client
	flagsmith *flagsmith.Client
	log       *slog.Logger
}

type Customer struct {
	ID      string
	Market  string
	Email   string
	Segment string
}

func (e *Evaluator) Checkout(ctx context.Context, c Customer) (map[string]any, error) {
	evalCtx := openfeature.NewEvaluationContext(c.ID, map[string]any{"market": c.Market, "segment": c.Segment})
	oneClick, err := e.of.BooleanValueDetails(ctx, "qt-one-click-checkout", false, evalCtx)
	if err != nil {
		e.log.Warn("openfeature", "flag", oneClick.FlagKey, "reason", oneClick.Reason, "err", err)
	}
	currencyMode, _ := e.of.StringValue(
		ctx,
		"qt-currency-display",
		"symbol",
		evalCtx,
	)

	unleashContext := unleashctx.Context{UserId: c.ID, Properties: map[string]string{"market": c.Market}}
	// "qt-hold-fare" needs the fare-lock service in the market
	holdFare := unleash.IsEnabled("qt-hold-fare", unleash.WithContext(unleashContext), unleash.WithFallback(false))
	assistant := unleash.GetVariant(
		"qt-booking-assistant",
		unleash.WithVariantContext(unleashContext),
	)

	return map[string]any{
		"oneClick":  oneClick.Value,
		"currency":  currencyMode,
		"holdFare":  holdFare,
		"assistant": assistant.Name,
	}, nil
}

func (e *Evaluator) Experiments(c Customer) (bool, int, string) {
	user := statsig.User{UserID: c.ID, Country: c.Market, Custom: map[string]interface{}{"segment": c.Segment}}
	priceFreeze := statsig.CheckGate(user, "qt_price_freeze")
	layout := statsig.GetExperiment(user, "qt_results_density")
	rows := int(layout.GetNumber("rows", 10))
	banner := statsig.GetLayer(user, "qt_banner_layer").GetString("variant", "none")
	return priceFreeze, rows, banner
}

func (e *Evaluator) Limits(c Customer) (bool, int) {
	user := &configcat.UserData{Identifier: c.ID, Email: c.Email, Country: c.Market}
	multiCity := e.configcat.GetBoolValue("qtMultiCitySearch", false, user)
	maxPassengers := e.configcat.GetIntValueDetails("qtMaxPassengers", 9, user)
	if maxPassengers.Data.Error != nil {
		e.log.Warn("configcat", "err", maxPassengers.Data.Error)
	}
	return multiCity, maxPassengers.Value
}

func (e *Evaluator) Messaging(c Customer) (string, bool, error) {
	user := devcycle.User{UserId: c.ID, Country: c.Market}
	tone, err := e.devcycle.Variable(user, "qt-message-tone", "friendly")
	if err != nil {
		return "", false, err
	}
	sms, err := e.devcycle.VariableValue(user, "qt-sms-receipts", false)
	if err != nil {
		return "", false, err
	}
	return tone.Value.(string), sms.(bool), nil
}

func (e *Evaluator) Growth(ctx context.Context, c Customer) (bool, any, bool) {
	referral, err := e.posthog.IsFeatureEnabled(
		posthog.FeatureFlagPayload{
			Key:        "qt-referral-credits",
			DistinctId: c.ID,
		},
	)
	if err != nil {
		e.log.Warn("posthog", "err", err)
	}
	variant, _ := e.posthog.GetFeatureFlag(posthog.FeatureFlagPayload{Key: "qt-upsell-insurance", DistinctId: c.ID})

	child, _ := e.gb.WithAttributes(gb.Attributes{"id": c.ID, "market": c.Market})
	seatMap := child.EvalFeature(ctx, "qt-seat-map-3d")

	flags, err := e.flagsmith.GetIdentityFlags(ctx, c.ID, nil)
	if err != nil {
		return false, nil, false
	}
	lounge, _ := flags.IsFeatureEnabled("qt_lounge_access")
	return referral == true, variant, seatMap.On && lounge
}

func (e *Evaluator) Toggle(name string, c Customer) bool {
	return unleash.IsEnabled(name, unleash.WithContext(unleashctx.Context{UserId: c.ID}))
}
