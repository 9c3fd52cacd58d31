// Corpus: blind4 / storefront: the account menu, Flagsmith React and Statsig React bindings.
// Source: flagsmith/react (useFlags(['a', 'b']) returns { [key]: { enabled, value } }), @statsig/react-bindings (useFeatureGate, useExperiment, useDynamicConfig).
'use client';

import { useFlags, useFlagsmith } from 'flagsmith/react';
import { useDynamicConfig, useExperiment, useFeatureGate, useStatsigClient } from '@statsig/react-bindings';

export function AccountMenu() {
  const flags = useFlags(['sf_order_history', 'sf_loyalty_points']);
  const flagsmith = useFlagsmith();
  const { value: referrals } = useFeatureGate('sf_referral_program');
  const layoutExperiment = useExperiment('sf_account_layout');
  const limits = useDynamicConfig('sf_account_limits');
  const { client } = useStatsigClient();
  const betaBadge = client.checkGate('sf_beta_badge');
  const supportChat = flagsmith.hasFeature('sf_support_chat');
  const menuLabel = flagsmith.getValue('sf_menu_label', { fallback: 'My account' });

  return (
    <menu data-layout={layoutExperiment.get('variant', 'list')} data-max={limits.get('max_addresses', 5)}>
      <li>{menuLabel}</li>
      {flags.sf_order_history.enabled && <li>Orders</li>}
      {flags.sf_loyalty_points?.enabled ? <li>Points: {String(flags.sf_loyalty_points.value)}</li> : null}
      {referrals && <li>Invite friends</li>}
      {betaBadge ? <li className="beta">Beta</li> : null}
      {supportChat && <li>Chat</li>}
    </menu>
  );
}
