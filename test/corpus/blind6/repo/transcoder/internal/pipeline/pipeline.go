// Corpus: blind6, the transcoding pipeline: LaunchDarkly in closures and goroutines, package constants.
// Source: LaunchDarkly Go server SDK v7 reference (BoolVariation, StringVariationDetail, JSONVariation); golang.org/x/sync/errgroup docs.
package pipeline

import (
	"context"
	"os"

	ld "github.com/launchdarkly/go-server-sdk/v7"
	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	"github.com/launchdarkly/go-sdk-common/v3/ldvalue"
	"golang.org/x/sync/errgroup"

	"example.com/transcoder/internal/flags"
)

type Pipeline struct {
	ld *ld.LDClient
}

func (p *Pipeline) Run(ctx context.Context, jobID string, renditions []string) error {
	c := ldcontext.NewBuilder(jobID).Kind("job").SetString("tier", "premium").Build()
	g, gctx := errgroup.WithContext(ctx)
	// "go-parallel-upload" splits the renditions across workers
	for _, r := range renditions {
		r := r
		g.Go(func() error {
			parallel, err := p.ld.BoolVariation(string(flags.ParallelUpload), c, false)
			if err != nil {
				return err
			}
			return p.upload(gctx, r, parallel)
		})
	}
	ladder, detail, _ := p.ld.StringVariationDetail(
		"go-bitrate-ladder",
		c,
		"standard",
	)
	_ = detail
	encoder := func() string {
		if on := flags.Value(p.ld, flags.GPUEncode, c, false); on {
			return "nvenc"
		}
		return "x264"
	}()
	hdr, _ := p.ld.JSONVariation("go-hdr-settings", c, ldvalue.Null())
	dryRun := os.Getenv("FF_GO_DRY_RUN") == "1"
	_, _, _, _ = ladder, encoder, hdr, dryRun
	return g.Wait()
}

func (p *Pipeline) upload(ctx context.Context, rendition string, parallel bool) error { return nil }
