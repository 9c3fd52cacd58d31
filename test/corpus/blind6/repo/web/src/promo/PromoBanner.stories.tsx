// Corpus: blind6, Storybook stories: flag values are story parameters, the GrowthBook JSX gate is real.
// Source: Storybook CSF 3 docs (Meta, StoryObj, parameters); GrowthBook React SDK docs (IfFeatureEnabled, GrowthBookProvider).
import type { Meta, StoryObj } from '@storybook/react';
import { GrowthBook, GrowthBookProvider, IfFeatureEnabled } from '@growthbook/growthbook-react';
import { PromoBanner } from './PromoBanner';

const gb = new GrowthBook({ features: { 'web-promo-countdown': { defaultValue: true } } });

const meta: Meta<typeof PromoBanner> = {
  title: 'Promo/PromoBanner',
  component: PromoBanner,
  parameters: { launchdarkly: { flags: { webPromoConfetti: true } } },
  decorators: [(Story) => <GrowthBookProvider growthbook={gb}><Story /></GrowthBookProvider>],
};
export default meta;

export const WithCountdown: StoryObj<typeof PromoBanner> = {
  render: (args) => (
    <IfFeatureEnabled
      feature="web-promo-countdown"
    >
      <PromoBanner {...args} />
    </IfFeatureEnabled>
  ),
};
