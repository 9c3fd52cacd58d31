// `git ls-files -s -m -t -z` read by hand: every entry once (a conflicted path's first stage),
// the changed paths apart, and a digest of the entries that ignores the changed list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIndexListing } from '../../../src/git/tree-files.js';

const id = (n: number): string => n.toString(16).padStart(40, '0');
const entry = (tag: string, path: string, n = 1, stage = 0): string => `${tag} 100644 ${id(n)} ${stage}\t${path}\0`;

describe('parseIndexListing', () => {
  it('lists each path once, the changed ones apart, for any path text (tabs and line ends too)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }).filter((path) => !path.includes('\0')), { maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (paths, changedFlags) => {
        const stdout = paths.map((path, at) => entry('H', path, at) + (changedFlags[at] ? entry('C', path, at) : '')).join('');
        const listing = parseIndexListing(stdout);
        expect(listing.files()).toEqual(paths.map((path, at) => ({ mode: '100644', id: id(at), path })));
        expect([...listing.changed]).toEqual(paths.filter((_, at) => changedFlags[at]));
        // The digest is the entries', whatever git lists as changed.
        expect(listing.digest).toBe(parseIndexListing(paths.map((path, at) => entry('H', path, at)).join('')).digest);
      }),
    );
  });

  it('property: entriesOf finds what files() lists for any paths (tabs, NULs before a tag, conflicts, changed records)', () => {
    const pathText = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'b', '\t', 'C ', 'H ', '0', '\n', '/') });
    fc.assert(
      fc.property(fc.uniqueArray(pathText, { maxLength: 8 }), fc.array(fc.constantFrom('H', 'S', 'conflict', 'H+C', 'H+R'), { minLength: 8, maxLength: 8 }), fc.array(pathText, { maxLength: 4 }), (paths, kinds, extra) => {
        const stdout = paths
          .map((path, at) => {
            const kind = kinds[at]!;
            if (kind === 'conflict') return entry('M', path, at + 1, 1) + entry('M', path, at + 2, 2);
            if (kind === 'S') return entry('S', path, at);
            return entry('H', path, at) + (kind === 'H+C' ? entry('C', path, at) : kind === 'H+R' ? entry('R', path, at) : '');
          })
          .join('');
        const wanted = new Set([...paths.filter((_, at) => at % 2 === 0), ...extra]);
        const searched = parseIndexListing(stdout).entriesOf(wanted);
        const whole = parseIndexListing(stdout);
        expect(searched).toEqual(whole.files().filter((file) => wanted.has(file.path)));
        expect(whole.entriesOf(wanted)).toEqual(searched);
      }),
      { numRuns: 500 },
    );
  });

  it('gives another digest when an entry changes (blob, mode, stage, tag or path), and keeps the first stage of a conflict', () => {
    const base = parseIndexListing(entry('H', 'a.ts') + entry('H', 'b.ts')).digest;
    expect(parseIndexListing(entry('H', 'a.ts', 2) + entry('H', 'b.ts')).digest).not.toBe(base);
    expect(parseIndexListing(entry('S', 'a.ts') + entry('H', 'b.ts')).digest).not.toBe(base);
    expect(parseIndexListing(entry('H', 'a.ts') + entry('H', 'c.ts')).digest).not.toBe(base);
    expect(parseIndexListing(entry('H', 'a.ts') + entry('H', 'b.ts') + entry('R', 'b.ts')).digest).toBe(base);
    const conflicted = parseIndexListing(entry('M', 'a.ts', 1, 1) + entry('M', 'a.ts', 2, 2) + entry('M', 'a.ts', 3, 3));
    expect(conflicted.files()).toEqual([{ mode: '100644', id: id(1), path: 'a.ts' }]);
  });

  it('throws a GitError naming an entry of another shape', () => {
    expect(() => parseIndexListing('H 100644 xyz 0\ta.ts\0').files()).toThrow(/cannot read/);
    expect(() => parseIndexListing('no tab here\0').files()).toThrow(/cannot read/);
    expect(() => parseIndexListing(`${entry('H', 'a.ts')}C 100644 xyz 0\ta.ts\0`)).toThrow(/cannot read/);
  });
});
