// Corpus: blind6, browser glue: optional calls on the PostHog global and Vite environment variables.
// Source: PostHog JS docs (isFeatureEnabled, onFeatureFlags); Vite docs (import.meta.env).
declare global {
  interface Window {
    posthog?: import('posthog-js').PostHog;
  }
}

export function showConsentBanner(): boolean {
  if (import.meta.env.FF_WEB_FORCE_CONSENT === 'true') return true;
  return window.posthog?.isFeatureEnabled?.('web-consent-banner') ?? false;
}

export function consentVariant(): string {
  return (window.posthog?.getFeatureFlag('web-consent-variant') as string | undefined) ?? 'control';
}
