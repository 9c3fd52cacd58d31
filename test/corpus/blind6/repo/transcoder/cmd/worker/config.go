// Corpus: blind6, the worker's configuration from the environment with envconfig struct tags.
// Source: kelseyhightower/envconfig docs (struct tags, Process); Go os docs (LookupEnv).
package main

import (
	"os"

	"github.com/kelseyhightower/envconfig"
)

type Config struct {
	QueueURL     string `envconfig:"QUEUE_URL" required:"true"`
	SpotFleet    bool   `envconfig:"FF_GO_SPOT_FLEET" default:"false"`
	AudioNormal  bool   `envconfig:"FF_GO_AUDIO_NORMALIZE"`
	Concurrency  int    `envconfig:"CONCURRENCY" default:"4"`
}

func loadConfig() (Config, error) {
	var c Config
	if err := envconfig.Process("", &c); err != nil {
		return c, err
	}
	if v, ok := os.LookupEnv("FF_GO_THUMB_SPRITES"); ok && v == "1" {
		c.Concurrency *= 2
	}
	return c, nil
}
