// Corpus: blind / gateway Go module file (names the module path the handlers import internal/flags by)
// Source: Go Modules Reference, go.mod "module" directive (go.dev/ref/mod#go-mod-file-module)
module github.com/acme/gateway

go 1.22

require (
	github.com/launchdarkly/go-server-sdk/v7 v7.6.0
	github.com/statsig-io/go-sdk v1.19.0
)
