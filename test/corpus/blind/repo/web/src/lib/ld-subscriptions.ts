// Corpus: blind / web LaunchDarkly browser client wiring
// Source: launchdarkly-js-client-sdk LDClient.on('change:<key>') / allFlags / variationDetail (docs.launchdarkly.com/sdk/features/flag-changes#javascript, typings.d.ts)
import * as LDClient from 'launchdarkly-js-client-sdk';
import type { LDEvaluationDetail } from 'launchdarkly-js-client-sdk';
import { logger } from './logger';

const ldClient = LDClient.initialize(import.meta.env.VITE_LD_CLIENT_ID, { kind: 'user', key: 'anonymous', anonymous: true });

export async function startFlagWatchers(render: () => void): Promise<void> {
  await ldClient.waitForInitialization(5);

  ldClient.on('change:maintenance-banner', (current: boolean) => {
    logger.info('maintenance banner toggled', { current });
    render();
  });

  const all = ldClient.allFlags();
  if (all['dark-launch-recommendations']) {
    logger.debug('recommendations dark launch active');
  }

  const detail: LDEvaluationDetail = ldClient.variationDetail('pdp-image-zoom', false);
  logger.info('zoom evaluated', { reason: detail.reason });

  // ldClient.variation('legacy-carousel', false) was removed with the carousel rewrite
  const chatWidget = ldClient.variation('support-chat-widget', false);
  if (chatWidget) {
    await import('./chat-widget').then((module) => module.mount());
  }
}

export function evaluateSection(section: string): boolean {
  return ldClient.variation(`section-${section}-enabled`, false) as boolean;
}
