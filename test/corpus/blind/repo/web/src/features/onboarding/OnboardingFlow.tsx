// Corpus: blind / web onboarding flow (PostHog React SDK and posthog-js)
// Source: posthog-js/react, useFeatureFlagEnabled / useFeatureFlagVariantKey / useFeatureFlagPayload / PostHogFeature (posthog.com/docs/libraries/react)
import React, { useEffect } from 'react';
import {
  PostHogFeature,
  useFeatureFlagEnabled,
  useFeatureFlagPayload,
  useFeatureFlagVariantKey,
  usePostHog,
} from 'posthog-js/react';

type ChecklistPayload = { steps: string[] };

export function OnboardingFlow({ userId }: { userId: string }) {
  const posthog = usePostHog();
  const guidedTour = useFeatureFlagEnabled('guided-tour');
  const welcomeVariant = useFeatureFlagVariantKey('welcome-screen-copy');
  const checklist = useFeatureFlagPayload('onboarding-checklist') as ChecklistPayload | undefined;

  useEffect(() => {
    posthog.capture('onboarding_started', { userId });
    if (posthog.isFeatureEnabled('skip-email-verification')) {
      posthog.capture('verification_skipped');
    }
    const tone = posthog.getFeatureFlag('onboarding-tone');
    posthog.register({ tone });
  }, [posthog, userId]);

  return (
    <div>
      <h1>{welcomeVariant === 'friendly' ? 'Welcome aboard!' : 'Welcome'}</h1>
      {guidedTour && <Tour />}
      <PostHogFeature flag="import-wizard" match={true}>
        <ImportWizard />
      </PostHogFeature>
      <PostHogFeature
        flag="team-invites-step"
        match="test"
        fallback={<p>Invite your team later</p>}
      >
        <InviteTeam />
      </PostHogFeature>
      <ol>{checklist?.steps.map((step) => <li key={step}>{step}</li>)}</ol>
    </div>
  );
}

const Tour = () => <div className="tour" />;
const ImportWizard = () => <div className="import" />;
const InviteTeam = () => <div className="invite" />;
