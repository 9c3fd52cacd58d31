// What a JS/TS barrel file re-exports from the files beside it (`export * from './keys'`,
// `export { A as B } from './keys'`), and the constants it thus exports. Pure; the hooks read the
// re-exported files (hooks/imported-keys.ts).
import { posix } from 'node:path';
import { jsCandidates } from './imported-constants.js';
import { lexFamilyOf, lexSource, Region, regionAt } from './source-lexer.js';

/**
 * What a JS/TS file re-exports from another (a barrel): `export * from './keys'` (every name),
 * `export * as keys from './keys'` (under a namespace) and `export { A, B as C } from './keys'`
 * (`[exported there, exported here]` pairs), with the paths that may hold the source.
 */
export type ReExport =
  | { readonly kind: 'all'; readonly candidates: readonly string[] }
  | { readonly kind: 'namespace'; readonly name: string; readonly candidates: readonly string[] }
  | { readonly kind: 'named'; readonly names: readonly (readonly [string, string])[]; readonly candidates: readonly string[] };

const JS_EXPORT_ALL = /(?<![\w$.])export\s+\*\s*(?:as\s+([A-Za-z_$][\w$]*)\s*)?from\s*(['"])(\.{1,2}\/[^'"\n]{0,500})\2/g;
const JS_EXPORT_NAMED = /(?<![\w$.])export\s+(?:type\s+)?\{([^}]{0,2000})\}\s*from\s*(['"])(\.{1,2}\/[^'"\n]{0,500})\2/g;

/** The re-exports of a JS/TS file (ReExport); none for another language. Pure. */
export function findReExports(text: string, path: string): ReExport[] {
  if (lexFamilyOf(path) !== 'js' || !text.includes('export')) return [];
  const regions = lexSource(text, 'js');
  const isCode = (offset: number): boolean => regionAt(regions, offset) === Region.CODE;
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  const found: ReExport[] = [];
  for (const match of text.matchAll(JS_EXPORT_ALL)) {
    const candidates = isCode(match.index) ? jsCandidates(dir, match[3]!) : [];
    if (candidates.length === 0) continue;
    found.push(match[1] === undefined ? { kind: 'all', candidates } : { kind: 'namespace', name: match[1], candidates });
  }
  for (const match of text.matchAll(JS_EXPORT_NAMED)) {
    const candidates = isCode(match.index) ? jsCandidates(dir, match[3]!) : [];
    if (candidates.length === 0) continue;
    const names: [string, string][] = [];
    for (const part of match[1]!.split(',')) {
      const [source, local] = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).map((name) => name.trim());
      if (source !== undefined && /^[A-Za-z_$][\w$]*$/.test(source) && /^[A-Za-z_$][\w$]*$/.test(local ?? source)) names.push([source, local ?? source]);
    }
    if (names.length > 0) found.push({ kind: 'named', names, candidates });
  }
  return found;
}

/**
 * A barrel's constants: its own, then what it re-exports, read from the first candidate of each
 * re-export whose constants `constantsOf` gives (a name the barrel declares itself wins).
 */
export function addReExportedConstants(
  own: ReadonlyMap<string, string>,
  reExports: readonly ReExport[],
  constantsOf: (path: string) => ReadonlyMap<string, string> | undefined,
): ReadonlyMap<string, string> {
  if (reExports.length === 0) return own;
  const merged = new Map(own);
  const add = (name: string, value: string): void => {
    if (!merged.has(name)) merged.set(name, value);
  };
  for (const reExport of reExports) {
    const source = reExport.candidates.map(constantsOf).find((constants) => constants !== undefined);
    if (source === undefined) continue;
    for (const [name, value] of source) {
      if (reExport.kind === 'all') add(name, value);
      else if (reExport.kind === 'namespace') add(`${reExport.name}.${name}`, value);
      else {
        const first = name.split('.')[0]!;
        for (const [exported, local] of reExport.names) if (exported === first) add(`${local}${name.slice(first.length)}`, value);
      }
    }
  }
  return merged;
}
