// Corpus: blind6, a title page with Flagsmith React, Split React and GrowthBook ternary keys.
// Source: Flagsmith React docs (useFlags with a list, .enabled, .value); Split React SDK (useSplitTreatments); GrowthBook React (useFeatureIsOn, FeatureString).
import { useFlags } from 'flagsmith/react';
import { useSplitTreatments } from '@splitsoftware/splitio-react';
import { FeatureString, useFeatureIsOn } from '@growthbook/growthbook-react';

export function TitleDetails({ id, isTv }: { id: string; isTv: boolean }) {
  const flags = useFlags(['web_title_chat', 'web_title_ratings']);
  const { treatments, isReady } = useSplitTreatments({ names: ['web_trailer_autoplay'] });
  const grid = useFeatureIsOn(isTv ? 'web-tv-grid' : 'web-phone-grid');

  return (
    <article data-grid={grid}>
      <h1>
        <FeatureString feature="web-title-cta" default="Play" />
      </h1>
      {flags.web_title_chat.enabled && <aside>Chat</aside>}
      {flags.web_title_ratings?.value === 'stars' ? <span>★★★★☆</span> : null}
      {isReady && treatments.web_trailer_autoplay.treatment === 'on' && <video autoPlay src={`/trailers/${id}`} />}
    </article>
  );
}
