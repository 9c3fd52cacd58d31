// Corpus: blind3 gateway, a Go HTTP server holding SDK clients in struct fields (methods with receivers).
// Source: github.com/launchdarkly/go-server-sdk/v7 LDClient (BoolVariation, StringVariationCtx, JSONVariation); github.com/Unleash/unleash-client-go/v4 Client.IsEnabled; github.com/open-feature/go-sdk/openfeature Client.BooleanValue.
package server

import (
	"context"
	"net/http"

	"github.com/Unleash/unleash-client-go/v4"
	unleashctx "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/open-feature/go-sdk/openfeature"
)

const (
	flagRateLimitV2 = "gw-rate-limit-v2"
	flagCircuitOpen = "gw-circuit-breaker"
)

type Server struct {
	ld      *ld.LDClient
	toggles *unleash.Client
	of      *openfeature.Client
	mux     *http.ServeMux
}

func New(ldClient *ld.LDClient, toggles *unleash.Client) *Server {
	return &Server{ld: ldClient, toggles: toggles, of: openfeature.NewClient("gateway"), mux: http.NewServeMux()}
}

func (s *Server) userContext(r *http.Request) ldcontext.Context {
	return ldcontext.NewBuilder(r.Header.Get("X-User-ID")).
		Kind("user").
		SetString("region", r.Header.Get("X-Region")).
		Build()
}

func (s *Server) handleProxy(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	// legacy, _ := s.ld.BoolVariation("gw-legacy-auth", user, false)
	user := s.userContext(r)
	v2, _ := s.ld.BoolVariation(flagRateLimitV2, user, false)
	upstream, _ := s.ld.StringVariationCtx(ctx, "gw-upstream-pool", user, "blue")
	headers, _ := s.ld.JSONVariation(
		"gw-extra-headers",
		user,
		ldvalue.ObjectBuild().Build(),
	)
	breaker := s.toggles.IsEnabled(flagCircuitOpen, unleash.WithContext(unleashctx.Context{
		UserId: r.Header.Get("X-User-ID"),
	}))
	compress := s.toggles.IsEnabled(
		"gw-gzip-responses",
		unleash.WithFallback(true),
	)
	tracing, _ := s.of.BooleanValue(
		ctx,
		"gw-distributed-tracing",
		false,
		openfeature.NewEvaluationContext(r.Header.Get("X-User-ID"), map[string]any{
			"path": r.URL.Path,
		}),
	)
	_ = []any{v2, upstream, headers, breaker, compress, tracing}
	w.WriteHeader(http.StatusOK)
}

func (s *Server) enabledRoutes(ctx context.Context, user ldcontext.Context) []string {
	var out []string
	for _, key := range []string{"gw-route-orders", "gw-route-search"} {
		if on, _ := s.ld.BoolVariationCtx(ctx, key, user, false); on {
			out = append(out, key)
		}
	}
	return out
}
