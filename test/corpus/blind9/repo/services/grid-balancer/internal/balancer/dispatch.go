// Corpus: blind9, brightgrid grid balancer (Go), dispatch through interfaces
// Source: github.com/open-feature/go-sdk/openfeature (Client.BooleanValue(ctx, key, default, evalCtx), StringValue, IntValue, NewEvaluationContext) and github.com/Unleash/unleash-client-go/v4 (IsEnabled, GetVariant, WithContext)
package balancer

import (
	"context"

	"github.com/Unleash/unleash-client-go/v4"
	ucontext "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/brightgrid/grid-balancer/internal/flags"
	"github.com/open-feature/go-sdk/openfeature"
)

// FlagReader is what dispatch needs from OpenFeature; tests hand in a fake.
type FlagReader interface {
	BooleanValue(ctx context.Context, flag string, defaultValue bool, evalCtx openfeature.EvaluationContext, options ...openfeature.Option) (bool, error)
	StringValue(ctx context.Context, flag string, defaultValue string, evalCtx openfeature.EvaluationContext, options ...openfeature.Option) (string, error)
}

// Dispatcher sends set points to home batteries.
type Dispatcher struct {
	flags FlagReader
	of    *openfeature.Client
}

// NewDispatcher wires the OpenFeature client in.
func NewDispatcher(client *openfeature.Client) *Dispatcher {
	return &Dispatcher{flags: client, of: client}
}

// Send dispatches one set point.
func (d *Dispatcher) Send(ctx context.Context, siteID string, kw float64) error {
	evalCtx := openfeature.NewEvaluationContext(siteID, map[string]any{"fleet": "home-battery"})

	turnUp, err := d.flags.BooleanValue(ctx, flags.DemandTurnUp, false, evalCtx)
	if err != nil {
		return err
	}
	protocol, _ := d.flags.StringValue(
		ctx,
		"grid-dispatch-protocol",
		"modbus",
		evalCtx,
	)
	retries, _ := d.of.IntValue(ctx, "grid-dispatch-retries", 3, evalCtx)

	uctx := ucontext.Context{UserId: siteID, Properties: map[string]string{"fleet": "home-battery"}}
	if unleash.IsEnabled("grid_soft_start", unleash.WithContext(uctx)) {
		kw = kw / 2
	}
	variant := unleash.GetVariant("grid_setpoint_rounding", unleash.WithVariantContext(uctx))

	_ = turnUp
	_ = protocol
	_ = retries
	_ = variant
	return nil
}

// Enabled answers any boolean flag of the dispatcher by name (the ops console asks).
func (d *Dispatcher) Enabled(ctx context.Context, key string) bool {
	on, _ := d.of.BooleanValue(ctx, key, false, openfeature.EvaluationContext{})
	return on
}
