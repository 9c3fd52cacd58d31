// Corpus: storefront service, the Flagsmith browser SDK and the OpenFeature web SDK in a shared module.
// Source: flagsmith (IFlagsmith.hasFeature(key, options?), getValue(key, options?: { fallback, json }),
// getAllFlags()), @openfeature/web-sdk (Client.getBooleanValue(flagKey, defaultValue),
// getObjectValue<T>(flagKey, defaultValue), getNumberDetails(flagKey, defaultValue)).
import flagsmith from 'flagsmith';
import { OpenFeature } from '@openfeature/web-sdk';

/** Keys used by more than one component. */
export const FLAG_NAMES = {
  wishlist: 'wishlist',
  savedCarts: 'saved_carts',
} as const;

type SearchPanel = { facets: string[]; pageSize: number };

const client = OpenFeature.getClient('storefront');

export function wishlistEnabled(): boolean {
  return flagsmith.hasFeature(FLAG_NAMES.wishlist);
}

export function bannerText(): string {
  return String(flagsmith.getValue('banner_text', { fallback: 'Welcome back' }));
}

export function sizeChart(): Record<string, number> {
  return flagsmith.getValue('size_chart', {
    json: true,
    fallback: {},
  }) as Record<string, number>;
}

export function searchPanel(): SearchPanel {
  return client.getObjectValue<SearchPanel>('search-panel', {
    facets: ['brand'],
    pageSize: 24,
  });
}

export function recommendationsTimeoutMs(): number {
  const details = client.getNumberDetails('recs-timeout-ms', 800);
  return details.errorCode ? 800 : details.value;
}

export function isBlackFriday(): boolean {
  const all = flagsmith.getAllFlags();
  return all.black_friday?.enabled === true && client.getBooleanValue('black-friday-theme', false);
}
