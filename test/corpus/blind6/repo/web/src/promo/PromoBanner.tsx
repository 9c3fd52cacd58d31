// Corpus: blind6, a component gated by GrowthBook hooks and a PostHog JSX gate.
// Source: GrowthBook React SDK docs (useFeatureIsOn, useFeatureValue); PostHog React docs (PostHogFeature).
import { useFeatureIsOn, useFeatureValue } from '@growthbook/growthbook-react';
import { PostHogFeature } from 'posthog-js/react';

export function PromoBanner({ title }: { title: string }) {
  const countdown = useFeatureIsOn('web-promo-countdown');
  const palette = useFeatureValue<{ bg: string; fg: string }>('web-promo-palette', { bg: '#000', fg: '#fff' });
  return (
    <PostHogFeature flag="web-promo-survey" match={true} fallback={null}>
      <aside style={{ background: palette.bg, color: palette.fg }}>
        {title}
        {countdown && <time>02:00:00</time>}
      </aside>
    </PostHogFeature>
  );
}
