import { describe, expect, it } from 'vitest';
import { createRunRecorder } from '../../../src/perf/recorder.js';
import { parseRunRecord, formatRunRecordLine } from '../../../src/perf/run-record.js';
import { createFakeClock } from './fake-clock.js';

function setup() {
  const clock = createFakeClock();
  let heap = 10_000;
  const recorder = createRunRecorder({
    hook: 'pre-commit',
    now: clock.now,
    memory: () => heap,
    id: 'run-1',
    startedAtEpochMs: 1_700_000_000_000,
    startupMs: 40,
    node: 'v20.20.0',
  });
  return { clock, recorder, grow: (bytes: number) => (heap += bytes) };
}

describe('createRunRecorder', () => {
  it('adds up the spans of each phase with their heap deltas', () => {
    const { clock, recorder, grow } = setup();
    const stopGit = recorder.phase('git');
    clock.advance(5);
    grow(100);
    stopGit();
    const stopScan = recorder.phase('scan');
    clock.advance(20);
    stopScan();
    const stopGitAgain = recorder.phase('git');
    clock.advance(3);
    stopGitAgain();
    clock.advance(2);
    const record = recorder.finish({ outcome: 'pass', exitCode: 0 });
    expect(record.phases).toEqual({
      git: { ms: 8, memBytes: 100, spans: 2 },
      scan: { ms: 20, memBytes: 0, spans: 1 },
    });
    expect(record.durationMs).toBe(30);
    expect(record.startupMs).toBe(40);
  });

  it('ignores a second stop of the same span', () => {
    const { clock, recorder } = setup();
    const stop = recorder.phase('config');
    clock.advance(4);
    stop();
    clock.advance(10);
    stop();
    expect(recorder.finish({ outcome: 'pass', exitCode: 0 }).phases.config).toEqual({ ms: 4, memBytes: 0, spans: 1 });
  });

  it('times a synchronous function and returns its result', () => {
    const { clock, recorder } = setup();
    const value = recorder.time('registry', () => {
      clock.advance(7);
      return 42;
    });
    expect(value).toBe(42);
    expect(recorder.finish({ outcome: 'pass', exitCode: 0 }).phases.registry?.ms).toBe(7);
  });

  it('times an async function until its promise settles', async () => {
    const { clock, recorder } = setup();
    const value = await recorder.time('git', async () => {
      await Promise.resolve();
      clock.advance(9);
      return 'ok';
    });
    expect(value).toBe('ok');
    expect(recorder.finish({ outcome: 'pass', exitCode: 0 }).phases.git?.ms).toBe(9);
  });

  it('stops the span when the timed function throws, and rethrows', () => {
    const { clock, recorder } = setup();
    expect(() =>
      recorder.time('scan', () => {
        clock.advance(3);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(recorder.finish({ outcome: 'error', exitCode: 70 }).phases.scan?.ms).toBe(3);
  });

  it('closes spans still open at finish', () => {
    const { clock, recorder } = setup();
    recorder.phase('report');
    clock.advance(6);
    expect(recorder.finish({ outcome: 'blocked', exitCode: 1 }).phases.report).toEqual({ ms: 6, memBytes: 0, spans: 1 });
  });

  it('adds counters and keeps the last cache statistics', () => {
    const { recorder } = setup();
    recorder.count('lines', 10);
    recorder.count('lines', 5);
    recorder.count('files');
    recorder.cache('registry', { hits: 1, misses: 1 });
    recorder.cache('registry', { hits: 3, misses: 1, entries: 12, bytes: 2048 });
    const record = recorder.finish({ outcome: 'pass', exitCode: 0 });
    expect(record.counts).toEqual({ lines: 15, files: 1 });
    expect(record.caches).toEqual({ registry: { hits: 3, misses: 1, entries: 12, bytes: 2048 } });
  });

  it('returns the same record on a second finish and ignores later measurements', () => {
    const { clock, recorder } = setup();
    const first = recorder.finish({ outcome: 'pass', exitCode: 0 });
    const stop = recorder.phase('scan');
    clock.advance(50);
    stop();
    expect(recorder.finish({ outcome: 'error', exitCode: 70 })).toBe(first);
    expect(first.phases.scan).toBeUndefined();
  });

  it('produces a versioned record that round-trips through a log line', () => {
    const { clock, recorder } = setup();
    recorder.time('config', () => clock.advance(1.23456));
    const record = recorder.finish({ outcome: 'pass', exitCode: 0 });
    expect(record.v).toBe(1);
    expect(record.phases.config?.ms).toBe(1.235);
    const line = formatRunRecordLine(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(parseRunRecord(line)).toEqual({ ok: true, record });
  });
});
