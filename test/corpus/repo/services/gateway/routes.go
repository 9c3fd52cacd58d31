// Corpus: gateway service (Go), LaunchDarkly, Unleash, Split and Statsig server SDKs, gofmt-formatted.
// Source: github.com/launchdarkly/go-server-sdk/v7 LDClient (BoolVariation(key, context, defaultVal), IntVariationCtx(ctx, key, context, defaultVal), JSONVariationDetail(key, context, defaultVal)), github.com/Unleash/unleash-client-go/v4 (IsEnabled(feature, options...), GetVariant(feature, options...)), github.com/splitio/go-client/v6 SplitClient (Treatment(key, featureFlagName, attributes), Treatments(key, featureFlagNames, attributes)), github.com/statsig-io/go-sdk (CheckGate(user, gate), GetConfig(user, config), GetExperiment(user, experiment), GetLayer(user, layer)).
package gateway

import (
	"context"
	"net/http"

	"github.com/Unleash/unleash-client-go/v4"
	ucontext "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/splitio/go-client/v6/splitio/client"
	statsig "github.com/statsig-io/go-sdk"
)

const usage = `Routes are toggled with client.BoolVariation("gateway-docs-example", ...) in LaunchDarkly.`

type Router struct {
	ld    *ld.LDClient
	split *client.SplitClient
}

func (r *Router) Routes(ctx context.Context, req *http.Request, userID, toggle string) (map[string]any, error) {
	showBeta, err := r.ld.BoolVariation(
		"gateway-beta-routes",
		ldcontext.NewBuilder(userID).Kind("user").Build(),
		false,
	)
	if err != nil {
		return nil, err
	}
	ldCtx := ldcontext.New(userID)
	limit, _ := r.ld.IntVariationCtx(ctx, "gateway-rate-limit", ldCtx, 100)
	cors, detail, _ := r.ld.JSONVariationDetail("gateway-cors", ldCtx, ldvalue.Null())

	uctx := ucontext.Context{UserId: userID, Properties: map[string]string{"path": req.URL.Path}}
	maintenance := unleash.IsEnabled("gateway.maintenance", unleash.WithContext(uctx), unleash.WithFallback(false))
	variant := unleash.GetVariant(
		"gateway-cache-variant",
		unleash.WithVariantContext(uctx),
	)
	custom := unleash.IsEnabled(toggle, unleash.WithContext(uctx))

	canary := r.split.Treatment(userID, "gateway_canary", nil)
	protocols := r.split.Treatments(userID, []string{
		"gateway_http3",
		"gateway_brotli",
	}, map[string]interface{}{"path": req.URL.Path})
	http3 := protocols["gateway_http3"] == "on"

	user := statsig.User{UserID: userID, Email: req.Header.Get("X-Email")}
	waf := statsig.CheckGate(statsig.User{UserID: userID, Custom: map[string]interface{}{"edge": true}}, "gateway_waf")
	timeouts := statsig.GetConfig(user, "gateway_timeouts")
	lb := statsig.GetExperiment(
		user,
		"gateway_lb_algo",
	)
	layer := statsig.GetLayer(user, "gateway_layer")

	return map[string]any{
		"beta": showBeta, "limit": limit, "cors": cors, "reason": detail.Reason,
		"maintenance": maintenance, "variant": variant.Name, "custom": custom,
		"canary": canary, "http3": http3, "waf": waf, "timeouts": timeouts.Value,
		"lb": lb.GetString("algo", "round-robin"), "layer": layer.Name,
	}, nil
}
