// Corpus: blind5 (issue 14), a test that configures flags through ldtestdata: configuration, not evaluation.
// Source: go-server-sdk v7 testhelpers/ldtestdata (DataSource, Flag, VariationForAll, Update).
package assign

import (
	"testing"

	"github.com/launchdarkly/go-server-sdk/v7/testhelpers/ldtestdata"
)

func TestAssignBatches(t *testing.T) {
	td := ldtestdata.DataSource()
	td.Update(td.Flag("ds-batch-assign").VariationForAll(true))
	td.Update(td.Flag("ds-pooled-rides").BooleanFlag().VariationForAll(false))
	svc := newTestService(t, td)
	if _, err := svc.Assign(t.Context(), "driver-1", "z1"); err != nil {
		t.Fatal(err)
	}
}
