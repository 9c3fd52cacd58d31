// Corpus: gateway service (Go), PostHog, GrowthBook, OpenFeature, ConfigCat and DevCycle SDKs and environment flags.
// Source: github.com/posthog/posthog-go (IsFeatureEnabled(FeatureFlagPayload), GetFeatureFlag(FeatureFlagPayload)), github.com/growthbook/growthbook-golang (GrowthBook.Feature(key), Client.EvalFeature(ctx, key)), github.com/open-feature/go-sdk/openfeature IClient (BooleanValue(ctx, flag, defaultValue, evalCtx), Boolean(ctx, flag, defaultValue, evalCtx), StringValueDetails(ctx, flag, defaultValue, evalCtx)), github.com/configcat/go-sdk/v9 (Client.GetBoolValue(key, defaultValue, user), Snapshot.GetValue(key), configcat.Bool(key, default)), github.com/devcycleHQ/go-server-sdk/v2 (Client.Variable(user, key, defaultValue), VariableValue(user, key, defaultValue)), os.Getenv, os.LookupEnv.
package gateway

import (
	"context"
	"os"
	"strings"

	configcat "github.com/configcat/go-sdk/v9"
	devcycle "github.com/devcycleHQ/go-server-sdk/v2"
	gbclient "github.com/growthbook/growthbook-golang"
	"github.com/open-feature/go-sdk/openfeature"
	"github.com/posthog/posthog-go"
)

var shadowFlag = configcat.Bool("gatewayShadow", false)

type Edge struct {
	posthog  posthog.Client
	gb       *gbclient.GrowthBook
	gbClient *gbclient.Client
	of       *openfeature.Client
	cc       *configcat.Client
	dvc      *devcycle.Client
}

func (e *Edge) Decide(ctx context.Context, userID, feature string) map[string]any {
	newAuth, _ := e.posthog.IsFeatureEnabled(
		posthog.FeatureFlagPayload{
			Key:        "gateway-new-auth",
			DistinctId: userID,
		},
	)
	authVariant, _ := e.posthog.GetFeatureFlag(posthog.FeatureFlagPayload{Key: "gateway-auth-variant", DistinctId: userID})

	compression := e.gb.Feature("gateway-compression").On
	geo := e.gbClient.EvalFeature(ctx, "gateway-geo-block")

	evalCtx := openfeature.NewEvaluationContext(userID, map[string]any{"tier": "edge"})
	strictTLS, _ := e.of.BooleanValue(
		ctx,
		"gateway-strict-tls",
		false,
		evalCtx,
	)
	retryBudget := e.of.Boolean(ctx, "gateway-retry-budget", false, evalCtx)
	cipher, _ := e.of.StringValueDetails(ctx, "gateway-cipher-suite", "modern", evalCtx)
	dynamicFlag, _ := e.of.BooleanValue(ctx, feature, false, evalCtx)

	user := &configcat.UserData{Identifier: userID}
	mirror := e.cc.GetBoolValue("gatewayMirror", false, user)
	logLevel := e.cc.Snapshot(user).GetValue("gatewayLogLevel")
	shadow := shadowFlag.Get(e.cc.Snapshot(user))

	dvcUser := devcycle.User{UserId: userID}
	headerSize, _ := e.dvc.Variable(dvcUser, "gateway-header-size", 8192)
	keepAlive, _ := e.dvc.VariableValue(
		dvcUser,
		"gateway-keepalive",
		true,
	)

	debug := os.Getenv("FF_GATEWAY_DEBUG") == "1"
	_, pprof := os.LookupEnv("FF_GATEWAY_PPROF")
	named := os.Getenv("FF_" + strings.ToUpper(feature))

	return map[string]any{
		"newAuth": newAuth, "authVariant": authVariant, "compression": compression, "geo": geo.Value,
		"strictTLS": strictTLS, "retryBudget": retryBudget, "cipher": cipher.Value, "dynamic": dynamicFlag,
		"mirror": mirror, "logLevel": logLevel, "shadow": shadow, "headerSize": headerSize.Value,
		"keepAlive": keepAlive, "debug": debug, "pprof": pprof, "named": named,
	}
}
