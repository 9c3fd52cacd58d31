// Corpus: blind9, brightgrid customer portal, tests with mocked SDKs
// Source: vitest (vi.mock, vi.fn) and @openfeature/web-sdk (OpenFeature.setProviderAndWait, InMemoryProvider, getBooleanValue)
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { InMemoryProvider, OpenFeature } from '@openfeature/web-sdk';
import { UsageChart } from '../app/(account)/usage/UsageChart';

vi.mock('launchdarkly-react-client-sdk', () => ({
  useFlags: () => ({ portalSmartMeterOverlay: true, portalCostProjection: false }),
  useLDClient: () => ({ track: vi.fn() }),
}));

describe('UsageChart', () => {
  beforeAll(async () => {
    await OpenFeature.setProviderAndWait(
      new InMemoryProvider({
        'portal-high-contrast-chart': { variants: { on: true, off: false }, defaultVariant: 'on', disabled: false },
      }),
    );
  });

  it('draws the smart meter overlay when the flag is on', () => {
    render(<UsageChart accountId="A-1" granularity="day" showCarbon={false} months={3} />);
    expect(screen.getByLabelText('Energy usage')).toBeTruthy();
  });

  it('reads the contrast flag from the in-memory provider', () => {
    const client = OpenFeature.getClient();
    expect(client.getBooleanValue('portal-high-contrast-chart', false)).toBe(true);
  });
});
