// Corpus: Unleash Node.js SDK.
// Source: unleash-client, lib/unleash.d.ts: isEnabled(name, context?, fallback?), getVariant(name,
// context?, fallbackVariant?); the module-level isEnabled from lib/index.d.ts.
import { initialize, isEnabled } from 'unleash-client';

const unleash = initialize({ url: 'https://unleash.example/api/', appName: 'billing', customHeaders: {} });

export function invoiceMode(userId: string, toggleName: string): string {
  const context = { userId };
  if (unleash.isEnabled('new-billing', context)) {
    return 'v2';
  }
  if (isEnabled(toggleName, context)) {
    return 'custom';
  }
  const variant = unleash.getVariant(
    'invoice-layout',
    context,
  );
  // if (unleash.isEnabled('old-invoice')) return 'v0';
  return unleash.isEnabled('old-invoice', context) ? 'v0' : variant.name;
}
