// Corpus: blind8, parcelpoint web, ETA widget
// Source: OpenFeature React SDK docs (useBooleanFlagValue, useNumberFlagValue, useFlag, useStringFlagDetails)
'use client';

import { useBooleanFlagValue, useFlag, useNumberFlagValue, useStringFlagDetails } from '@openfeature/react-sdk';

export function EtaWidget() {
  const countdown = useBooleanFlagValue('web-eta-countdown', false);
  const refreshSeconds = useNumberFlagValue(
    'web-eta-refresh-seconds',
    60,
  );
  const { value: precision } = useFlag('web-eta-precision', 'hour');
  const { value: label, reason } = useStringFlagDetails(
    'web-eta-label',
    'Estimated arrival',
  );

  return (
    <div data-refresh={refreshSeconds} data-reason={reason}>
      <strong>{label}</strong>
      {countdown ? <span className="countdown" /> : <span>{precision === 'minute' ? 'to the minute' : 'within the hour'}</span>}
    </div>
  );
}
