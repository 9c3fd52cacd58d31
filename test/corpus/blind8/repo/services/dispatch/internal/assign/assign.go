// Corpus: blind8, parcelpoint dispatch service, driver assignment
// Source: LaunchDarkly Go server SDK v7 docs (BoolVariationCtx, IntVariation, JSONVariationDetail, ldcontext.NewBuilder); Unleash Go SDK docs (IsEnabled with WithContext)
package assign

import (
	"context"
	"fmt"

	"github.com/Unleash/unleash-client-go/v4"
	ucontext "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	ld "github.com/launchdarkly/go-server-sdk/v7"

	"github.com/parcelpoint/dispatch/internal/flagkeys"
)

// Service assigns parcels to drivers.
type Service struct {
	ld      *ld.LDClient
	unleash *unleash.Client
	// requiredToggles must all be on before drivers get overtime parcels.
	requiredToggles []string
}

func driverContext(driverID, region string) ldcontext.Context {
	return ldcontext.NewBuilder(driverID).
		Kind("driver").
		SetString("region", region).
		Build()
}

// allOn reports whether every toggle is on; the toggles are named by the caller.
func allOn(names []string, on func(string, ...unleash.FeatureOption) bool) bool {
	for _, n := range names {
		if !on(n) {
			return false
		}
	}
	return true
}

// Assign picks a driver for a parcel.
func (s *Service) Assign(ctx context.Context, parcelID, driverID, region string) (string, error) {
	lctx := driverContext(driverID, region)
	auto, err := s.ld.BoolVariationCtx(
		ctx,
		string(flagkeys.AutoAssign),
		lctx,
		false,
	)
	if err != nil {
		return "", fmt.Errorf("auto-assign flag: %w", err)
	}
	maxParcels, _ := s.ld.IntVariation(flagkeys.MaxParcels, lctx, 120)
	weights, detail, _ := s.ld.JSONVariationDetail("dsp-score-weights", lctx, ldvalue.ObjectBuild().Build())
	_ = detail.Reason

	uctx := ucontext.Context{UserId: driverID, Properties: map[string]string{"region": region}}
	if s.unleash.IsEnabled("dsp-cargo-bikes", unleash.WithContext(uctx)) && region == "ams" {
		return "bike-pool", nil
	}
	if !allOn(s.requiredToggles, s.unleash.IsEnabled) {
		maxParcels = maxParcels * 8 / 10
	}
	if !auto {
		return "", nil
	}
	return pick(parcelID, maxParcels, weights), nil
}
