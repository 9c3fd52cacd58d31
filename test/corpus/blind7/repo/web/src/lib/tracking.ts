// Corpus: blind7, web app: analytics and config helpers; look-alikes only (no flag evaluations), plus env reads.
// Source: @segment/analytics-next docs (track), i18next (t), Vite docs (import.meta.env) for the env reads.
import { AnalyticsBrowser } from '@segment/analytics-next';
import i18n from 'i18next';

const analytics = AnalyticsBrowser.load({ writeKey: import.meta.env.VITE_SEGMENT_KEY });

export const debugOverlay = import.meta.env.FF_WEB_DEBUG_OVERLAY === 'true';
export const apiBase: string = import.meta.env.VITE_API_BASE ?? '/api';

export function track(event: string, properties: Record<string, unknown> = {}): void {
  void analytics.track(event, { ...properties, locale: i18n.language });
}

export function trackFlagExposure(flag: string, variant: string): void {
  // an exposure event names the flag as data; it evaluates nothing
  track('flag-exposure', { flag, variant });
}

export const FEATURE_LABELS: Record<string, string> = {
  'web-search-map-view': i18n.t('labels.map_view'),
  'promo-countdown': i18n.t('labels.countdown'),
};

export function featureLabel(key: string): string {
  return FEATURE_LABELS[key] ?? i18n.t('labels.unknown', { key });
}

export function isEnabledFor(level: 'debug' | 'info', verbose = debugOverlay): boolean {
  return verbose || level === 'info';
}
