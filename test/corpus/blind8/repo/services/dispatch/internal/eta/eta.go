// Corpus: blind8, parcelpoint dispatch service, ETA estimates
// Source: OpenFeature Go SDK docs (openfeature.NewClient, BooleanValue, IntValue, StringValueDetails, NewEvaluationContext); PostHog Go docs (IsFeatureEnabled, GetFeatureFlagPayload with FeatureFlagPayload); Statsig Go docs (CheckGate, GetConfig, GetExperiment)
package eta

import (
	"context"
	"time"

	"github.com/open-feature/go-sdk/openfeature"
	"github.com/posthog/posthog-go"
	statsig "github.com/statsig-io/go-sdk"
)

// Estimator computes delivery windows.
type Estimator struct {
	of      *openfeature.Client
	posthog posthog.Client
}

// New makes an Estimator on the global OpenFeature API.
func New(ph posthog.Client) *Estimator {
	return &Estimator{of: openfeature.NewClient("dispatch-eta"), posthog: ph}
}

// Window returns the promised delivery window for a stop.
func (e *Estimator) Window(ctx context.Context, stopID, driverID string, planned time.Time) (time.Time, time.Time) {
	evalCtx := openfeature.NewEvaluationContext(stopID, map[string]any{"driver": driverID})
	useML, _ := e.of.BooleanValue(
		ctx,
		"dsp-eta-ml",
		false,
		evalCtx,
	)
	widthMin, _ := e.of.IntValue(ctx, "dsp-eta-window-minutes", 60, evalCtx)
	details, _ := e.of.StringValueDetails(ctx, "dsp-eta-rounding", "quarter", evalCtx)

	// TODO(ops): drop the "dsp-eta-v1" fallback once dsp-eta-ml is at 100%.
	half := time.Duration(widthMin/2) * time.Minute
	if useML {
		half = half * 3 / 4
	}
	start := planned.Add(-half)
	if details.Value == "quarter" {
		start = start.Truncate(15 * time.Minute)
	}
	return start, start.Add(2 * half)
}

// CustomerView decides what the customer app shows.
func (e *Estimator) CustomerView(customerID string) (bool, any) {
	live, _ := e.posthog.IsFeatureEnabled(
		posthog.FeatureFlagPayload{
			Key:        "dsp-live-tracking",
			DistinctId: customerID,
		},
	)
	banner, _ := e.posthog.GetFeatureFlagPayload(posthog.FeatureFlagPayload{Key: "dsp-delay-banner", DistinctId: customerID})
	return live == true, banner
}

// Gates reads the Statsig gates of a depot.
func Gates(depot string) (bool, string) {
	user := statsig.User{UserID: depot, Custom: map[string]interface{}{"kind": "depot"}}
	if !statsig.CheckGate(user, "dsp_eta_gate") {
		return false, ""
	}
	cfg := statsig.GetConfig(user, "dsp_eta_tuning")
	exp := statsig.GetExperiment(user, "dsp_eta_copy")
	_ = cfg
	return true, exp.GetString("copy", "Arriving soon")
}
