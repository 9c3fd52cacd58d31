// Corpus: blind5 (issue 14), HTTP handlers: Ctx variants with the request context, a switch initializer, a goroutine.
// Source: go-server-sdk v7 (BoolVariationCtx, StringVariation); net/http handlers; OpenFeature go-sdk (IntValue).
package httpapi

import (
	"net/http"

	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/open-feature/go-sdk/openfeature"
)

type Handlers struct {
	LD *ld.LDClient
	OF *openfeature.Client
}

func (h *Handlers) Quote(w http.ResponseWriter, r *http.Request) {
	c := ldcontext.New(r.Header.Get("X-Rider"))
	if on, _ := h.LD.BoolVariationCtx(r.Context(), "ds-quote-cache", c, false); on {
		w.Header().Set("Cache-Control", "max-age=30")
	}
	switch v, _ := h.LD.StringVariation("ds-quote-format", c, "json"); v {
	case "csv":
		w.Header().Set("Content-Type", "text/csv")
	default:
		w.Header().Set("Content-Type", "application/json")
	}
	go func() {
		limit, _ := h.OF.IntValue(r.Context(), "ds-quote-prefetch-limit", 10, openfeature.EvaluationContext{})
		_ = limit
	}()
	_ = r.URL.Query().Get("ds-not-a-flag")
	w.WriteHeader(http.StatusOK)
}
