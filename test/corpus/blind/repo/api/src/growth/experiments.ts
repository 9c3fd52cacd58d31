// Corpus: blind / api growth experiments (GrowthBook JS SDK on the server, DevCycle Node.js server SDK)
// Source: @growthbook/growthbook GrowthBook.isOn / getFeatureValue / evalFeature (docs.growthbook.io/lib/node); @devcycle/nodejs-server-sdk DevCycleClient.variableValue(user, key, defaultValue) / variable (docs.devcycle.com/sdk/server-side-sdks/node)
import { GrowthBook } from '@growthbook/growthbook';
import { initializeDevCycle, type DevCycleUser } from '@devcycle/nodejs-server-sdk';

const devcycleClient = initializeDevCycle(process.env.DEVCYCLE_SERVER_SDK_KEY ?? '');

export async function growthFlags(userId: string, plan: string) {
  const gb = new GrowthBook({ apiHost: 'https://cdn.growthbook.io', clientKey: process.env.GB_CLIENT_KEY, attributes: { id: userId, plan } });
  await gb.init({ timeout: 1000 });

  const referralProgram = gb.isOn('referral-program');
  const trialLength = gb.getFeatureValue(
    'trial-length-days',
    14,
  );
  const pricingResult = gb.evalFeature<string>('annual-discount-banner');
  const offGate = gb.isOff('legacy-invoice-emails');

  const user: DevCycleUser = { user_id: userId, customData: { plan } };
  await devcycleClient.onClientInitialized();
  const seats = devcycleClient.variableValue(user, 'team-seat-limit', 5);
  const aiAssist = devcycleClient.variable(
    user,
    'ai-writing-assistant',
    false,
  );

  gb.destroy();
  return { referralProgram, trialLength, banner: pricingResult.value, offGate, seats, aiAssist: aiAssist.value };
}
