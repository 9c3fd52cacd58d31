// Corpus: blind7, web app: the PostHog browser client (posthog-js), flags read outside React.
// Source: posthog-js docs (isFeatureEnabled, getFeatureFlag, getFeatureFlagPayload, onFeatureFlags, reloadFeatureFlags).
import posthog from 'posthog-js';

export function initAnalytics(apiKey: string, userId?: string): void {
  posthog.init(apiKey, {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
    capture_pageview: false,
    bootstrap: userId ? { distinctID: userId } : undefined,
  });
}

export function whenFlagsLoaded(callback: (chatEnabled: boolean) => void): () => void {
  return posthog.onFeatureFlags(() => {
    callback(posthog.isFeatureEnabled('ph-live-chat') ?? false);
  });
}

export async function helpCenterVariant(): Promise<'legacy' | 'articles' | 'assistant'> {
  await new Promise<void>((resolve) => posthog.onFeatureFlags(() => resolve()));
  const variant = posthog.getFeatureFlag('ph-help-center', { send_event: false });
  if (variant === 'articles' || variant === 'assistant') return variant;
  return 'legacy';
}

export function cookieBannerCopy(): { text: string; accept: string } {
  const payload = posthog.getFeatureFlagPayload('ph-cookie-banner-copy') as { text: string; accept: string } | null;
  posthog.capture('ph-cookie-banner-shown');
  return payload ?? { text: 'We use cookies.', accept: 'OK' };
}

export function isOn(flag: string): boolean {
  return posthog.isFeatureEnabled(flag) === true;
}
