// Corpus: blind5 (issue 14), the OpenFeature web SDK with imported keys, a type argument with braces and ternary keys.
// Source: @openfeature/web-sdk docs (OpenFeature.getClient, getBooleanValue, getObjectValue<T>, getStringValue).
import { OpenFeature } from '@openfeature/web-sdk';
import { FLAG_KEYS, Gate } from './flags';

const client = OpenFeature.getClient('portal');

export function readSearchSettings(isMobile: boolean) {
  const v3 = client.getBooleanValue(FLAG_KEYS.search, false);
  const panel = client.getObjectValue<{ rows: number; sticky: boolean }>('pt-filter-panel', { rows: 8, sticky: true });
  const sort = client.getStringValue(isMobile ? 'pt-mobile-sort' : 'pt-desktop-sort', 'price');
  const wishlist = client.getBooleanValue(Gate.Wishlist, false);
  const reviews = client.getBooleanDetails(Gate.Reviews, false).value;
  const plain = client.getStringValue(`pt-currency-format`, 'symbol');
  return { v3, panel, sort, wishlist, reviews, plain };
}
