// Corpus: blind / gateway middleware, negatives (command-line flags, viper config, logging) that look like flag SDK calls
// Source: Go standard library flag.Bool / flag.String (pkg.go.dev/flag); github.com/spf13/viper GetBool / GetString; log/slog Logger.Enabled
package handlers

import (
	"context"
	"flag"
	"log/slog"
	"net/http"

	"github.com/spf13/viper"
)

var (
	verbose     = flag.Bool("gateway-cart-merge", false, "log cart merges")
	listenAddr  = flag.String("listen", ":8080", "address to listen on")
	enableTrace = flag.Bool("enable-trace", false, "trace requests")
)

type Middleware struct {
	logger *slog.Logger
}

func (m *Middleware) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if m.logger.Enabled(context.Background(), slog.LevelDebug) {
			m.logger.Debug("gateway-semantic-search request", "path", r.URL.Path)
		}
		if viper.GetBool("features.gateway-guest-checkout") && *verbose {
			m.logger.Info("guest checkout configured", "listen", *listenAddr, "trace", *enableTrace)
		}
		cfg := viper.GetString("pricing.rounding")
		w.Header().Set("X-Rounding", cfg)
		next.ServeHTTP(w, r)
	})
}
