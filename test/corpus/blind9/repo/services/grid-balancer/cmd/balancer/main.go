// Corpus: blind9, brightgrid grid balancer (Go), main
// Source: github.com/Flagsmith/flagsmith-go-client/v4 (NewClient, GetEnvironmentFlags(ctx), Flags.IsFeatureEnabled, GetFeatureValue), github.com/growthbook/growthbook-golang (Client.EvalFeature(ctx, key)), github.com/configcat/go-sdk/v9 (Client.GetBoolValue, GetIntValue) and github.com/devcyclehq/go-server-sdk/v2 (Client.VariableValue, Variable)
package main

import (
	"context"
	"log"
	"os"
	"time"

	flagsmith "github.com/Flagsmith/flagsmith-go-client/v4"
	"github.com/brightgrid/grid-balancer/internal/balancer"
	configcat "github.com/configcat/go-sdk/v9"
	devcycle "github.com/devcyclehq/go-server-sdk/v2"
	gb "github.com/growthbook/growthbook-golang"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	fs := flagsmith.NewClient(os.Getenv("FLAGSMITH_SERVER_KEY"))
	envFlags, err := fs.GetEnvironmentFlags(ctx)
	if err != nil {
		log.Fatal(err)
	}
	shadowMode, _ := envFlags.IsFeatureEnabled("grid_shadow_mode")
	tickSeconds, _ := envFlags.GetFeatureValue("grid_tick_seconds")

	growth, _ := gb.NewClient(ctx, gb.WithClientKey(os.Getenv("GROWTHBOOK_CLIENT_KEY")))
	forecast := growth.EvalFeature(ctx, "grid-solar-forecast")

	cc := configcat.NewClient(os.Getenv("CONFIGCAT_SDK_KEY"))
	user := &configcat.UserData{Identifier: "balancer", Country: "GB"}
	weekendMode := cc.GetBoolValue("gridWeekendMode", false, user)
	maxSites := cc.GetIntValue(
		"gridMaxSitesPerTick",
		5000,
		user,
	)

	dvc, _ := devcycle.NewClient(os.Getenv("DEVCYCLE_SERVER_SDK_KEY"), &devcycle.Options{})
	dvcUser := devcycle.User{UserId: "balancer"}
	nightCharge, _ := dvc.VariableValue(dvcUser, "grid-night-charge", false)

	// cc.GetBoolValue("gridLegacyScheduler", false, user) stays off until the winter freeze ends

	b := balancer.New(balancer.WithTick(time.Duration(asInt(tickSeconds, 30)) * time.Second))
	log.Printf("balancer up: shadow=%v forecast=%v weekend=%v maxSites=%d night=%v %p", shadowMode, forecast.On, weekendMode, maxSites, nightCharge, b)
}

func asInt(value interface{}, fallback int) int {
	if n, ok := value.(float64); ok {
		return int(n)
	}
	return fallback
}
