// Corpus: blind5 (issue 14), Unleash and OpenFeature in Go, next to the standard flag package and viper.
// Source: unleash-client-go v4 (unleash.IsEnabled with options, GetVariant); go-sdk openfeature (BooleanValue, StringValueDetails).
package assign

import (
	"context"
	"flag"

	"github.com/Unleash/unleash-client-go/v4"
	ucontext "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/open-feature/go-sdk/openfeature"
	"github.com/spf13/viper"
)

var verbose = flag.Bool("verbose", false, "log every assignment")
var nightMode = flag.String("night-mode", "auto", "force the night mode")

func NightMode(ctx context.Context, driverID string) bool {
	on := unleash.IsEnabled("ds-night-mode", unleash.WithContext(ucontext.Context{UserId: driverID}), unleash.WithFallback(false))
	variant := unleash.GetVariant("ds-map-style")
	return on && variant.Enabled && viper.GetBool("dispatch.night.enabled") && *nightMode != "off"
}

func EtaModel(ctx context.Context, client *openfeature.Client, evalCtx openfeature.EvaluationContext) (bool, string) {
	v2, _ := client.BooleanValue(ctx, "ds-eta-model-v2", false, evalCtx)
	details, _ := client.StringValueDetails(ctx, "ds-eta-units", "km", evalCtx)
	if *verbose {
		println(flag.Lookup("verbose").Value.String())
	}
	return v2, details.Value
}
