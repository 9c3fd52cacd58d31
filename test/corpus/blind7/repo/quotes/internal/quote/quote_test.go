// Corpus: blind7, quotes service (Go): a test with the LaunchDarkly test data source (configures flags, evaluates none).
// Source: github.com/launchdarkly/go-server-sdk/v7/testhelpers/ldtestdata docs (TestData.Flag, VariationForAll, Update).
package quote

import (
	"context"
	"testing"

	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/launchdarkly/go-server-sdk/v7/testhelpers/ldtestdata"
)

type fixedFares struct{}

func (fixedFares) Base(context.Context, Request) (float64, string, error) { return 100, "EUR", nil }

func TestQuoteAppliesSurcharge(t *testing.T) {
	td := ldtestdata.DataSource()
	td.Update(td.Flag("qt-fuel-surcharge").VariationForAll(true))
	td.Update(td.Flag("qt-surcharge-rate").ValueForAll(ldvalue.Float64(0.1)))
	client, err := ld.MakeCustomClient("", ld.Config{DataSource: td, Events: ldcomponents.NoEvents()}, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()

	service := NewService(client, nil, fixedFares{}, nil)
	quote, err := service.Quote(context.Background(), Request{CustomerID: "c1", Market: "DE"})
	if err != nil {
		t.Fatal(err)
	}
	if quote.Surcharge != 10 {
		t.Fatalf("surcharge = %v, want 10", quote.Surcharge)
	}
}
