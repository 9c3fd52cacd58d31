import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASELINE_REFRESH_BYTES, readCachedBaseline, writeCachedBaseline, type CachedBaseline } from '../../../src/perf/baseline-cache.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prove-baseline-cache-'));
  path = join(dir, 'perf-baselines.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (overrides: Partial<CachedBaseline> = {}): CachedBaseline => ({
  atLogBytes: 10_000,
  window: 30,
  recent: 3,
  totalMs: { n: 30, median: 40, mad: 2 },
  ...overrides,
});
const expectFor = (logBytes: number) => ({ window: 30, recent: 3, logBytes });

describe('readCachedBaseline', () => {
  it('returns what was written while the log has grown by at most the refresh margin', () => {
    writeCachedBaseline(path, 'commit-msg', entry());
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000))).toEqual(entry());
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000 + BASELINE_REFRESH_BYTES))).toEqual(entry());
  });

  it.each([
    ['the log grew past the margin', expectFor(10_001 + BASELINE_REFRESH_BYTES)],
    ['the log shrank (compacted or replaced)', expectFor(9_999)],
    ['another window', { window: 20, recent: 3, logBytes: 10_000 }],
    ['another recent count', { window: 30, recent: 5, logBytes: 10_000 }],
  ])('is stale when %s', (_name, expected) => {
    writeCachedBaseline(path, 'commit-msg', entry());
    expect(readCachedBaseline(path, 'commit-msg', expected)).toBeUndefined();
  });

  it('keeps every hook its own entry', () => {
    writeCachedBaseline(path, 'commit-msg', entry());
    writeCachedBaseline(path, 'pre-commit', entry({ totalMs: { n: 12, median: 300, mad: 9 } }));
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000))?.totalMs.median).toBe(40);
    expect(readCachedBaseline(path, 'pre-commit', expectFor(10_000))?.totalMs.median).toBe(300);
    expect(readCachedBaseline(path, 'pre-push', expectFor(10_000))).toBeUndefined();
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not JSON', '{"format":'],
    ['JSON null', 'null'],
    ['another format', JSON.stringify({ format: 'prove-hooks/perf-baselines@0', hooks: {}, checksum: '' })],
  ])('treats a %s file as no cache, without throwing', (_name, content) => {
    if (content !== undefined) writeFileSync(path, content);
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000))).toBeUndefined();
  });

  it('rejects a hand-edited entry by its checksum, and one of the wrong shape', () => {
    writeCachedBaseline(path, 'commit-msg', entry());
    const edited = readFileSync(path, 'utf8').replace('"median":40', '"median":4');
    writeFileSync(path, edited);
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000))).toBeUndefined();
    writeCachedBaseline(path, 'commit-msg', entry({ totalMs: { n: 0, median: 40, mad: 2 } }));
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000))).toBeUndefined();
  });

  it('is rebuilt over a damaged file by the next write', () => {
    writeFileSync(path, '\u0000garbage');
    writeCachedBaseline(path, 'commit-msg', entry());
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000))).toEqual(entry());
  });

  it('leaves a file of a newer format (a newer prove-hooks in this clone) as it is, and does not use it; replaces an older one', () => {
    const newer = `${JSON.stringify({ format: 'prove-hooks/perf-baselines@3', hooks: [{ hook: 'commit-msg', p50: 1 }], sealed: 'crc' })}\n`;
    writeFileSync(path, newer);
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000))).toBeUndefined();
    writeCachedBaseline(path, 'commit-msg', entry());
    expect(readFileSync(path, 'utf8')).toBe(newer);
    writeFileSync(path, newer.replace('@3', '@1'));
    writeCachedBaseline(path, 'commit-msg', entry());
    expect(readCachedBaseline(path, 'commit-msg', expectFor(10_000))).toEqual(entry());
  });
});
