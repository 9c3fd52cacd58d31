// Corpus: blind9, brightgrid customer portal, EV charging panel
// Source: flagsmith/react typings (useFlags(flags, traits) returning { [key]: { enabled, value } }) and configcat-react (useFeatureFlag -> { value, loading })
'use client';

import { useFlags } from 'flagsmith/react';
import { useFeatureFlag } from 'configcat-react';

export function EvChargingPanel({ chargerId }: { chargerId: string }) {
  const flags = useFlags(['ev_smart_schedule', 'ev_solar_divert', 'ev_max_kw'], ['charger_model']);
  const { value: offPeakOnly, loading } = useFeatureFlag('evOffPeakOnly', false);
  const { value: boostMinutes } = useFeatureFlag(
    'evBoostMinutes',
    30,
  );

  if (loading) return <p>Loading charger settings…</p>;

  const maxKw = Number(flags.ev_max_kw.value ?? 7.4);

  return (
    <section data-charger={chargerId}>
      {flags.ev_smart_schedule.enabled && <SmartSchedule offPeakOnly={offPeakOnly} />}
      {flags.ev_solar_divert.enabled ? <SolarDivert maxKw={maxKw} /> : <p>Solar divert is coming soon.</p>}
      <p>Model: {String(flags.charger_model ?? 'unknown')}</p>
      <button type="button">Boost for {boostMinutes} minutes</button>
    </section>
  );
}

function SmartSchedule({ offPeakOnly }: { offPeakOnly: boolean }) {
  return <div data-off-peak={offPeakOnly} />;
}

function SolarDivert({ maxKw }: { maxKw: number }) {
  return <div data-max-kw={maxKw} />;
}
