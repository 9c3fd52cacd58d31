// Corpus: blind7, web app: the seat map, OpenFeature React SDK.
// Source: @openfeature/react-sdk docs (useBooleanFlagValue, useStringFlagDetails, useNumberFlagValue, useObjectFlagValue, useFlag).
import React from 'react';
import {
  useBooleanFlagValue,
  useFlag,
  useNumberFlagValue,
  useObjectFlagValue,
  useStringFlagDetails,
} from '@openfeature/react-sdk';
import type { Seat, SeatRow } from '../types';

interface LegendConfig {
  colors: Record<'free' | 'taken' | 'premium', string>;
  showPrices: boolean;
}

const DEFAULT_LEGEND: LegendConfig = {
  colors: { free: '#2a9d8f', taken: '#adb5bd', premium: '#e9c46a' },
  showPrices: false,
};

export function SeatMap({ rows, onPick }: { rows: SeatRow[]; onPick: (seat: Seat) => void }): JSX.Element {
  const zoomable = useBooleanFlagValue('sm-zoomable', false);
  const renderer = useStringFlagDetails('sm-renderer', 'svg', { updateOnContextChanged: true });
  const maxSelectable = useNumberFlagValue('sm-max-selectable', 4);
  const legend = useObjectFlagValue<LegendConfig>(
    'sm-legend-config',
    DEFAULT_LEGEND,
  );
  const { value: premiumUpsell } = useFlag('sm-premium-upsell', false);

  if (renderer.reason === 'ERROR') {
    console.warn('sm-renderer failed, falling back to svg', renderer.errorMessage);
  }

  return (
    <div className={zoomable ? 'seatmap seatmap--zoom' : 'seatmap'} data-renderer={renderer.value}>
      {rows.map((row) => (
        <div key={row.number} className="seatmap__row">
          {row.seats.map((seat) => (
            <button
              key={seat.id}
              type="button"
              disabled={seat.taken}
              style={{ background: legend.colors[seat.taken ? 'taken' : seat.premium ? 'premium' : 'free'] }}
              onClick={() => onPick(seat)}
            >
              {seat.label}
              {legend.showPrices && seat.price ? ` ${seat.price}` : ''}
            </button>
          ))}
        </div>
      ))}
      {premiumUpsell && <p className="seatmap__upsell">Upgrade to extra legroom</p>}
      <p className="seatmap__hint">Select up to {maxSelectable} seats</p>
    </div>
  );
}
