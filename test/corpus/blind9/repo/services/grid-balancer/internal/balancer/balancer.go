// Corpus: blind9, brightgrid grid balancer (Go), the balancer with functional options
// Source: github.com/launchdarkly/go-server-sdk/v7 (LDClient.BoolVariationCtx, IntVariation, Float64Variation, JSONVariation) and ldcontext.NewBuilder
package balancer

import (
	"context"
	"time"

	"github.com/brightgrid/grid-balancer/internal/flags"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	ld "github.com/launchdarkly/go-server-sdk/v7"
)

// Option configures a Balancer.
type Option func(*Balancer)

// WithLaunchDarkly hands the balancer its flag client.
func WithLaunchDarkly(client *ld.LDClient) Option {
	return func(b *Balancer) { b.ld = client }
}

// WithTick sets how often the balancer runs.
func WithTick(every time.Duration) Option {
	return func(b *Balancer) { b.tick = every }
}

// Balancer decides how the fleet of home batteries answers the grid.
type Balancer struct {
	ld   *ld.LDClient
	tick time.Duration
}

// New builds a Balancer from its options.
func New(opts ...Option) *Balancer {
	b := &Balancer{tick: 30 * time.Second}
	for _, opt := range opts {
		opt(b)
	}
	return b
}

// Plan answers one frequency event for a site.
func (b *Balancer) Plan(ctx context.Context, siteID string, hz float64) (float64, error) {
	site := ldcontext.NewBuilder(siteID).Kind("site").SetString("dno", "ukpn").Build()

	respond, err := b.ld.BoolVariationCtx(ctx, string(flags.FrequencyResponse), site, false)
	if err != nil || !respond {
		return 0, err
	}
	arbitrage, _ := b.ld.BoolVariationCtx(
		ctx,
		string(flags.BatteryArbitrage),
		site,
		false,
	)
	reserve, _ := b.ld.IntVariation("grid-battery-reserve-pct", site, 20)
	gain, _ := b.ld.Float64Variation(
		"grid-droop-gain",
		site,
		0.4,
	)
	limits, _ := b.ld.JSONVariation("grid-export-limits", site, ldvalue.Null())

	export := gain * (50.0 - hz) * float64(100-reserve)
	if arbitrage {
		export *= 1.1
	}
	if max := limits.GetByKey("max_kw").Float64Value(); max > 0 && export > max {
		export = max
	}
	return export, nil
}
