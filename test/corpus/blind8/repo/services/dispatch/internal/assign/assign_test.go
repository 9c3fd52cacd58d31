// Corpus: blind8, parcelpoint dispatch service, assignment tests
// Source: LaunchDarkly Go SDK docs (ldtestdata test data source: Flag, VariationForAll, Update); Go testing docs
package assign

import (
	"context"
	"testing"

	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/launchdarkly/go-server-sdk/v7/ldcomponents"
	"github.com/launchdarkly/go-server-sdk/v7/testhelpers/ldtestdata"
)

func newTestService(t *testing.T, td *ldtestdata.TestDataSource) *Service {
	t.Helper()
	client, err := ld.MakeCustomClient("sdk-test", ld.Config{DataSource: td, Events: ldcomponents.NoEvents()}, 0)
	if err != nil {
		t.Fatal(err)
	}
	return &Service{ld: client}
}

func TestAssignWithoutAutoAssign(t *testing.T) {
	td := ldtestdata.DataSource()
	td.Update(td.Flag("dsp-auto-assign").VariationForAll(false))
	s := newTestService(t, td)
	got, err := s.Assign(context.Background(), "p-1", "d-1", "rtm")
	if err != nil || got != "" {
		t.Fatalf("Assign() = %q, %v; want no driver", got, err)
	}
}

func TestAssignReadsMaxParcels(t *testing.T) {
	td := ldtestdata.DataSource()
	td.Update(td.Flag("dsp-auto-assign").BooleanFlag().VariationForAll(true))
	s := newTestService(t, td)
	on, _ := s.ld.BoolVariation("dsp-auto-assign", driverContext("d-2", "ams"), false)
	if !on {
		t.Fatal("test data not applied")
	}
}
