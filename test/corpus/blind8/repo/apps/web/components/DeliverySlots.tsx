// Corpus: blind8, parcelpoint web, delivery slot picker
// Source: GrowthBook React SDK docs (useFeatureIsOn, useFeatureValue, useGrowthBook, IfFeatureEnabled, FeatureString)
'use client';

import { FeatureString, IfFeatureEnabled, useFeatureIsOn, useFeatureValue, useGrowthBook } from '@growthbook/growthbook-react';
import { SLOT_PICKER } from '../lib/flag-keys';

interface SlotConfig {
  readonly windowMinutes: number;
  readonly eveningFrom: string;
}

const DEFAULT_SLOTS: SlotConfig = { windowMinutes: 120, eveningFrom: '18:00' };

export function DeliverySlots({ split }: { split: boolean }) {
  const pickerV2 = useFeatureIsOn(SLOT_PICKER);
  const slots = useFeatureValue<SlotConfig>(
    'web-slot-config',
    DEFAULT_SLOTS,
  );
  const gb = useGrowthBook();
  const greenSlots = gb?.isOn('web-green-slots') ?? false;

  return (
    <fieldset className={pickerV2 ? 'slots slots--v2' : 'slots'}>
      <legend>
        <FeatureString
          feature="web-slots-heading"
          default="Choose a delivery window"
        />
      </legend>
      <p>{slots.windowMinutes}-minute windows, evenings from {slots.eveningFrom}.</p>
      {split && <p>Your order arrives in two parcels.</p>}
      <IfFeatureEnabled
        feature="web-saturday-slots"
      >
        <button type="button">Show Saturday slots</button>
      </IfFeatureEnabled>
      {greenSlots && <span className="leaf">Green slot: we are in your street anyway</span>}
    </fieldset>
  );
}
