// Corpus: blind / gateway flag keys (Go constants of package flags, used by the handlers package)
// Source: github.com/launchdarkly/go-server-sdk/v7 LDClient.BoolVariation(key string, context ldcontext.Context, defaultVal bool) (pkg.go.dev)
package flags

// Key is a LaunchDarkly flag key.
type Key string

const (
	RateLimitV2    Key = "gateway-rate-limit-v2"
	RequestHedging     = "gateway-request-hedging"
)

const CircuitBreaker = "gateway-circuit-breaker"
