// Corpus: blind8, parcelpoint dispatch service, driver assignment
// Source: LaunchDarkly Go server SDK v7 docs (BoolVariationCtx, IntVariation, JSONVariationDetail, ldcontext.NewBuilder); Unleash Go SDK docs (IsEnabled with WithContext)
package assign

import (
	"context"
	"fmt"

	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"

	"github.com/parcelpoint/dispatch/internal/flagkeys"
)

// Service assigns parcels to drivers.
type Service struct {
	ld *ld.LDClient
}

func driverContext(driverID, region string) ldcontext.Context {
	return ldcontext.NewBuilder(driverID).
		Kind("driver").
		SetString("region", region).
		Build()
}

// Assign picks a driver for a parcel.
func (s *Service) Assign(ctx context.Context, parcelID, driverID, region string) (string, error) {
	lctx := driverContext(driverID, region)
	auto, err := s.ld.BoolVariationCtx(ctx, string(flagkeys.AutoAssign), lctx, false)
	if err != nil {
		return "", fmt.Errorf("auto-assign flag: %w", err)
	}
	maxParcels, _ := s.ld.IntVariation(flagkeys.MaxParcels, lctx, 120)
	legacy, _ := s.ld.BoolVariation("dsp-legacy-scoring", lctx, false)
	if !auto {
		return "", nil
	}
	return pickLegacy(parcelID, maxParcels, legacy), nil
}
