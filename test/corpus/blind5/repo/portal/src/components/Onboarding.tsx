// Corpus: blind5 (issue 14), PostHog React: variant key, payload through usePostHog, onFeatureFlags, PostHogFeature.
// Source: posthog-js React docs (useFeatureFlagVariantKey, usePostHog, PostHogFeature) and posthog-js onFeatureFlags.
import { useEffect, useState } from 'react';
import { PostHogFeature, useFeatureFlagVariantKey, usePostHog } from 'posthog-js/react';

export function Onboarding() {
  const steps = useFeatureFlagVariantKey('pt-onboarding-steps');
  const posthog = usePostHog();
  const [tour, setTour] = useState(false);

  useEffect(() => {
    posthog.onFeatureFlags(() => {
      setTour(posthog.isFeatureEnabled('pt-guided-tour') ?? false);
    });
    // an event naming a flag is analytics, not an evaluation
    posthog.capture('$feature_flag_called', { $feature_flag: 'pt-event-only', $feature_flag_response: true });
  }, [posthog]);

  const copy = posthog.getFeatureFlagPayload('pt-onboarding-copy') as { title: string } | undefined;
  return (
    <div>
      <h2>{copy?.title ?? 'Welcome'}</h2>
      {steps === 'short' ? <p>Two steps</p> : <p>Four steps</p>}
      {tour && <p>Tour starting</p>}
      <PostHogFeature flag="pt-referral-card" match={true}>
        <aside>Invite a friend</aside>
      </PostHogFeature>
    </div>
  );
}
