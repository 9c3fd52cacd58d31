// Corpus: LaunchDarkly Go server SDK v7.
// Source: github.com/launchdarkly/go-server-sdk/v7, ldclient.go: BoolVariation(key, context,
// defaultVal), StringVariation, StringVariationCtx(ctx, key, context, defaultVal).
package exporter

import (
	"context"

	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
	ld "github.com/launchdarkly/go-server-sdk/v7"
)

type Service struct {
	ld      *ld.LDClient
	context ldcontext.Context
}

func (s *Service) Export(ctx context.Context, flagKey string) (string, error) {
	parallel, err := s.ld.BoolVariation(
		"parallel-export",
		s.context,
		false,
	)
	if err != nil {
		return "", err
	}
	format, _ := s.ld.StringVariationCtx(ctx, "export-format", s.context, "csv")
	custom, _ := s.ld.BoolVariation(flagKey, s.context, false)
	if parallel && custom {
		return format + "+parallel", nil
	}
	return format, nil
}
