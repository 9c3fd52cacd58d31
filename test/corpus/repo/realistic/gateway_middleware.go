// Corpus: an API gateway middleware (Go) with several SDKs, gofmt-wrapped calls, const keys and struct fields holding the clients.
// Source: github.com/launchdarkly/go-server-sdk/v7 ((*LDClient).BoolVariation(key, context,
// defaultVal) (bool, error), StringVariationDetail); github.com/Unleash/unleash-client-go/v4
// (unleash.IsEnabled(feature, options...), unleash.WithContext);
// github.com/open-feature/go-sdk/openfeature ((*Client).BooleanValue(ctx, flag, defaultValue,
// evalCtx, options...)); github.com/configcat/go-sdk/v9 ((*Client).GetBoolValue(key, defaultValue,
// user)); github.com/statsig-io/go-sdk (statsig.CheckGate(user, gate), statsig.GetExperiment(user,
// experiment)).
package gateway

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/Unleash/unleash-client-go/v4"
	unleashctx "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/configcat/go-sdk/v9"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/open-feature/go-sdk/openfeature"
	"github.com/statsig-io/go-sdk"
)

const (
	rateLimitFlag = "gateway-rate-limit-v2"
	corsFlag      = "gateway-strict-cors"
)

type Middleware struct {
	ld       *ld.LDClient
	features *openfeature.Client
	cc       *configcat.Client
	logger   *slog.Logger
}

type Config struct {
	Region *string
}

func (m *Middleware) Handle(ctx context.Context, r *http.Request, cfg Config) error {
	user := ldcontext.NewBuilder(r.Header.Get("X-User")).Kind("user").Build()
	limited, err := m.ld.BoolVariation(rateLimitFlag, user, false)
	if err != nil {
		return err
	}
	strict, _ := m.ld.BoolVariation(
		corsFlag,
		user,
		false,
	)
	mode, _, _ := m.ld.StringVariationDetail("gateway-routing-mode", user, "classic")
	uctx := unleashctx.Context{UserId: r.Header.Get("X-User")}
	logged := unleash.IsEnabled("gateway-request-log", unleash.WithContext(uctx))
	push, _ := m.features.BooleanValue(
		ctx,
		"gateway-http2-push",
		false,
		openfeature.EvaluationContext{},
	)
	compress := m.cc.GetBoolValue("gateway_compression", false, nil)
	waf := statsig.CheckGate(statsig.User{UserID: r.Header.Get("X-User")}, "gateway_waf_rules")
	ttl := statsig.GetExperiment(
		statsig.User{UserID: r.Header.Get("X-User")},
		"gateway_cache_ttl",
	)
	shadowKey := "gateway-shadow-traffic"
	shadow, _ := m.ld.BoolVariation(shadowKey, user, false)
	name := r.Header.Get("X-Flag")
	dynamic, _ := m.ld.BoolVariation(name, user, false)
	regional, _ := m.ld.BoolVariation("gateway-region-"+r.Header.Get("X-Region"), user, false)

	// Look-alikes: slog's level check, AWS's pointer helpers.
	if m.logger.Enabled(ctx, slog.LevelDebug) {
		m.logger.Debug("gateway-rate-limit-v2", "on", limited)
	}
	region := aws.StringValue(cfg.Region)
	_ = []any{shadow, strict, mode, logged, push, compress, waf, ttl, dynamic, regional, region}
	return nil
}
