// What a pattern's match says: the flag references it names (one key, a list of keys, or the
// properties of a destructuring), each resolved to a registry key, and a line's references in
// order without duplicates. Used by compile-matcher.ts for every match on a candidate line.
import { FLAG_PREFIX_GROUP } from './custom-pattern.js';
import type { FlagReference } from './matcher.js';
import type { PresetPattern } from './presets/preset.js';
import type { RegistryIndex } from './registry.js';

/** A pattern ready to run: its regex, and how to read a match of it. */
export interface CompiledPattern extends Omit<PresetPattern, 'regex' | 'anchors' | 'requires'> {
  readonly regex: RegExp;
  /** PresetPattern.requires compiled: a whole-text search of the pattern runs only where it matches. */
  readonly requires?: RegExp;
  readonly source: string;
  /**
   * A custom pattern (linear engine, no `d`): its group is read by name, its offset from the
   * group before it (custom-pattern.ts), else from where its text first occurs in the match.
   */
  readonly custom: boolean;
}

/** The named group that holds what a pattern of this kind found. */
export function groupOf(kind: PresetPattern['kind']): string {
  return kind === 'call' ? 'flag' : kind === 'list' ? 'list' : 'names';
}

/** Adds the references a match of `pattern` names. */
export function collectMatch(pattern: CompiledPattern, match: RegExpExecArray, index: RegistryIndex, add: (reference: FlagReference) => void): void {
  const group = groupOf(pattern.kind);
  const text = pattern.custom ? match.groups?.[group] : match[1];
  if (text === undefined) return;
  // Without `d`, offsets follow from the shape of the built-in patterns: a destructuring starts
  // right after the match's `{`, a list ends one bracket before the match's end, and a key is
  // the last thing in its match apart from a closing quote or parenthesis.
  const at = pattern.custom
    ? match.index + (match.groups?.[FLAG_PREFIX_GROUP]?.length ?? Math.max(0, match[0].indexOf(text)))
    : pattern.kind === 'destructure'
      ? match.index + 1
      : pattern.kind === 'list'
        ? match.index + match[0].length - 1 - text.length
        : match.index + match[0].lastIndexOf(text);
  if (at === undefined) return;
  if (pattern.kind === 'call') {
    add(resolveReference(text, at, pattern, index));
    return;
  }
  const names = pattern.kind === 'list' ? listStrings(text) : destructuredNames(text);
  for (const { name, offset } of names) {
    if (pattern.requirePrefix !== undefined && !name.startsWith(pattern.requirePrefix)) continue;
    add(resolveReference(name, at + offset, pattern, index));
  }
}

/** The registry key a name read from a result object stands for (`flag`, and `written` when it differs). */
export function resolveWritten(written: string, keyForm: 'exact' | 'normalized', index: RegistryIndex, stripPrefix?: string): { flag: string; written?: string } {
  const known = index.get(written);
  if (known !== undefined) return { flag: known.key };
  const aliasKey = index.keyOfAlias(written);
  if (aliasKey !== undefined) return { flag: aliasKey, written };
  const stripped = stripPrefix !== undefined && written.startsWith(stripPrefix) ? written.slice(stripPrefix.length) : written;
  // An unknown name keeps its prefix (as resolveByForm does for env references).
  const normalized = keyForm !== 'normalized' ? undefined : index.get(stripped) !== undefined ? stripped : index.keyOfNormalized(stripped);
  return normalized === undefined ? { flag: written } : { flag: normalized, written };
}

/** Maps what the code wrote to a registry key: key, alias, then (normalized forms) letters and digits. */
function resolveReference(written: string, at: number, pattern: CompiledPattern, index: RegistryIndex): FlagReference {
  const source = pattern.source;
  // The registry's own string for a known key: the many references to it share one string.
  if (pattern.referenceKind !== undefined && pattern.referenceKind !== 'call') return { ...resolveByForm(written, at, pattern, index), kind: pattern.referenceKind };
  return resolveByForm(written, at, pattern, index);
}

function resolveByForm(written: string, at: number, pattern: CompiledPattern, index: RegistryIndex): FlagReference {
  const source = pattern.source;
  const known = index.get(written);
  if (known !== undefined) return { flag: known.key, index: at, source };
  const aliasKey = index.keyOfAlias(written);
  if (aliasKey !== undefined) return { flag: aliasKey, index: at, source, written };
  if (pattern.keyForm === 'normalized') {
    const stripped =
      pattern.stripPrefix !== undefined && written.startsWith(pattern.stripPrefix) ? written.slice(pattern.stripPrefix.length) : written;
    const key = index.get(stripped) !== undefined ? stripped : index.keyOfNormalized(stripped);
    // An unknown name keeps its prefix: the registry lists environment flags as they are written.
    if (key === undefined) return { flag: written, index: at, source };
    return { flag: key, index: at, source, written };
  }
  return { flag: written, index: at, source };
}

const STRING_LITERAL = /['"`]([^'"`\s\\$]{1,256})['"`]/g;

function listStrings(text: string): { name: string; offset: number }[] {
  return [...text.matchAll(STRING_LITERAL)].map((match) => ({ name: match[1]!, offset: match.index + 1 }));
}

const PROPERTY = /(?:^|,)\s*(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*(?=[:=,]|$)/g;

/**
 * `text` with its JS comments (`// ...`, `/* ... *\/`) blanked to spaces, offsets kept: the inside
 * of a destructuring pattern, where Prettier keeps a comment after a name's comma. Quoted names
 * are left as they are.
 */
export function blankComments(text: string): string {
  if (!text.includes('/')) return text;
  return text.replace(/(['"])(?:(?!\1)[^\\\n])*\1|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g, (found) => (found.startsWith('/') ? found.replace(/[^\n]/g, ' ') : found));
}

/** Property names of a destructuring pattern `{ a, b: c, 'd-e': f, g = 1, ...rest }` or of named imports `{ a, b as c }`. */
function destructuredNames(text: string): { name: string; offset: number }[] {
  const names: { name: string; offset: number }[] = [];
  // Only top-level properties: drop the right-hand sides (renames, defaults) before reading.
  // An import's renames too (`{ FF_X as edge } from '$env/static/private'`).
  const cleaned = blankComments(text).replace(/[:=][^,]*|\s+as\s+[A-Za-z_$][\w$]*/g, (rhs) => ' '.repeat(rhs.length));
  for (const match of cleaned.matchAll(PROPERTY)) {
    const name = match[2] ?? match[3];
    if (name === undefined) continue;
    names.push({ name, offset: match.index + match[0].indexOf(name) });
  }
  return names;
}

/**
 * Sorted by offset (stable); of references at the same offset with the same flag, the first found
 * stays. In place: `references` is the line's own array, usually short and already in order, so
 * this allocates nothing.
 */
export function deduplicate(references: FlagReference[]): FlagReference[] {
  // Insertion sort: stable, and one pass when already in order (the usual case).
  for (let i = 1; i < references.length; i++) {
    const reference = references[i]!;
    let k = i - 1;
    while (k >= 0 && references[k]!.index > reference.index) {
      references[k + 1] = references[k]!;
      k -= 1;
    }
    references[k + 1] = reference;
  }
  let kept = 0;
  for (let i = 0; i < references.length; i++) {
    const reference = references[i]!;
    let duplicate = false;
    for (let k = kept - 1; k >= 0 && references[k]!.index === reference.index; k -= 1) {
      if (references[k]!.flag === reference.flag) duplicate = true;
    }
    if (!duplicate) references[kept++] = reference;
  }
  references.length = kept;
  return references;
}
