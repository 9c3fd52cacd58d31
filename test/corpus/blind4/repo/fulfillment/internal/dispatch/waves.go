// Corpus: blind4 / fulfillment (round 2): if-with-initializer calls and OpenFeature detail calls.
// Source: go-server-sdk/v7 (BoolVariation, StringVariationDetail), open-feature/go-sdk (Client.BooleanValueDetails(ctx, flag, default, evalCtx)).
package dispatch

import (
	"context"

	"github.com/open-feature/go-sdk/openfeature"

	"example.com/fulfillment/internal/flags"
)

// PlanWave decides how a picking wave is built.
func (s *Service) PlanWave(ctx context.Context) string {
	ldCtx := flags.FromContext(ctx)
	if on, err := s.flags.LD.BoolVariation("fl-wave-merging", ldCtx, false); err == nil && on {
		return "merged"
	}
	mode, _, _ := s.flags.LD.StringVariationDetail("fl-wave-mode", ldCtx, "zone")
	details, err := s.flags.OF.BooleanValueDetails(
		ctx,
		"fl-wave-priority-lanes",
		false,
		openfeature.EvaluationContext{},
	)
	if err != nil || !details.Value {
		return mode
	}
	return mode + "+priority"
}
