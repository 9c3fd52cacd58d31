// Corpus: PostHog JavaScript web SDK (posthog-js).
// Source: posthog-js, dist/module.d.ts: PostHog.isFeatureEnabled(key, options?), getFeatureFlag(key,
// options?), getFeatureFlagPayload(key); posthog.com/docs/libraries/js/features.
import posthog from 'posthog-js';

export function pickEditor() {
  if (posthog.isFeatureEnabled('legacy-editor')) {
    return 'legacy';
  }
  const layout = posthog.getFeatureFlagPayload(
    'editor-layout',
  );
  const theme = posthog.getFeatureFlag('editor-theme');
  return `${theme}:${layout}`;
}
