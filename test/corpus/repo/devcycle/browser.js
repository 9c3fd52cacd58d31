// Corpus: DevCycle JavaScript client SDK.
// Source: @devcycle/js-client-sdk, src/Client.d.ts: DevCycleClient.variableValue(key, defaultValue),
// variable(key, defaultValue); docs.devcycle.com/sdk/client-side-sdks/javascript.
import { initializeDevCycle } from '@devcycle/js-client-sdk';

const devcycleClient = initializeDevCycle('client-key', { user_id: 'visitor' });

export function footerLinks() {
  const links = ['about'];
  if (devcycleClient.variableValue('footer-careers', false)) {
    links.push('careers');
  }
  return links;
}
