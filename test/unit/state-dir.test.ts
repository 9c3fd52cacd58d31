// Regression tests: no writer of persisted state follows a symbolic link planted in the git dir.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeConfigCache, snapshotCandidates } from '../../src/cache/config-cache.js';
import { describeConfigSearch } from '../../src/config/search-places.js';
import { RegistryCache } from '../../src/cache/registry-cache.js';
import { saveRejectedMessage } from '../../src/cache/rejected-messages.js';
import { ensureStateDir, isOtherFormatOf, prepareStateFile, writeStateFile } from '../../src/state-dir.js';
import { CacheError } from '../../src/errors.js';
import { finishHookRun, startHookRun } from '../../src/perf/hook-run.js';
import { formatDeltaLine, formatTimingBreakdown } from '../../src/report/timing.js';

const TIMING_TEXT = { formatDeltaLine, formatTimingBreakdown };
import { PERF_DEFAULTS } from '../../src/config/perf-defaults.js';
import { appendRunRecord } from '../../src/perf/run-log.js';
import { makeRecord } from './perf/records.js';
import { FLAG_STATUSES } from '../../src/core/flags/registry.js';

let root: string;
let gitDir: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'prove-state-dir-'));
  gitDir = join(root, 'repo', '.git');
  outside = join(root, 'outside');
  mkdirSync(gitDir, { recursive: true });
  writeFileSync(join(gitDir, 'HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(outside);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const plantLink = (sub = 'prove-hooks') => symlinkSync(outside, join(gitDir, sub));

describe('ensureStateDir and prepareStateFile', () => {
  it('create the state folders as real directories', () => {
    expect(ensureStateDir(gitDir, 'rejected')).toBe(join(gitDir, 'prove-hooks', 'rejected'));
    prepareStateFile(join(gitDir, 'prove-hooks', 'x', 'y.json'), 2);
    expect(readdirSync(join(gitDir, 'prove-hooks')).sort()).toEqual(['rejected', 'x']);
  });

  it.each([
    ['the state folder is a link', () => plantLink()],
    ['a sub-folder is a link', () => (mkdirSync(join(gitDir, 'prove-hooks')), symlinkSync(outside, join(gitDir, 'prove-hooks', 'rejected')))],
  ])('refuse when %s, and create nothing through it', (_name, plant) => {
    plant();
    expect(() => ensureStateDir(gitDir, 'rejected')).toThrow(CacheError);
    expect(() => ensureStateDir(gitDir, 'rejected')).toThrow(/symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuse a file where a folder belongs', () => {
    writeFileSync(join(gitDir, 'prove-hooks'), 'x');
    expect(() => prepareStateFile(join(gitDir, 'prove-hooks', 'a.json'))).toThrow(/not a directory/);
  });
});

describe('writeStateFile', () => {
  it('writes the whole file, from a string or from parts, and leaves no temporary file', () => {
    const file = join(gitDir, 'prove-hooks', 'a.bin');
    writeStateFile(file, 'first\n');
    writeStateFile(file, [Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3)]);
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(join(gitDir, 'prove-hooks'))).toEqual(['a.bin']);
  });

  it('throws when the file cannot be replaced, and removes its temporary file', () => {
    const file = join(gitDir, 'prove-hooks', 'taken');
    mkdirSync(file, { recursive: true });
    writeFileSync(join(file, 'inside'), 'x');
    expect(() => writeStateFile(file, 'x')).toThrow();
    expect(readdirSync(join(gitDir, 'prove-hooks'))).toEqual(['taken']);
  });

  it('never writes through a state folder that is a link', () => {
    plantLink();
    expect(() => writeStateFile(join(gitDir, 'prove-hooks', 'a.json'), 'x')).toThrow(CacheError);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('isOtherFormatOf', () => {
  it.each([
    ['prove-hooks/x@1', true],
    ['prove-hooks/x@12', true],
    ['prove-hooks/x@2', false],
    ['prove-hooks/x@', false],
    ['prove-hooks/x@2a', false],
    ['prove-hooks/y@1', false],
    [42, false],
    [undefined, false],
  ])('%j against prove-hooks/x@2: %s', (format, other) => {
    expect(isOtherFormatOf(format, 'prove-hooks/x@2')).toBe(other);
  });
});

describe('every writer refuses a state folder that is a link out of the repository', () => {
  beforeEach(() => plantLink());

  it('the config cache', () => {
    const scope = describeConfigSearch({ projectDir: join(root, 'repo'), stopDir: join(root, 'repo') });
    const write = () => writeConfigCache(join(gitDir, 'prove-hooks', 'config-cache.json'), scope, '1', snapshotCandidates(scope), { config: {}, filePath: null });
    expect(write).toThrow(CacheError);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('the rejected-message backup', () => {
    expect(() => saveRejectedMessage(gitDir, 'did stuff\n', new Date(2026, 0, 1), 1)).toThrow(/symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('the registry cache (a failed write is counted, the run goes on)', async () => {
    const cache = new RegistryCache({ dir: join(gitDir, 'prove-hooks'), ttlMs: 60_000, maxEntries: 4, toolVersion: '1', flagStatuses: FLAG_STATUSES });
    await cache.resolve('flags.json', Buffer.from('{"flags":[]}'), { size: 12, mtimeMs: 1 }, async () => ({ source: 'flags.json', flags: [] }));
    await cache.flush();
    expect(cache.stats.writeErrors).toBe(1);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('the timing log (the monitor says so in one line; the verdict is not its business)', () => {
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const finished = finishHookRun(startHookRun('pre-commit'), { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: gitDir, perf: PERF_DEFAULTS, stderr });
    expect(finished.logProblem).toMatch(/symbolic link/);
    expect(text).toContain('timing not recorded');
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('a state file that is itself a link', () => {
  it('the timing log is never appended through it', () => {
    mkdirSync(join(gitDir, 'prove-hooks'));
    const target = join(outside, 'perf.jsonl');
    writeFileSync(target, '');
    symlinkSync(target, join(gitDir, 'prove-hooks', 'perf.jsonl'));
    expect(() => appendRunRecord(join(gitDir, 'prove-hooks', 'perf.jsonl'), makeRecord())).toThrow(/ELOOP|symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('');
  });

  it('the rejected-message temporary name is never written through', () => {
    mkdirSync(join(gitDir, 'prove-hooks'));
    const target = join(outside, 'planted.txt');
    writeFileSync(target, 'untouched');
    symlinkSync(target, join(gitDir, 'prove-hooks', 'last-rejected.txt.7.tmp'));
    saveRejectedMessage(gitDir, 'did stuff\n', new Date(2026, 0, 1), 7);
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(readFileSync(join(gitDir, 'prove-hooks', 'last-rejected.txt'), 'utf8')).toBe('did stuff\n');
  });
});
