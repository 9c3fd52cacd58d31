// Corpus: blind3 web (round 2, added after the scanner was read), regex literals holding `/*`, quotes and backticks above flag calls.
// Source: MDN "Regular expressions" (literal syntax); @launchdarkly/node-server-sdk LDClient.boolVariation/stringVariation (.d.ts).
import { contextFor, getLdClient } from './flags';

const TRAILING_SLASHES = /\/*$/;
const QUOTES = /[`'"]/g;

export const trimSlashes = (path: string): string => path.replace(TRAILING_SLASHES, '').replace(/^\/*/, '/');

export async function canonicalUrl(path: string, userId: string): Promise<string> {
  const ld = await getLdClient();
  const lower = await ld.boolVariation('urls-lowercase', contextFor(userId), false);
  const host = await ld.stringVariation('urls-canonical-host', contextFor(userId), 'shop.example');
  const clean = trimSlashes(path).replace(QUOTES, '');
  return `https://${host}${lower ? clean.toLowerCase() : clean}`;
}
