// Corpus: blind8, parcelpoint dispatch service module
// Source: Go modules reference (go.mod)
module github.com/parcelpoint/dispatch

go 1.22

require (
	github.com/Unleash/unleash-client-go/v4 v4.1.0
	github.com/configcat/go-sdk/v9 v9.0.7
	github.com/devcyclehq/go-server-sdk/v2 v2.17.0
	github.com/growthbook/growthbook-golang v0.2.2
	github.com/launchdarkly/go-server-sdk/v7 v7.6.0
	github.com/open-feature/go-sdk v1.13.0
	github.com/posthog/posthog-go v1.2.24
	github.com/statsig-io/go-sdk v1.24.0
	github.com/splitio/go-client/v6 v6.6.0
)
