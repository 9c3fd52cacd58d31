// Corpus: blind8, parcelpoint web, analytics and logging helpers (look-alikes of flag calls)
// Source: Segment analytics.js docs (track, identify); the app's own logger
import { AnalyticsBrowser } from '@segment/analytics-next';
import { logger } from './logger';

const analytics = AnalyticsBrowser.load({ writeKey: process.env.NEXT_PUBLIC_SEGMENT_KEY ?? '' });

export function trackCheckoutStarted(cartId: string, variant: string): void {
  analytics.track('web-split-delivery viewed', { cartId, variant });
  if (logger.isLevelEnabled('debug')) logger.debug('checkout started', { cartId, feature: 'web-eta-widget' });
}

export function trackReturn(orderId: string): void {
  void analytics.track('returns_started', { orderId, source: 'web_returns_dropoff_map' });
}

/** Settings page toggles: these are user preferences, not feature flags. */
export const PREFERENCES = new Map<string, boolean>([
  ['sms-updates', true],
  ['email-digest', false],
]);

export function isPreferenceEnabled(name: string): boolean {
  return PREFERENCES.get(name) ?? false;
}
