// Corpus: blind3 web, Storybook stories for the promo banner (CSF 3).
// Source: @storybook/react Meta/StoryObj; @growthbook/growthbook-react IfFeatureEnabled; storybook-addon-launchdarkly `parameters.launchdarkly.flags`.
import type { Meta, StoryObj } from '@storybook/react';
import { FeatureString, IfFeatureEnabled } from '@growthbook/growthbook-react';
import { PromoBanner } from './PromoBanner';

const meta: Meta<typeof PromoBanner> = {
  title: 'Marketing/PromoBanner',
  component: PromoBanner,
  args: { onDismiss: () => undefined },
  parameters: {
    // The addon's flag overrides: configuration of a story, not an evaluation.
    launchdarkly: { flags: { megaMenu: true, 'header-promo-text': 'Sale!' } },
    growthbook: { features: { 'promo-banner': { defaultValue: true } } },
  },
};
export default meta;

type Story = StoryObj<typeof PromoBanner>;

export const Default: Story = {};

export const WithFallback: Story = {
  render: (args) => (
    <>
      <IfFeatureEnabled feature="promo-banner">
        <PromoBanner {...args} />
      </IfFeatureEnabled>
      <p>
        <FeatureString feature="promo-footer-note" default="No promotion today" />
      </p>
    </>
  ),
};
