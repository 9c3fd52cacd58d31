// Corpus: blind5 (issue 14), driver assignment with the LaunchDarkly Go SDK held in a struct field.
// Source: go-server-sdk v7 docs (BoolVariation, StringVariationDetail, JSONVariationCtx, IntVariation); Go method values.
package assign

import (
	"context"

	"example.com/dispatch/internal/flags"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	ld "github.com/launchdarkly/go-server-sdk/v7"
)

type Service struct {
	ld *ld.LDClient
}

func (s *Service) Assign(ctx context.Context, driverID string, zone string) (int, error) {
	c := ldcontext.NewBuilder(driverID).SetString("zone", zone).Build()
	batch, _ := s.ld.BoolVariation(flags.BatchAssign, c, false)
	radius, _ := s.ld.IntVariation(flags.DriverRadius, c, 5)
	eval := s.ld.BoolVariation
	pooled, _ := eval("ds-pooled-rides", c, false)
	raw, _ := s.ld.BoolVariation(`ds-raw-zone-lock`, c, false)
	source, detail, err := s.ld.StringVariationDetail(
		"ds-eta-source",
		c,
		"osrm",
	)
	if err != nil {
		return 0, err
	}
	zoneCfg, _ := s.ld.JSONVariationCtx(ctx, "ds-zone-config", c, ldvalue.Null())
	_ = detail.Reason
	if batch && pooled && !raw && source != "" && zoneCfg.IsNull() {
		return radius * 2, nil
	}
	return radius, nil
}
