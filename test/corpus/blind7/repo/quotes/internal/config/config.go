// Corpus: blind7, quotes service (Go): configuration from the environment (os.Getenv, os.LookupEnv, caarlos0/env tags).
// Source: Go os package docs, github.com/caarlos0/env/v11 README (struct tags env:"NAME" envDefault:"...").
package config

import (
	"os"
	"strconv"
	"time"

	"github.com/caarlos0/env/v11"
)

type Config struct {
	ListenAddr    string        `env:"QUOTES_LISTEN_ADDR" envDefault:":8080"`
	CacheTTL      time.Duration `env:"QUOTES_CACHE_TTL" envDefault:"30s"`
	ShadowPricing bool          `env:"FF_QT_SHADOW_PRICING" envDefault:"false"`
	NDCConnector  bool          `env:"FF_QT_NDC_CONNECTOR"`
}

func Load() (Config, error) {
	cfg := Config{}
	if err := env.Parse(&cfg); err != nil {
		return cfg, err
	}
	return cfg, nil
}

func CacheWarmup() bool {
	return os.Getenv("FF_QT_CACHE_WARMUP") == "1"
}

func MaxSegments() int {
	raw, ok := os.LookupEnv("FF_QT_MAX_SEGMENTS")
	if !ok {
		return 6
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		return 6
	}
	return n
}

func Toggle(name string) bool {
	return os.Getenv("FF_QT_"+name) == "true"
}
