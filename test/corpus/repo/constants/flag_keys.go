// Corpus: flag keys held in Go constants and a const block (LaunchDarkly Go server SDK).
// Source: github.com/launchdarkly/go-server-sdk/v7, LDClient.BoolVariation(key string, context ldcontext.Context, defaultVal bool) (bool, error) (docs.launchdarkly.com/sdk/server-side/go#evaluating-flags).
package constants

import (
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
)

const chatWidget = "chat-widget"

const (
	cacheFlag          = "cache-v2"
	exportFlag  string = "account-export"
	maxAttempts        = 3
)

func Settings(client *ld.LDClient, userKey string) (bool, bool, bool) {
	context := ldcontext.New(userKey)
	chat, _ := client.BoolVariation(chatWidget, context, false)
	cache, _ := client.BoolVariation(cacheFlag, context, false)
	export, _ := client.BoolVariation(
		exportFlag,
		context,
		false,
	)
	return chat, cache, export
}

func Pick(client *ld.LDClient, context ldcontext.Context, name string) bool {
	on, _ := client.BoolVariation(name, context, false)
	return on
}
