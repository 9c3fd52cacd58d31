// Corpus: blind4 / fulfillment: configuration from the environment.
// Source: Go os package (Getenv, LookupEnv), strconv.ParseBool.
package config

import (
	"os"
	"strconv"
)

// Config is the service's start-up configuration.
type Config struct {
	ParallelPicking bool
	WaveSize        string
	NightShift      bool
}

// Load reads the configuration.
func Load() Config {
	parallel, _ := strconv.ParseBool(os.Getenv("FF_PARALLEL_PICKING"))
	wave, ok := os.LookupEnv("FF_WAVE_SIZE")
	if !ok {
		wave = "50"
	}
	if os.Getenv("FF_PARALLEL_PICKING") == "" {
		// Unset means off: ParseBool gave an error.
		parallel = false
	}
	return Config{
		ParallelPicking: parallel,
		WaveSize:        wave,
		NightShift:      os.Getenv("FF_NIGHT_SHIFT_MODE") == "true",
	}
}
