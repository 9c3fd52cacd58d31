// Corpus: blind8, parcelpoint web, the app's own view of the shared keys
// Source: Next.js docs (module path aliases); TypeScript const assertions
export { CHECKOUT_FLAGS, RETURNS_QR_LABELS } from '../../../packages/flag-keys/src';

// Flags only the web app reads.
export const WEB_FLAGS = {
  orderTimeline: 'web-order-timeline',
  courierChat: 'web-courier-chat',
} as const;

export const SLOT_PICKER = <const>'web-slot-picker-v2';
