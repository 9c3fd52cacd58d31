// Corpus: blind7, quotes service (Go): fare quotes, LaunchDarkly Go server SDK with contexts built by ldcontext builders, and Split.
// Source: github.com/launchdarkly/go-server-sdk/v7 docs (BoolVariation, JSONVariationDetail, AllFlagsState, ldcontext.NewBuilder),
// github.com/splitio/go-client docs (Treatment, TreatmentWithConfig, Treatments with attributes).
package quote

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/launchdarkly/go-server-sdk/v7/interfaces/flagstate"
	"github.com/splitio/go-client/v6/splitio/client"
)

const surchargeFlag = "qt-fuel-surcharge"

type Request struct {
	CustomerID string
	Market     string
	Cabin      string
	Segments   int
	Corporate  bool
}

type Quote struct {
	Base      float64
	Surcharge float64
	Total     float64
	Currency  string
	ValidTill time.Time
}

type Service struct {
	ld     *ld.LDClient
	split  *client.SplitClient
	logger *slog.Logger
	fares  FareSource
}

type FareSource interface {
	Base(ctx context.Context, req Request) (float64, string, error)
}

func NewService(ldClient *ld.LDClient, splitClient *client.SplitClient, fares FareSource, logger *slog.Logger) *Service {
	return &Service{ld: ldClient, split: splitClient, fares: fares, logger: logger}
}

func (s *Service) evalContext(req Request) ldcontext.Context {
	user := ldcontext.NewBuilder(req.CustomerID).
		Kind("user").
		SetString("market", req.Market).
		SetBool("corporate", req.Corporate).
		Build()
	org := ldcontext.NewBuilder("market-" + req.Market).Kind("market").Build()
	return ldcontext.NewMulti(user, org)
}

func (s *Service) Quote(ctx context.Context, req Request) (Quote, error) {
	base, currency, err := s.fares.Base(ctx, req)
	if err != nil {
		return Quote{}, fmt.Errorf("base fare: %w", err)
	}
	evalCtx := s.evalContext(req)

	applySurcharge, err := s.ld.BoolVariation(surchargeFlag, evalCtx, false)
	if err != nil {
		s.logger.Warn("qt-fuel-surcharge evaluation failed", "err", err)
	}

	validity, detail, err := s.ld.JSONVariationDetail(
		"qt-quote-validity",
		evalCtx,
		ldvalue.ObjectBuild().Set("minutes", ldvalue.Int(20)).Build(),
	)
	if err != nil && !errors.Is(err, context.Canceled) {
		s.logger.Warn("validity flag", "reason", detail.Reason.String())
	}

	surcharge := 0.0
	if applySurcharge {
		rate, _ := s.ld.Float64Variation("qt-surcharge-rate", evalCtx, 0.05)
		surcharge = base * rate
	}
	minutes := validity.GetByKey("minutes").IntValue()
	return Quote{
		Base:      base,
		Surcharge: surcharge,
		Total:     base + surcharge,
		Currency:  currency,
		ValidTill: time.Now().Add(time.Duration(minutes) * time.Minute),
	}, nil
}

func (s *Service) ClientBootstrap(req Request) map[string]any {
	state := s.ld.AllFlagsState(s.evalContext(req), flagstate.OptionClientSideOnly())
	out := map[string]any{"valid": state.IsValid()}
	if v, ok := state.GetValue("qt-seat-upsell"); ok {
		out["seatUpsell"] = v.BoolValue()
	}
	return out
}

func (s *Service) FareRules(req Request) (string, map[string]string) {
	attributes := map[string]interface{}{"market": req.Market, "cabin": req.Cabin, "segments": req.Segments}
	rules := s.split.TreatmentWithConfig(req.CustomerID, "qt_fare_rules_v2", attributes)
	treatments := s.split.Treatments(
		req.CustomerID,
		[]string{"qt_baggage_bundle", "qt_flexible_dates"},
		attributes,
	)
	config := ""
	if rules.Config != nil {
		config = *rules.Config
	}
	return config, map[string]string{
		"baggage":  treatments["qt_baggage_bundle"],
		"flexible": treatments["qt_flexible_dates"],
		"layout":   s.split.Treatment(req.CustomerID, "qt_results_layout", attributes),
	}
}

func (s *Service) MarketFlag(req Request, name string) bool {
	on, _ := s.ld.BoolVariation("qt-market-"+name, s.evalContext(req), false)
	return on
}
