// Corpus: blind4 / fulfillment: the service's flag clients, held in a struct and passed by context.
// Source: github.com/launchdarkly/go-server-sdk/v7 (LDClient.BoolVariation(key, ldcontext.Context, bool)), github.com/open-feature/go-sdk/openfeature (Client.BooleanValue).
package flags

import (
	"context"

	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/open-feature/go-sdk/openfeature"
)

type ctxKey struct{}

// Clients holds every SDK client the service uses.
type Clients struct {
	LD *ld.LDClient
	OF *openfeature.Client
}

// WithContext stores the LaunchDarkly context for a request.
func WithContext(ctx context.Context, c ldcontext.Context) context.Context {
	return context.WithValue(ctx, ctxKey{}, c)
}

// FromContext returns the request's LaunchDarkly context, or an anonymous one.
func FromContext(ctx context.Context) ldcontext.Context {
	if c, ok := ctx.Value(ctxKey{}).(ldcontext.Context); ok {
		return c
	}
	return ldcontext.NewBuilder("anonymous").Anonymous(true).Build()
}

// Enabled evaluates a boolean flag named by the caller.
func (c *Clients) Enabled(ctx context.Context, key string) bool {
	on, err := c.LD.BoolVariation(key, FromContext(ctx), false)
	return err == nil && on
}
