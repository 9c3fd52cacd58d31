// Corpus: blind6, a test of the pipeline with LaunchDarkly's test data source: flag setup, not evaluation.
// Source: LaunchDarkly Go SDK ldtestdata docs (DataSource, Flag, VariationForAll, Update).
package pipeline

import (
	"testing"

	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/launchdarkly/go-server-sdk/v7/testhelpers/ldtestdata"
)

func TestRunParallel(t *testing.T) {
	td := ldtestdata.DataSource()
	td.Update(td.Flag("go-parallel-upload").VariationForAll(true))
	client, err := ld.MakeCustomClient("", ld.Config{DataSource: td}, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	p := &Pipeline{ld: client}
	if err := p.Run(t.Context(), "job-1", []string{"720p"}); err != nil {
		t.Fatal(err)
	}
}
