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

/** The first key written twice in one object of `text` (valid JSON), or undefined. */
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
