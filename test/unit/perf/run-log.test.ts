import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendRunRecord, compactRunLog, readRunLog } from '../../../src/perf/run-log.js';
import type { LockOptions } from '../../../src/perf/lock-file.js';
import { makeRecord } from './records.js';

let dir: string;
let log: string;
const lock = (overrides: Partial<LockOptions> = {}): LockOptions => ({
  pid: process.pid,
  token: 'tok',
  nowEpochMs: () => 1_000_000,
  staleAfterMs: 30_000,
  isAlive: () => true,
  ...overrides,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prove-hooks-runlog-'));
  log = join(dir, 'perf.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('appendRunRecord and readRunLog', () => {
  it('appends one line per record and reads them back in order', () => {
    const records = [makeRecord(), makeRecord({ hook: 'commit-msg' }), makeRecord()];
    for (const record of records) appendRunRecord(log, record);
    expect(readFileSync(log, 'utf8').split('\n')).toHaveLength(4);
    expect(readRunLog(log)).toMatchObject({ records, corrupt: 0, unknownVersion: 0 });
  });

  it('reads a missing log as empty', () => {
    expect(readRunLog(log)).toEqual({ records: [], corrupt: 0, unknownVersion: 0, sizeBytes: 0 });
  });

  it('reads an empty log as empty', () => {
    writeFileSync(log, '');
    expect(readRunLog(log).records).toEqual([]);
  });

  it('skips and counts corrupt lines and other versions, keeping the rest', () => {
    const good = makeRecord();
    writeFileSync(log, ['{"v":1,"id":', 'garbage', JSON.stringify({ ...makeRecord(), v: 2 }), JSON.stringify(good), '\u0000\u0000', ''].join('\n'));
    expect(readRunLog(log)).toMatchObject({ records: [good], corrupt: 3, unknownVersion: 1 });
  });

  it('ignores a truncated last line (a write in flight or a crash) without counting it', () => {
    const good = makeRecord();
    writeFileSync(log, `${JSON.stringify(good)}\n${JSON.stringify(makeRecord()).slice(0, 30)}`);
    expect(readRunLog(log)).toMatchObject({ records: [good], corrupt: 0 });
  });

  it('starts a fresh line after a torn last line, so the next record survives', () => {
    writeFileSync(log, JSON.stringify(makeRecord()).slice(0, 30));
    const next = makeRecord();
    appendRunRecord(log, next);
    const read = readRunLog(log);
    expect(read.records).toEqual([next]);
    expect(read.corrupt).toBe(1);
  });

  it('drops duplicate ids (a record written twice around a compaction)', () => {
    const record = makeRecord();
    appendRunRecord(log, record);
    appendRunRecord(log, record);
    expect(readRunLog(log).records).toEqual([record]);
  });

  it('reads only the tail when asked, dropping the line cut by the window', () => {
    const records = Array.from({ length: 50 }, () => makeRecord());
    for (const record of records) appendRunRecord(log, record);
    const lineBytes = readFileSync(log, 'utf8').split('\n')[0]!.length + 1;
    const tail = readRunLog(log, { maxBytes: lineBytes * 10 + 5 });
    expect(tail.records).toEqual(records.slice(-10));
    expect(tail.corrupt).toBe(0);
  });

  it('filters by hook', () => {
    appendRunRecord(log, makeRecord({ hook: 'commit-msg' }));
    const wanted = makeRecord({ hook: 'pre-push' });
    appendRunRecord(log, wanted);
    expect(readRunLog(log, { hook: 'pre-push' }).records).toEqual([wanted]);
  });

  it('throws when the log cannot be written (the caller decides to carry on)', () => {
    expect(() => appendRunRecord(join(dir, 'missing-dir', 'perf.jsonl'), makeRecord())).toThrow(/ENOENT/);
  });
});

describe('compactRunLog', () => {
  it('keeps the newest records and drops corrupt lines', () => {
    const records = Array.from({ length: 20 }, () => makeRecord());
    for (const record of records.slice(0, 10)) appendRunRecord(log, record);
    appendFileSync(log, 'not json\n');
    for (const record of records.slice(10)) appendRunRecord(log, record);
    const result = compactRunLog(log, { keepRecords: 5, lockPath: `${log}.lock`, lock: lock() });
    expect(result).toEqual({ compacted: true, kept: 5, dropped: 15, corrupt: 1, brokeStaleLock: false });
    expect(readRunLog(log)).toMatchObject({ records: records.slice(-5), corrupt: 0 });
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('keeps records of unknown versions (a newer prove-hooks in another worktree)', () => {
    const future = JSON.stringify({ ...makeRecord(), v: 2 });
    appendFileSync(log, `${future}\n`);
    appendRunRecord(log, makeRecord());
    compactRunLog(log, { keepRecords: 10, lockPath: `${log}.lock`, lock: lock() });
    expect(readFileSync(log, 'utf8')).toContain(future);
  });

  it('skips when another process holds the lock', () => {
    appendRunRecord(log, makeRecord());
    writeFileSync(`${log}.lock`, JSON.stringify({ pid: 1, token: 'other', createdAt: 999_000 }));
    expect(compactRunLog(log, { keepRecords: 1, lockPath: `${log}.lock`, lock: lock() })).toEqual({ compacted: false, reason: 'locked' });
    expect(readFileSync(`${log}.lock`, 'utf8')).toContain('other');
  });

  it.each([
    ['its owner is dead', { pid: 4242, token: 'dead', createdAt: 999_000 }, { isAlive: (pid: number) => pid !== 4242 }],
    ['it is older than the stale age', { pid: 1, token: 'old', createdAt: 1_000_000 - 60_000 }, {}],
  ])('breaks a stale lock when %s', (_name, owner, overrides) => {
    appendRunRecord(log, makeRecord());
    writeFileSync(`${log}.lock`, JSON.stringify(owner));
    const result = compactRunLog(log, { keepRecords: 1, lockPath: `${log}.lock`, lock: lock(overrides) });
    expect(result).toMatchObject({ compacted: true, brokeStaleLock: true });
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('keeps an empty lock file that is still young (its owner may be writing it)', () => {
    appendRunRecord(log, makeRecord());
    writeFileSync(`${log}.lock`, '');
    const result = compactRunLog(log, { keepRecords: 1, lockPath: `${log}.lock`, lock: lock({ nowEpochMs: () => Date.now() }) });
    expect(result).toEqual({ compacted: false, reason: 'locked' });
  });

  it('reports a missing log', () => {
    expect(compactRunLog(log, { keepRecords: 1, lockPath: `${log}.lock`, lock: lock() })).toEqual({ compacted: false, reason: 'missing' });
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('compacts an empty log to an empty log', () => {
    writeFileSync(log, '');
    expect(compactRunLog(log, { keepRecords: 3, lockPath: `${log}.lock`, lock: lock() })).toMatchObject({ compacted: true, kept: 0 });
    expect(readFileSync(log, 'utf8')).toBe('');
  });
});

describe('readRunLog with newest', () => {
  it('returns only the newest records of the hook, oldest first, skipping bad lines', () => {
    const records = Array.from({ length: 30 }, (_, i) => makeRecord({ hook: i % 3 === 0 ? 'pre-push' : 'pre-commit' }));
    for (const record of records.slice(0, 20)) appendRunRecord(log, record);
    appendFileSync(log, 'garbage\n');
    for (const record of records.slice(20)) appendRunRecord(log, record);
    appendRunRecord(log, records[29]!);
    const read = readRunLog(log, { hook: 'pre-commit', newest: 4 });
    expect(read.records).toEqual(records.filter((r) => r.hook === 'pre-commit').slice(-4));
    expect(readRunLog(log, { newest: 100 }).records).toEqual(records);
    expect(readRunLog(log, { newest: 100 }).corrupt).toBe(1);
  });
});
