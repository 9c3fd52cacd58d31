// Corpus: blind4 / fulfillment: dispatch, with the clients in a struct field and the context passed down.
// Source: go-server-sdk/v7 (BoolVariation, IntVariation, StringVariation, JSONVariationDetail), open-feature/go-sdk (BooleanValue, StringValue, IntValue, ObjectValue).
package dispatch

import (
	"context"
	"fmt"

	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	"github.com/open-feature/go-sdk/openfeature"

	"example.com/fulfillment/internal/flags"
)

// Service assigns parcels to warehouses.
type Service struct {
	flags *flags.Clients
	evals openfeature.EvaluationContext
}

// New builds a Service.
func New(f *flags.Clients) *Service {
	return &Service{flags: f, evals: openfeature.NewEvaluationContext("fulfillment", nil)}
}

// Assign picks a warehouse for an order.
func (s *Service) Assign(ctx context.Context, orderID string, zone string) (string, error) {
	ldCtx := flags.FromContext(ctx)
	split, _ := s.flags.LD.BoolVariation("fl-split-shipments", ldCtx, false)
	maxHops, err := s.flags.LD.IntVariation(
		"fl-max-warehouse-hops",
		ldCtx,
		2,
	)
	if err != nil {
		return "", fmt.Errorf("hops: %w", err)
	}
	// old, _ := s.flags.LD.BoolVariation("fl-legacy-router", ldCtx, false)
	strategy, _ := s.flags.LD.StringVariation("fl-assign-strategy", ldCtx, "nearest")
	weights, detail, _ := s.flags.LD.JSONVariationDetail(
		"fl-zone-weights", ldCtx, ldvalue.ObjectBuild().Set("default", ldvalue.Int(1)).Build(),
	)
	_ = detail

	robots, _ := s.flags.OF.BooleanValue(ctx, "fl-robot-picking", false, s.evals)
	label, _ := s.flags.OF.StringValue(
		ctx,
		"fl-label-format",
		"zpl",
		openfeature.NewEvaluationContext(orderID, map[string]any{"zone": zone}),
	)
	batch, _ := s.flags.OF.IntValue(ctx, "fl-pick-batch-size", 12, s.evals)
	rules, _ := s.flags.OF.ObjectValue(ctx, "fl-cutoff-rules", map[string]any{"sameDay": "14:00"}, s.evals)

	if s.flags.Enabled(ctx, "fl-cold-chain") {
		return "cold-" + zone, nil
	}
	return fmt.Sprintf("%s/%v/%d/%v/%s/%d/%v/%v", strategy, split, maxHops, weights, label, batch, robots, rules), nil
}
