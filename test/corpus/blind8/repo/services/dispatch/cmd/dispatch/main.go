// Corpus: blind8, parcelpoint dispatch service, entry point
// Source: LaunchDarkly Go server SDK v7 docs (MakeClient, GetFlagTracker, AddFlagValueChangeListener, StringVariationCtx, Close)
package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"time"

	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	ld "github.com/launchdarkly/go-server-sdk/v7"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	client, err := ld.MakeClient(os.Getenv("LD_SDK_KEY"), 5*time.Second)
	if err != nil {
		slog.Error("launchdarkly", "err", err)
		os.Exit(1)
	}
	defer client.Close()

	ops := ldcontext.NewWithKind("service", "dispatch")
	changes := client.GetFlagTracker().AddFlagValueChangeListener("dsp-log-level", ops, ldvalue.String("info"))
	go func() {
		for ev := range changes {
			slog.Info("log level changed", "to", ev.NewValue.StringValue())
		}
	}()

	mode, _ := client.StringVariationCtx(
		ctx,
		"dsp-start-mode",
		ops,
		"normal",
	)
	slog.Info("starting", "mode", mode)
	<-ctx.Done()
}
