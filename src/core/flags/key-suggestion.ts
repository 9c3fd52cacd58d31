// Did-you-mean for unknown flag keys: the registry key nearest by edit distance, compared on the
// normalized forms (letters and digits), when it is close enough to be a typo.
import { distance } from 'fastest-levenshtein';
import { normalizeFlagName, type RegistryIndex } from './registry.js';

/** A registry's keys by normalized form, with the character sets that rule most keys out cheaply. */
export interface NormalizedKeys {
  readonly byNormalized: ReadonlyMap<string, string>;
  readonly forms: readonly string[];
  /** Per form k, the characters it has: slot `i` (see slotOf) is bit `i` of word 2k, or bit `i - 32` of word 2k + 1. */
  readonly characterSets: Int32Array;
}

/**
 * A character's slot, 0..35: normalized forms are [a-z0-9]; anything else would share slot 0,
 * which can only lower a bound, never raise it.
 */
function slotOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  return 0;
}

/** Normalizes a registry's keys once, for many suggestKey calls. */
export function normalizeKeys(registry: RegistryIndex): NormalizedKeys {
  const byNormalized = new Map(registry.keys.map((key) => [normalizeFlagName(key), key]));
  const forms = [...byNormalized.keys()];
  const characterSets = new Int32Array(forms.length * 2);
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]!;
    for (let i = 0; i < form.length; i++) {
      const slot = slotOf(form.charCodeAt(i));
      characterSets[2 * k + (slot >> 5)]! |= 1 << (slot & 31);
    }
  }
  return { byNormalized, forms, characterSets };
}

/** Set bits of a 32-bit integer. */
function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * The registry key closest to a name (compared on letters and digits), if close enough to be a
 * typo: the first key at the least edit distance, when that distance is at most a third of the
 * name's length (and at least 2).
 */
export function suggestKey(name: string, registry: RegistryIndex, keys: NormalizedKeys = normalizeKeys(registry)): string | undefined {
  if (registry.keys.length === 0) return undefined;
  const exact = registry.keyOfNormalized(name);
  if (exact !== undefined) return exact;
  const normalized = normalizeFlagName(name);
  const limit = Math.max(2, Math.floor(normalized.length / 3));
  // The edit distance is computed only for keys that cheap lower bounds do not rule out, either
  // as over the limit or as no better than the best so far: the difference in length, and the
  // characters one side has and the other lacks (each costs an edit at least). Pruning never
  // changes the answer: the first key at the least distance has bounds at most that distance,
  // below every earlier key's distance.
  let low = 0;
  let high = 0;
  for (let i = 0; i < normalized.length; i++) {
    const slot = slotOf(normalized.charCodeAt(i));
    if (slot < 32) low |= 1 << slot;
    else high |= 1 << (slot - 32);
  }
  const { forms, characterSets } = keys;
  let best: string | undefined;
  let bestDistance = limit + 1;
  // Indexed loops and no call per key beyond bitCount: this runs before the JIT has warmed up.
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]!;
    if (Math.abs(form.length - normalized.length) >= bestDistance) continue;
    const formLow = characterSets[2 * k]!;
    const formHigh = characterSets[2 * k + 1]!;
    if (bitCount(formLow & ~low) + bitCount(formHigh & ~high) >= bestDistance) continue;
    if (bitCount(low & ~formLow) + bitCount(high & ~formHigh) >= bestDistance) continue;
    const edits = distance(normalized, form);
    if (edits < bestDistance) {
      best = form;
      bestDistance = edits;
    }
  }
  return best === undefined ? undefined : keys.byNormalized.get(best);
}
