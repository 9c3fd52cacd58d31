// Corpus: blind8, parcelpoint web, tests of the slot picker
// Source: GrowthBook React SDK docs (GrowthBook instance, setForcedFeatures, GrowthBookProvider); Testing Library docs
import { render, screen } from '@testing-library/react';
import { GrowthBook, GrowthBookProvider } from '@growthbook/growthbook-react';
import { describe, expect, it } from 'vitest';
import { DeliverySlots } from '../DeliverySlots';

function renderWith(features: Record<string, unknown>) {
  const gb = new GrowthBook();
  // Forced values stand in for the server's 'web-saturday-slots' rules.
  gb.setForcedFeatures(new Map(Object.entries(features)));
  return render(
    <GrowthBookProvider growthbook={gb}>
      <DeliverySlots split={false} />
    </GrowthBookProvider>,
  );
}

describe('DeliverySlots', () => {
  it('offers Saturday slots when the feature is on', () => {
    renderWith({ 'web-saturday-slots': true, 'web-slot-config': { windowMinutes: 60, eveningFrom: '19:00' } });
    expect(screen.getByRole('button', { name: 'Show Saturday slots' })).toBeTruthy();
  });

  it('falls back to two-hour windows', () => {
    renderWith({});
    expect(screen.getByText(/120-minute windows/)).toBeTruthy();
  });
});
