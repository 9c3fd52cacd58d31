// Duplicate keys in JSON text: JSON.parse keeps the last one silently, so a config or registry
// with a key written twice would be read other than it looks. Pure.
// The ESM build: the package's UMD main loads its parts with require() calls a bundler cannot follow.
import { visit } from 'jsonc-parser/lib/esm/main.js';

/** A key written twice in one object: where the second one is (1-based line and column). */
export interface DuplicateKey {
  readonly key: string;
  /** Where the key sits, e.g. `flags[2]` or `commitMsg` (empty for the top level). */
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/**
 * How deep a config or registry may nest arrays and objects. JSON.parse takes any depth, but the
 * duplicate-key walk below recurses once per level, and a file nested 100,000 deep overflowed the
 * stack (an internal error); no config or registry needs more than a few levels.
 */
export const MAX_JSON_DEPTH = 256;

/** Where `text` first opens an array or object deeper than `maxDepth` (1-based line and column), or undefined. Linear. */
export function findTooDeepJson(text: string, maxDepth = MAX_JSON_DEPTH): { readonly line: number; readonly column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character; a string never holds a raw line feed in JSON.
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth) return { line, column: i - lineStart + 1 };
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return undefined;
}

/**
 * The first key written twice in one object of `text` (valid JSON), or undefined. Recurses once
 * per level: check the depth first with {@link findTooDeepJson}.
 */
export function findDuplicateJsonKey(text: string): DuplicateKey | undefined {
  const keysOfObject: Set<string>[] = [];
  let found: DuplicateKey | undefined;
  visit(text, {
    onObjectBegin: () => {
      keysOfObject.push(new Set());
    },
    onObjectEnd: () => {
      keysOfObject.pop();
    },
    onObjectProperty: (key, _offset, _length, startLine, startCharacter, pathSupplier) => {
      const keys = keysOfObject[keysOfObject.length - 1];
      if (found !== undefined || keys === undefined) return;
      if (keys.has(key)) found = { key, path: formatJsonPath(pathSupplier()), line: startLine + 1, column: startCharacter + 1 };
      else keys.add(key);
    },
  });
  return found;
}

function formatJsonPath(path: readonly (string | number)[]): string {
  return path.map((part, position) => (typeof part === 'number' ? `[${part}]` : position === 0 ? part : `.${part}`)).join('');
}
