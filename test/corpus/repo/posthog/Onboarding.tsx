// Corpus: PostHog React SDK (posthog-js/react).
// Source: posthog-js, react/dist/types: useFeatureFlagEnabled(flag), useFeatureFlagVariantKey(flag),
// useFeatureFlagPayload(flag), PostHogFeature { flag, match, fallback }; posthog.com/docs/libraries/react.
import React from 'react';
import {
  PostHogFeature,
  useFeatureFlagEnabled,
  useFeatureFlagVariantKey,
} from 'posthog-js/react';

export function Onboarding() {
  /* Replaced the old useFeatureFlagEnabled('legacy-onboarding') check. */
  const enabled = useFeatureFlagEnabled('new-onboarding');
  const variant = useFeatureFlagVariantKey(
    'pricing-experiment',
  );
  return (
    <div data-variant={variant}>
      {enabled && <Checklist />}
      <PostHogFeature
        flag="survey-widget"
        match={true}
        fallback={null}
      >
        <Survey />
      </PostHogFeature>
      <PostHogFeature flag="ai-assistant" match={true}>
        <Assistant />
      </PostHogFeature>
    </div>
  );
}

function Checklist() {
  return null;
}
function Survey() {
  return null;
}
function Assistant() {
  return null;
}
