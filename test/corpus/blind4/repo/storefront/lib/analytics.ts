// Corpus: blind4 / storefront: analytics and i18n helpers that look like flag calls and are not.
// Source: posthog-js (capture), i18next (t), react-hook-form (getValues), loglevel (getLogger), URLSearchParams.
import posthog from 'posthog-js';
import i18next from 'i18next';
import type { UseFormGetValues } from 'react-hook-form';
import log from 'loglevel';

const logger = log.getLogger('sf-analytics');

export function trackCheckout(step: string, getValues: UseFormGetValues<{ email: string }>) {
  const email = getValues('email');
  posthog.capture('sf-express-pay used', { step, hasEmail: email.length > 0 });
  logger.info('sf-cart-merge-guest', { step });
  return i18next.t('checkout.sf-gift-message.label');
}

export function readUtm(search: string): Record<string, string | null> {
  const params = new URLSearchParams(search);
  return { campaign: params.get('utm_campaign'), variant: params.get('sf-banner-cta-test') };
}

export const isEnabledFor = (level: string): boolean => logger.getLevel() <= log.levels[level as keyof typeof log.levels];
export const settings = new Map<string, boolean>([['sf-tip-jar', true]]);
export const tipJarDefault = settings.get('sf-tip-jar');
