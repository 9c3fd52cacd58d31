// Corpus: blind5 (issue 14), the OpenFeature server SDK with a named client and a comment inside the arguments.
// Source: @openfeature/server-sdk docs (OpenFeature.getClient(domain), getNumberValue, getStringDetails, getBooleanValue).
import { OpenFeature, type EvaluationContext } from '@openfeature/server-sdk';

const features = OpenFeature.getClient('bookings');

export async function cancellationPolicy(ctx: EvaluationContext) {
  const windowHours = await features.getNumberValue('bk-cancel-window-hours', 24, ctx);
  const policy = await features.getStringDetails('bk-refund-policy', 'standard', ctx);
  const partnerRefunds = await features.getBooleanValue(
    // partners keep the old refunds until the Q3 contract renewal
    'bk-partner-refunds',
    false,
    ctx,
  );
  return { windowHours, policy: policy.value, partnerRefunds };
}
