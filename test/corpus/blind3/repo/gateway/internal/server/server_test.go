// Corpus: blind3 gateway, Go tests with LaunchDarkly's test data source (flag configuration, not evaluation).
// Source: github.com/launchdarkly/go-server-sdk/v7/testhelpers/ldtestdata (TestDataSource.Flag, Update); testing package.
package server

import (
	"net/http/httptest"
	"testing"

	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/launchdarkly/go-server-sdk/v7/testhelpers/ldtestdata"
)

func TestProxyRateLimit(t *testing.T) {
	td := ldtestdata.DataSource()
	td.Update(td.Flag("gw-rate-limit-v2").BooleanFlag().VariationForAll(true))
	client, _ := ld.MakeCustomClient("sdk-key", ld.Config{DataSource: td}, 0)
	defer client.Close()

	tests := []struct {
		name string
		flag string
		want bool
	}{
		{name: "v2 on", flag: "gw-rate-limit-v2", want: true},
		{name: "breaker off", flag: "gw-circuit-breaker", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := client.BoolVariation(tt.flag, ldcontext.New("u1"), false)
			if got != tt.want {
				t.Fatalf("%s: got %v", tt.flag, got)
			}
		})
	}
	on, _ := client.BoolVariation("gw-rate-limit-v2", ldcontext.New("u2"), false)
	if !on {
		t.Fatal("gw-rate-limit-v2 should be on")
	}
	s := New(client, nil)
	s.handleProxy(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}
