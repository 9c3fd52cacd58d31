// Corpus: DevCycle Node.js server SDK.
// Source: @devcycle/nodejs-server-sdk, src/client.d.ts (DevCycleClient) and
// @devcycle/js-cloud-server-sdk src/cloudClient.d.ts: variable(user, key, defaultValue),
// variableValue(user, key, defaultValue): the user first, then the key.
import { initializeDevCycle, type DevCycleUser } from '@devcycle/nodejs-server-sdk';

const devcycleClient = initializeDevCycle('server-key');

export function searchLimits(user: DevCycleUser, variableKey: string) {
  const maxResults = devcycleClient.variableValue(user, 'max-results', 20);
  const fuzzy = devcycleClient.variable(
    user,
    'fuzzy-matching',
    false,
  );
  const party = devcycleClient.variableValue(user, 'party-time', false);
  const custom = devcycleClient.variableValue(user, variableKey, false);
  return { maxResults, fuzzy: fuzzy.value, party, custom };
}
