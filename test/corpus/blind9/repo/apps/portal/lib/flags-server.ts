// Corpus: blind9, brightgrid customer portal, LaunchDarkly for server components
// Source: @launchdarkly/node-server-sdk typings (init, waitForInitialization, allFlagsState, LDFlagsState.getFlagValue, variation, jsonVariation)
import 'server-only';
import { init, type LDContext } from '@launchdarkly/node-server-sdk';

const ldClient = init(process.env.LD_SDK_KEY!);

export async function readPortalFlags(accountId: string, region: string) {
  await ldClient.waitForInitialization({ timeout: 3 });
  const context: LDContext = { kind: 'account', key: accountId, region };

  const state = await ldClient.allFlagsState(context, { clientSideOnly: true });
  const bootstrap = state.toJSON();
  const darkMode = state.getFlagValue('portal-dark-mode');

  const banner = await ldClient.variation(`portal-${region}-banner`, context, null);
  const helpCentre = await ldClient.jsonVariation(
    'portal-help-centre-links',
    context,
    [],
  );

  return { bootstrap, darkMode, banner, helpCentre };
}
