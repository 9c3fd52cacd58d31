// Corpus: blind5 (issue 14), the dispatch service's flag keys and environment switches.
// Source: caarlos0/env README (struct tags `env:"NAME" envDefault:"..."`, env.Parse); Go const blocks.
package flags

import "github.com/caarlos0/env/v11"

const (
	DriverRadius = "ds-driver-radius"
	BatchAssign  = "ds-batch-assign"
)

// Switches are read from the environment once at start-up.
type Switches struct {
	FastLane   bool   `env:"FF_FAST_LANE" envDefault:"false"`
	SurgeZones string `env:"FF_SURGE_ZONES" envDefault:""`
	LogLevel   string `env:"LOG_LEVEL" envDefault:"info"`
}

func LoadSwitches() (Switches, error) {
	var s Switches
	err := env.Parse(&s)
	return s, err
}
