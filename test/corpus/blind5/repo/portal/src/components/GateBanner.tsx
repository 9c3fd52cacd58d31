// Corpus: blind5 (issue 14), Statsig React bindings: gates, an experiment parameter and the client hook.
// Source: @statsig/react-bindings docs (useGateValue, useFeatureGate, useExperiment, useStatsigClient); @statsig/js-client getFeatureGate.
import { useExperiment, useFeatureGate, useGateValue, useStatsigClient } from '@statsig/react-bindings';

export function GateBanner() {
  const holiday = useGateValue('pt_holiday_banner');
  const { value: promoOn } = useFeatureGate('pt_promo_ribbon');
  const heroCopy = useExperiment('pt_hero_copy').get('headline', 'Book now');
  const { client } = useStatsigClient();
  const chat = client.getFeatureGate('pt_live_chat').value;

  return (
    <header>
      {holiday && <div className="holiday">Holiday deals</div>}
      {promoOn ? <span className="ribbon">Promo</span> : null}
      <h1>{heroCopy}</h1>
      {chat && <button onClick={() => client.logEvent('chat_opened')}>Chat</button>}
    </header>
  );
}
