// What reads as a flag SDK's client in code: the words of identifiers that name one (`ldClient`,
// `unleash`, `featureFlags`), and the receivers that never are (`this`, `self`).

/**
 * Words that name an SDK client in a receiver, a type or an initializer: short ones as whole
 * words of the identifier (`ldClient`, `e.gb`, `r.of`), long ones anywhere in it (`unleashClient`,
 * `featureFlags`, `configCatClient`, `GrowthBook`).
 */
const CLIENT_WORDS = new Set(['ld', 'gb', 'ph', 'dvc', 'ff', 'ffs', 'of', 'cc', 'sdk', 'gate', 'gates', 'split', 'splits']);
const CLIENT_PARTS = [
  'client', 'flag', 'feature', 'toggle', 'unleash', 'darkly', 'posthog', 'statsig', 'flagsmith', 'growthbook',
  'configcat', 'openfeature', 'devcycle', 'experiment', 'rollout', 'optimizely', 'splitio',
];
/** SDK calls that return an object the generic methods are called on, without a client word in their name. */
export const SDK_ACCESSORS = new Set(['Snapshot', 'AllFlagsState', 'allFlagsState', 'all_flags_state', 'getInstance', 'instance', 'get_instance']);
/** Receivers that are never a client: the object itself (a wrapper's own method is the app's). */
export const SELF = new Set(['this', 'self', 'super']);

/** Splits an identifier into lower-case words: `LDClient` → ld, client; `unleash_client` → unleash, client. */
function wordsOf(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** Whether an identifier reads as an SDK client's name (`ldClient`, `unleash`, `e.gb`, `featureFlags`). */
export function isClientLikeName(identifier: string): boolean {
  if (SELF.has(identifier)) return false;
  const lower = identifier.toLowerCase();
  if (CLIENT_PARTS.some((part) => lower.includes(part))) return true;
  return wordsOf(identifier).some((word) => CLIENT_WORDS.has(word));
}

/** The words of CLIENT_WORDS and CLIENT_PARTS that name an SDK or a client, not also an app's own settings. */
const SDK_WORDS = new Set(['ld', 'gb', 'ph', 'dvc', 'of', 'cc', 'sdk']);
const SDK_PARTS = ['client', 'unleash', 'darkly', 'posthog', 'statsig', 'flagsmith', 'growthbook', 'configcat', 'openfeature', 'devcycle', 'optimizely', 'splitio'];

/**
 * Whether an identifier names an SDK or a client itself (`ldClient`, `unleash`, `posthog`), not
 * only a feature or flag (`features`, `flags`, `toggles`): what a property of an app's object
 * must be called to count as a client without a binding (`app.ldClient`, not `s.features`).
 */
export function isSdkClientName(identifier: string): boolean {
  if (SELF.has(identifier)) return false;
  const lower = identifier.toLowerCase();
  if (SDK_PARTS.some((part) => lower.includes(part))) return true;
  return wordsOf(identifier).some((word) => SDK_WORDS.has(word));
}
