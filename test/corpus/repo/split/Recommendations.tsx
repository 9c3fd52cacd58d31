// Corpus: Split React SDK and the browser SDK.
// Source: @splitsoftware/splitio-react, types/useSplitTreatments.d.ts: useSplitTreatments({ names })
// returning { treatments, isReady }; @splitsoftware/splitio-browserjs IBrowserClient.getTreatment(name).
import React from 'react';
import { useSplitClient, useSplitTreatments } from '@splitsoftware/splitio-react';

export function Recommendations() {
  const { treatments, isReady } = useSplitTreatments({
    names: ['recommendations_v2'],
  });
  const { client } = useSplitClient();
  const carousel = client?.getTreatment('recs_carousel');
  if (!isReady) {
    return null;
  }
  return <Carousel on={treatments.recommendations_v2.treatment === 'on'} style={carousel} />;
}

function Carousel(props: { on: boolean; style?: string }) {
  return props.on ? null : null;
}
