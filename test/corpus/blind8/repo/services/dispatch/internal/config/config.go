// Corpus: blind8, parcelpoint dispatch service, configuration from the environment
// Source: caarlos0/env docs (struct tags env, envDefault); Go os package docs (Getenv, LookupEnv)
package config

import (
	"os"
	"strconv"

	"github.com/caarlos0/env/v11"
)

// Config is read once at start-up.
type Config struct {
	Port          int    `env:"PORT" envDefault:"8080"`
	ShadowRouting bool   `env:"FF_DSP_SHADOW_ROUTING" envDefault:"false"`
	GeoProvider   string `env:"FF_DSP_GEO_PROVIDER" envDefault:"osm"`
}

// Load reads the environment.
func Load() (Config, error) {
	var c Config
	if err := env.Parse(&c); err != nil {
		return c, err
	}
	return c, nil
}

// PanicButton is the ops kill switch for automatic assignment.
func PanicButton() bool {
	v, ok := os.LookupEnv("FF_DSP_PANIC_BUTTON")
	return ok && v == "1"
}

// ScanBatch is how many scans one worker takes.
func ScanBatch() int {
	n, err := strconv.Atoi(os.Getenv("FF_DSP_SCAN_BATCH"))
	if err != nil {
		return 50
	}
	return n
}

// HubOverride lets a hub be forced by name, e.g. FF_DSP_HUB_AMS.
func HubOverride(hub string) string {
	return os.Getenv("FF_DSP_HUB_" + hub)
}
