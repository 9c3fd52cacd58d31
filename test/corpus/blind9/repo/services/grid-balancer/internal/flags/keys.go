// Corpus: blind9, brightgrid grid balancer (Go), flag keys
// Source: Go typed string constants; evaluated by the balancer package
package flags

// Key names a flag of the balancer.
type Key string

const (
	FrequencyResponse Key = "grid-frequency-response"
	BatteryArbitrage  Key = "grid-battery-arbitrage"
)

const DemandTurnUp = "grid-demand-turn-up"
