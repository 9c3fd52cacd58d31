import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRunRecord, formatRunRecordLine, type RunRecord } from '../../../src/perf/run-record.js';

const valid: RunRecord = {
  v: 1,
  id: 'a-b-c',
  hook: 'commit-msg',
  at: 1_700_000_000_000,
  outcome: 'blocked',
  exitCode: 1,
  startupMs: 30.5,
  durationMs: 12.25,
  phases: { config: { ms: 2, memBytes: 1024, spans: 1 } },
  counts: { messages: 1 },
  caches: { config: { hits: 0, misses: 1 } },
  node: 'v20.20.0',
};

describe('parseRunRecord', () => {
  it('accepts a valid record', () => {
    expect(parseRunRecord(JSON.stringify(valid))).toEqual({ ok: true, record: valid });
  });

  it.each([
    ['an empty line', ''],
    ['a torn line', JSON.stringify(valid).slice(0, 40)],
    ['a JSON array', '[1,2]'],
    ['null', 'null'],
    ['a missing id', JSON.stringify({ ...valid, id: undefined })],
    ['an empty hook', JSON.stringify({ ...valid, hook: '' })],
    ['an unknown outcome', JSON.stringify({ ...valid, outcome: 'maybe' })],
    ['a negative duration', JSON.stringify({ ...valid, durationMs: -1 })],
    ['a string duration', JSON.stringify({ ...valid, durationMs: '12' })],
    ['an unknown phase', JSON.stringify({ ...valid, phases: { lunch: { ms: 1, memBytes: 0, spans: 1 } } })],
    ['a non-numeric counter', JSON.stringify({ ...valid, counts: { lines: 'many' } })],
    ['a cache without misses', JSON.stringify({ ...valid, caches: { registry: { hits: 1 } } })],
    ['a version that is not a number', JSON.stringify({ ...valid, v: 'one' })],
  ])('rejects %s as corrupt', (_name, line) => {
    expect(parseRunRecord(line)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it.each([[0], [2], [99]])('reports version %d as unknown rather than corrupt', (v) => {
    expect(parseRunRecord(JSON.stringify({ ...valid, v }))).toEqual({ ok: false, problem: 'unknown-version' });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseRunRecord(text);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => parseRunRecord(JSON.stringify(value))).not.toThrow();
      }),
    );
  });

  it('round-trips any well-formed record through one line', () => {
    const record = fc.record({
      id: fc.string({ minLength: 1 }),
      hook: fc.string({ minLength: 1 }),
      durationMs: fc.double({ min: 0, max: 1e6, noNaN: true }),
      startupMs: fc.double({ min: 0, max: 1e6, noNaN: true }),
      lines: fc.nat(),
    });
    fc.assert(
      fc.property(record, ({ id, hook, durationMs, startupMs, lines }) => {
        const full: RunRecord = { ...valid, id, hook, durationMs, startupMs, counts: { lines } };
        const line = formatRunRecordLine(full);
        expect(line.indexOf('\n')).toBe(line.length - 1);
        expect(parseRunRecord(line)).toEqual({ ok: true, record: full });
      }),
    );
  });
});
