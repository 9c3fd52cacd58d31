// Corpus: Flagsmith JavaScript client SDK.
// Source: flagsmith (npm), types.d.ts: IFlagsmith.hasFeature(key), getValue(key, options?),
// getTrait; docs.flagsmith.com/clients/javascript.
import flagsmith from 'flagsmith';

export async function startOnboarding(step: string): Promise<string[]> {
  await flagsmith.init({ environmentID: 'env-key' });
  const steps = ['profile'];
  if (flagsmith.hasFeature('guided_tour')) {
    steps.push('tour');
  }
  const copy = String(flagsmith.getValue('welcome_copy') ?? 'Hello');
  const stepFlag = flagsmith.hasFeature(`onboarding_${step}`);
  if (
    flagsmith.hasFeature(
      'legacy_nav',
    )
  ) {
    steps.push('legacy');
  }
  return stepFlag ? [...steps, copy] : steps;
}
