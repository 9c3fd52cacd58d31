// Corpus: blind4 / storefront: delivery slots, Split's React SDK.
// Source: @splitsoftware/splitio-react (useSplitTreatments({ names }) returns { treatments, isReady }).
'use client';

import { useSplitTreatments } from '@splitsoftware/splitio-react';

export function DeliverySlots({ zip }: { zip: string }) {
  const { treatments, isReady } = useSplitTreatments({
    names: ['sf_same_day_slots', 'sf_slot_pricing'],
    attributes: { zip },
  });
  if (!isReady) return null;
  const sameDay = treatments.sf_same_day_slots.treatment === 'on';
  const pricing = treatments['sf_slot_pricing'];

  return (
    <ul>
      <li>Tomorrow</li>
      {sameDay && <li>Today, before 9pm</li>}
      <li data-config={pricing.config ?? '{}'}>{pricing.treatment === 'dynamic' ? 'Prices vary' : 'Flat fee'}</li>
    </ul>
  );
}
