// Corpus: blind4 / fulfillment: HTTP handlers whose calls look like flag reads and are not.
// Source: net/http (Header.Get, URL.Query().Get), github.com/spf13/viper (GetBool), log/slog.
package warehouse

import (
	"log/slog"
	"net/http"

	"github.com/spf13/viper"
)

// Debug answers the warehouse's debug settings.
func Debug(w http.ResponseWriter, r *http.Request) {
	override := r.Header.Get("X-Flag-Override")
	strategy := r.URL.Query().Get("fl-assign-strategy")
	verbose := viper.GetBool("fl-split-shipments")
	slog.Info("fl-robot-picking", "override", override, "strategy", strategy, "verbose", verbose)
	w.WriteHeader(http.StatusNoContent)
}
