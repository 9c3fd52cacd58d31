// Corpus: Statsig Node server core SDK (@statsig/statsig-node-core).
// Source: @statsig/statsig-node-core, index.d.ts: Statsig.checkGate(user, gateName, options?),
// getDynamicConfig(user, configName, options?), getExperiment(user, experimentName, options?).
import { Statsig, StatsigUser } from '@statsig/statsig-node-core';

const statsig = new Statsig('secret-key');

export function shippingRules(userID: string) {
  const user = new StatsigUser({ userID });
  const rules = statsig.getDynamicConfig(user, 'shipping_rules');
  const express = statsig.checkGate(
    user,
    'express_checkout',
  );
  const beta = statsig.checkGate(user, 'beta_gate');
  const holiday = statsig.getExperiment(user, 'holiday_banner');
  return { rules: rules.value, express, beta, holiday: holiday.groupName };
}
