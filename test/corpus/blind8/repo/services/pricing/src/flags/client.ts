// Corpus: blind8, parcelpoint pricing service, OpenFeature client set-up
// Source: OpenFeature JS server SDK docs (OpenFeature.setProviderAndWait, getClient); LaunchDarkly OpenFeature provider docs
import { OpenFeature } from '@openfeature/server-sdk';
import { LaunchDarklyProvider } from '@launchdarkly/openfeature-node-server';

export async function startFeatures(): Promise<void> {
  await OpenFeature.setProviderAndWait(new LaunchDarklyProvider(process.env.LD_SDK_KEY ?? ''));
}

export const features = OpenFeature.getClient('pricing');
