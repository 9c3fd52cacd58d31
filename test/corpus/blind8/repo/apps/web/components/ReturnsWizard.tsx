// Corpus: blind8, parcelpoint web, returns wizard
// Source: Statsig React bindings docs (useGateValue, useFeatureGate, useExperiment, useDynamicConfig, useLayer, useStatsigClient)
'use client';

import {
  useDynamicConfig,
  useExperiment,
  useFeatureGate,
  useGateValue,
  useLayer,
  useStatsigClient,
} from '@statsig/react-bindings';
import { RETURNS_QR_LABELS } from '../lib/flag-keys';

export function ReturnsWizard({ orderId }: { orderId: string }) {
  const qrLabels = useGateValue(RETURNS_QR_LABELS);
  const dropOff = useFeatureGate('web_returns_dropoff_map');
  const reasons = useDynamicConfig('web_return_reasons');
  const refundCopy = useExperiment('web_refund_copy').get('headline', 'Get your money back');
  const layer = useLayer('web_returns_layout');
  const { client } = useStatsigClient();

  const onSubmit = () => {
    if (client.checkGate('web_returns_instant_refund')) {
      client.logEvent('instant_refund_shown', orderId);
    }
  };

  return (
    <form onSubmit={onSubmit}>
      <h2>{refundCopy}</h2>
      <select name="reason">
        {(reasons.get('options', []) as string[]).map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
      {qrLabels ? <p>Show the QR code at the drop-off point.</p> : <p>Print your label.</p>}
      {dropOff.value && <a href="/returns/points">Find a drop-off point</a>}
      <div className={`returns returns--${layer.get('density', 'comfortable')}`} />
    </form>
  );
}
