// The flag inventory snapshot file (format 2): what is written is read back, per flag as the same
// bytes; a changed byte, a cut or a foreign file is damaged (rebuilt by the run, named by doctor).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVENTORY_SNAPSHOT_FORMAT, inventorySnapshotProblem, readInventorySnapshot, writeInventorySnapshot, type SnapshotToWrite } from '../../../src/cache/inventory-snapshot.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prove-snapshot-'));
  file = join(dir, 'prove-hooks', 'flag-inventory.snapshot');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const snapshotOf = (locations: readonly (string | Uint8Array)[]): SnapshotToWrite => ({
  identity: 'abc123',
  listing: { digest: '0badf00d', listed: 3, changed: ['src/a.ts'], skipped: [{ path: 'flags.json', reason: 'registry' }] },
  state: { files: [], counts: locations.map(() => ({ references: 0, suppressed: 0, comments: 0, files: 0 })), unknown: [], summary: { scanned: 0, dynamic: [], partial: [], contentSkipped: [] } },
  locations,
});

describe('inventory snapshot', () => {
  it('reads back what it wrote: the listing, the state and each flag line as the same bytes, text or bytes when written', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string()).map((text) => text.replace(/\n/g, ' ')), { maxLength: 6 }), fc.boolean(), (texts, asBytes) => {
        const written = texts.map((text) => (asBytes ? Buffer.from(text, 'utf8') : text));
        expect(writeInventorySnapshot(file, snapshotOf(written))).toBeUndefined();
        const read = readInventorySnapshot(file, 'abc123');
        if (read.kind !== 'ok') throw new Error(`not read: ${JSON.stringify(read)}`);
        expect(read.snapshot.listing).toEqual(snapshotOf([]).listing);
        expect(read.snapshot.locations.count).toBe(texts.length);
        texts.forEach((text, position) => {
          expect(read.snapshot.locations.text(position)).toBe(Buffer.from(text, 'utf8').toString('utf8'));
          expect(Buffer.compare(read.snapshot.locations.bytes(position), Buffer.from(text, 'utf8'))).toBe(0);
        });
        expect(inventorySnapshotProblem(readFileSync(file))).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('property: the entries read one by one (by path, by key, the unkept ones) are the entries written, for any path text', () => {
    const pathText = fc.oneof(fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', '"', '\\', '\n', ',', '{', '}', ':', 'é', '😀', '{"path":"a",', '"key":""') }), fc.string({ minLength: 1 }));
    const entry = fc.record({ path: pathText, key: fc.constantFrom('', '0:abc.ts', '1:def.py', '0:a"b'), registry: fc.constantFrom(0, 1), skip: fc.constantFrom(undefined, 'binary' as const), flags: fc.constantFrom(undefined, [0], [1, 2]) }, { requiredKeys: ['path', 'key', 'registry'] });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (item) => item.path, maxLength: 8 }), fc.array(pathText, { maxLength: 3 }), fc.integer({ min: 0, max: 2 }), (entries, extraPaths, flagCount) => {
        const files = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const state = { ...snapshotOf(Array.from({ length: flagCount }, () => 'x')).state, files };
        expect(writeInventorySnapshot(file, { ...snapshotOf(Array.from({ length: flagCount }, () => 'x')), state })).toBeUndefined();
        const read = readInventorySnapshot(file, 'abc123');
        if (read.kind !== 'ok') throw new Error(`not read: ${JSON.stringify(read)}`);
        const asked = new Set([...files.filter((_, at) => at % 2 === 0).map((item) => item.path), ...extraPaths]);
        expect(read.snapshot.state.fileCount).toBe(files.length);
        const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
        expect([...read.snapshot.state.entriesOf(asked)].sort(byPath)).toEqual(files.filter((item) => asked.has(item.path)));
        expect(read.snapshot.state.unkeptPaths()).toEqual(files.filter((item) => item.key === '').map((item) => item.path));
        for (const key of ['', '0:abc.ts', '1:def.py', '0:a"b', 'abc.ts']) expect(read.snapshot.state.hasKey(key)).toBe(files.some((item) => item.key === key));
        expect(read.snapshot.state.allFiles()).toEqual(files);
        expect(read.snapshot.locations.count).toBe(flagCount);
      }),
      { numRuns: 150 },
    );
  });

  it('reads back every entry of a state whose lines run over several megabytes, written in parts', () => {
    // 30,000 entries of about 100 bytes: the entries' lines are joined in parts of about a megabyte.
    const files = Array.from({ length: 30_000 }, (_, at) => ({ path: `src/${String(at).padStart(6, '0')}/${'é'.repeat(at % 3)}${'x'.repeat(40)}.ts`, key: `0:${at.toString(16).padStart(40, '0')}`, registry: 0, flags: [at % 2] }));
    const locations = ['{"file":"src/a.ts","line":1}', Buffer.from('{"file":"src/b.ts","line":2}', 'utf8')];
    expect(writeInventorySnapshot(file, { ...snapshotOf(locations), state: { ...snapshotOf(locations).state, files } })).toBeUndefined();
    expect(readFileSync(file).length).toBeGreaterThan(3 * 1024 * 1024);
    const read = readInventorySnapshot(file, 'abc123');
    if (read.kind !== 'ok') throw new Error(`not read: ${JSON.stringify(read)}`);
    expect(read.snapshot.state.allFiles()).toEqual(files);
    expect(read.snapshot.state.entriesOf(new Set([files[0]!.path, files[14_999]!.path, files[29_999]!.path]))).toEqual([files[0], files[14_999], files[29_999]]);
    expect([read.snapshot.locations.text(0), read.snapshot.locations.text(1)]).toEqual(['{"file":"src/a.ts","line":1}', '{"file":"src/b.ts","line":2}']);
  });

  it('tells no flags from one flag without locations', () => {
    writeInventorySnapshot(file, snapshotOf([]));
    const none = readInventorySnapshot(file, 'abc123');
    expect(none.kind === 'ok' && none.snapshot.locations.count).toBe(0);
    writeInventorySnapshot(file, snapshotOf(['']));
    const one = readInventorySnapshot(file, 'abc123');
    expect(one.kind === 'ok' && one.snapshot.locations.count).toBe(1);
  });

  it('is damaged when any byte of the body changes or the file is cut, and not ours when the header is foreign', () => {
    writeInventorySnapshot(file, snapshotOf(['{"file":"src/a.ts","line":1}', 'x']));
    const whole = readFileSync(file);
    const bodyStart = whole.indexOf(0x0a) + 1;
    for (let at = bodyStart; at < whole.length; at++) {
      const changed = Buffer.from(whole);
      changed[at] = changed[at]! ^ 0x20;
      writeFileSync(file, changed);
      expect(readInventorySnapshot(file, 'abc123').kind).toBe('damaged');
      expect(inventorySnapshotProblem(changed)).toBeDefined();
    }
    writeFileSync(file, whole.subarray(0, whole.length - 5));
    expect(readInventorySnapshot(file, 'abc123')).toEqual({ kind: 'damaged', reason: 'damaged (checksum mismatch)' });
    writeFileSync(file, `not a snapshot\n${whole.subarray(bodyStart).toString()}`);
    expect(readInventorySnapshot(file, 'abc123')).toEqual({ kind: 'damaged', reason: 'not a flag inventory snapshot' });
  });

  it('is none for another identity or another version of the format (replaced quietly)', () => {
    writeInventorySnapshot(file, snapshotOf(['x']));
    expect(readInventorySnapshot(file, 'other').kind).toBe('none');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(INVENTORY_SNAPSHOT_FORMAT, 'prove-hooks/flag-inventory-snapshot@1'));
    expect(readInventorySnapshot(file, 'abc123').kind).toBe('none');
    expect(inventorySnapshotProblem(readFileSync(file))).toBeUndefined();
  });
});
