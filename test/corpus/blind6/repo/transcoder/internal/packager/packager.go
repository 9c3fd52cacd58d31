// Corpus: blind6, the packager: OpenFeature Go and Unleash Go, a builder for the evaluation context.
// Source: OpenFeature Go SDK docs (NewClient, BooleanValue, StringValueDetails, NewEvaluationContext); Unleash Go SDK (IsEnabled, WithContext, GetVariant).
package packager

import (
	"context"

	"github.com/Unleash/unleash-client-go/v4"
	ucontext "github.com/Unleash/unleash-client-go/v4/context"
	"github.com/open-feature/go-sdk/openfeature"
)

const lowLatencyFlag = "go-low-latency-hls"

type Packager struct {
	features *openfeature.Client
}

func New() *Packager {
	return &Packager{features: openfeature.NewClient("packager")}
}

func (p *Packager) Package(ctx context.Context, assetID string, segments []string) (string, error) {
	evalCtx := openfeature.NewEvaluationContext(assetID, map[string]any{"segments": len(segments)})
	if ok, _ := p.features.BooleanValue(ctx, lowLatencyFlag, false, evalCtx); ok {
		return "ll-hls", nil
	}
	details, err := p.features.StringValueDetails(ctx, "go-container-format", "fmp4", evalCtx)
	if err != nil {
		return "", err
	}
	uctx := ucontext.Context{UserId: assetID, Properties: map[string]string{"kind": "vod"}}
	if unleash.IsEnabled("go-cmaf-chunks", unleash.WithContext(uctx)) {
		return details.Value + "+cmaf", nil
	}
	variant := unleash.GetVariant("go-drm-vendor", unleash.WithVariantContext(uctx))
	return details.Value + "/" + variant.Name, nil
}

// Feature toggles for each DRM vendor are named "go-drm-<vendor>"; see the runbook.
func (p *Packager) vendorEnabled(vendor string) bool {
	return unleash.IsEnabled("go-drm-" + vendor)
}
