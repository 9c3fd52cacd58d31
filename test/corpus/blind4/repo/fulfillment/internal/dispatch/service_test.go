// Corpus: blind4 / fulfillment: dispatch tests with LaunchDarkly's test data source.
// Source: go-server-sdk/v7/testhelpers/ldtestdata (DataSource.Flag, Update), testing package.
package dispatch

import (
	"testing"

	"github.com/launchdarkly/go-server-sdk/v7/testhelpers/ldtestdata"
)

func TestAssignSplitsShipments(t *testing.T) {
	td := ldtestdata.DataSource()
	td.Update(td.Flag("fl-split-shipments").BooleanFlag().VariationForAll(true))
	td.Update(td.Flag("fl-max-warehouse-hops").ValueForAll(ldvalueInt(3)))
	if td == nil {
		t.Fatal("no test data source")
	}
}
