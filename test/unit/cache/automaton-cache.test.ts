import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTOMATON_CACHE_MAX_FILES, compileAnchorsCached, readAutomatonFile } from '../../../src/cache/automaton-cache.js';
import { compileAnchors, findAnchors, type AnchorAutomaton } from '../../../src/core/scan/anchor-automaton.js';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'prove-automaton-cache-'));
  dir = join(root, '.git', 'prove-hooks');
  mkdirSync(join(root, '.git'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ANCHORS = ['variation(', 'useFlag(', 'FEATURE_A', 'FEATURE_AB', 'isEnabled(', 'ü-flag'];

/** compileAnchors, counting its calls. */
function countingCompile(): { compile: (anchors: readonly string[]) => AnchorAutomaton; calls: () => number } {
  let calls = 0;
  return {
    compile: (anchors) => {
      calls += 1;
      return compileAnchors(anchors);
    },
    calls: () => calls,
  };
}

const files = () => (existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith('anchor-automaton-')) : []);
const plain = (automaton: AnchorAutomaton) => ({ ...automaton, table: [...automaton.table], classes: [...automaton.classes], outputStarts: [...automaton.outputStarts], outputs: [...automaton.outputs] });

describe('the persisted prefilter automaton', () => {
  it('is compiled once, then read back exactly as compiled', () => {
    const first = countingCompile();
    const compiled = compileAnchorsCached(dir, ANCHORS, '1.0.0', first.compile);
    expect(first.calls()).toBe(1);
    expect(files()).toHaveLength(1);
    const second = countingCompile();
    const cached = compileAnchorsCached(dir, ANCHORS, '1.0.0', second.compile);
    expect(second.calls()).toBe(0);
    expect(plain(cached)).toEqual(plain(compiled));
  });

  it('finds the same anchors read back as compiled, for any anchors and line', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 0, maxLength: 6 }), { maxLength: 12 }), fc.string({ maxLength: 60 }), (anchors, line) => {
        rmSync(dir, { recursive: true, force: true });
        const compiled = compileAnchorsCached(dir, anchors, '1.0.0', compileAnchors);
        const cached = compileAnchorsCached(dir, anchors, '1.0.0', () => {
          throw new Error('should have been read from the cache');
        });
        const bytes = new TextEncoder().encode(line.replace(/\n/g, ' '));
        const find = (automaton: AnchorAutomaton) => {
          const found = new Int32Array(4 * bytes.length + 16);
          const ends = new Int32Array(found.length);
          const count = findAnchors(automaton, bytes, 0, bytes.length, found, ends);
          return [[...found.subarray(0, count)], [...ends.subarray(0, count)]];
        };
        expect(find(cached)).toEqual(find(compiled));
      }),
      { numRuns: 60 },
    );
  });

  it('is never used for other anchors, even under the same file name', () => {
    compileAnchorsCached(dir, ANCHORS, '1.0.0', compileAnchors);
    const [file] = files();
    expect(readAutomatonFile(join(dir, file!), JSON.stringify(ANCHORS), '1.0.0')).toBeDefined();
    expect(readAutomatonFile(join(dir, file!), JSON.stringify([...ANCHORS, 'extra(']), '1.0.0')).toBeUndefined();
    expect(readAutomatonFile(join(dir, file!), JSON.stringify(ANCHORS.slice(1)), '1.0.0')).toBeUndefined();
  });

  it('is rebuilt when written by another version', () => {
    compileAnchorsCached(dir, ANCHORS, '1.0.0', compileAnchors);
    const next = countingCompile();
    compileAnchorsCached(dir, ANCHORS, '1.1.0', next.compile);
    expect(next.calls()).toBe(1);
  });

  it.each([
    ['a flipped byte in the table', (bytes: Buffer) => void (bytes[bytes.length - 40]! ^= 0x10)],
    ['a flipped byte in the header', (bytes: Buffer) => void (bytes[40]! ^= 0x01)],
    ['a truncated file', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['an empty file', () => Buffer.alloc(0)],
    ['another file entirely', () => Buffer.from('{"not":"an automaton"}')],
  ])('is rebuilt, never trusted, after %s', (_what, damage) => {
    compileAnchorsCached(dir, ANCHORS, '1.0.0', compileAnchors);
    const file = join(dir, files()[0]!);
    const bytes = readFileSync(file);
    writeFileSync(file, damage(bytes) ?? bytes);
    expect(readAutomatonFile(file, JSON.stringify(ANCHORS), '1.0.0')).toBeUndefined();
    const next = countingCompile();
    let rebuilds = 0;
    const rebuilt = compileAnchorsCached(dir, ANCHORS, '1.0.0', next.compile, () => rebuilds++);
    expect(next.calls()).toBe(1);
    expect(rebuilds).toBe(1);
    expect(plain(rebuilt)).toEqual(plain(compileAnchors(ANCHORS)));
    expect(readAutomatonFile(file, JSON.stringify(ANCHORS), '1.0.0')).toBeDefined();
  });

  it('reports no rebuild for a first run with new anchors nor for a whole file', () => {
    let rebuilds = 0;
    compileAnchorsCached(dir, ANCHORS, '1.0.0', compileAnchors, () => rebuilds++);
    compileAnchorsCached(dir, ANCHORS, '1.0.0', compileAnchors, () => rebuilds++);
    expect(rebuilds).toBe(0);
  });

  it(`keeps at most ${AUTOMATON_CACHE_MAX_FILES} anchor sets`, () => {
    for (let i = 0; i < AUTOMATON_CACHE_MAX_FILES + 3; i++) compileAnchorsCached(dir, [...ANCHORS, `flag-${i}`], '1.0.0', compileAnchors);
    expect(files()).toHaveLength(AUTOMATON_CACHE_MAX_FILES);
    // The newest is among them.
    const next = countingCompile();
    compileAnchorsCached(dir, [...ANCHORS, `flag-${AUTOMATON_CACHE_MAX_FILES + 2}`], '1.0.0', next.compile);
    expect(next.calls()).toBe(0);
  });

  it('writes nothing through a symbolic link planted as the state folder, and still compiles', () => {
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, dir);
    const automaton = compileAnchorsCached(dir, ANCHORS, '1.0.0', compileAnchors);
    expect(plain(automaton)).toEqual(plain(compileAnchors(ANCHORS)));
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
