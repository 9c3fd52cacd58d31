// Files prove-hooks writes and reads back: timing-log lines, the flag baseline, git's own output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBaseline, parseBaseline, serializeBaseline } from '../../src/core/flags/baseline.js';
import { parseGitVersion } from '../../src/git/git-version.js';
import { parseMessageSettings } from '../../src/git/message-settings.js';
import { compareRunToBaseline, DEFAULT_DELTA_POLICY } from '../../src/perf/baseline.js';
import { parseLines } from '../../src/perf/run-log.js';
import { formatRunRecordLine, parseRunRecord } from '../../src/perf/run-record.js';
import { makeRecord } from '../unit/perf/records.js';
import { fuzz } from './fuzz-runs.js';

const recordArb = fc
  .record({
    hook: fc.constantFrom('commit-msg', 'pre-commit', 'pre-push'),
    durationMs: fc.double({ min: 0, max: 1e5, noNaN: true }),
    outcome: fc.constantFrom('pass', 'blocked', 'error') as fc.Arbitrary<'pass' | 'blocked' | 'error'>,
    scan: fc.double({ min: 0, max: 1e4, noNaN: true }),
  })
  .map(({ hook, durationMs, outcome, scan }) => makeRecord({ hook, durationMs, outcome, phaseMs: { scan } }));

describe('timing log (fuzz)', () => {
  it('parseRunRecord classifies any line without throwing', () => {
    fuzz(
      'parseRunRecord',
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify(v)), recordArb.map((r) => JSON.stringify({ ...r, v: 2 }))), (line) => {
        const parsed = parseRunRecord(line);
        if (!parsed.ok) expect(['corrupt', 'unknown-version']).toContain(parsed.problem);
      }),
    );
  });

  it('parseLines recovers exactly the intact records among torn and garbage lines', () => {
    const lineArb = fc.oneof(
      recordArb.map((record) => ({ record, text: formatRunRecordLine(record).trimEnd() })),
      fc.string({ maxLength: 80 }).filter((text) => !text.includes('\n')).map((text) => ({ record: undefined, text })),
      recordArb.chain((record) => fc.nat().map((cut) => ({ record: undefined, text: formatRunRecordLine(record).slice(0, cut % Math.max(1, formatRunRecordLine(record).length - 2)) }))),
    );
    fuzz(
      'parseLines',
      fc.property(fc.array(lineArb, { maxLength: 12 }), (lines) => {
        const read = parseLines(lines.map((line) => line.text).join('\n'));
        expect(read.records.map((r) => r.id)).toEqual(lines.flatMap((line) => (line.record === undefined ? [] : [line.record.id])));
      }),
      0.5,
    );
  });

  it('compareRunToBaseline gives a verdict for any history', () => {
    fuzz(
      'compareRunToBaseline',
      fc.property(fc.array(recordArb, { maxLength: 40 }), recordArb, (history, current) => {
        const verdict = compareRunToBaseline(history, current, DEFAULT_DELTA_POLICY);
        expect(verdict).toBeDefined();
      }),
      0.25,
    );
  });
});

describe('flag baseline file (fuzz)', () => {
  it('parseBaseline never throws on any text', () => {
    fuzz(
      'parseBaseline',
      fc.property(fc.oneof(fc.string({ maxLength: 120 }), fc.json(), fc.jsonValue().map((entries) => JSON.stringify({ version: 1, entries }))), (text) => {
        expect(typeof parseBaseline(text).ok).toBe('boolean');
      }),
    );
  });

  it('serializes deterministically and reads back what it wrote', () => {
    const findingArb = fc.record({ file: fc.string({ maxLength: 12 }), flag: fc.string({ maxLength: 8 }), content: fc.string({ maxLength: 20 }) });
    fuzz(
      'baseline round trip',
      fc.property(fc.array(findingArb, { maxLength: 10 }), (rows) => {
        const findings = rows.map((row) => ({ rule: 'flag-unknown', severity: 'error', file: row.file, line: 1, flag: row.flag, content: row.content, message: '' }));
        const baseline = createBaseline(findings as never);
        const text = serializeBaseline(baseline);
        const parsed = parseBaseline(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(serializeBaseline(parsed.baseline)).toBe(text);
      }),
      0.5,
    );
  });
});

describe("git's output (fuzz)", () => {
  it('parseGitVersion and parseMessageSettings never throw', () => {
    fuzz(
      'git output parsers',
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 10 })).map(([a, b, c, rest]) => `git version ${a}.${b}.${c}${rest}\n`)), (text) => {
        const version = parseGitVersion(text);
        if (version !== undefined) expect(version.every(Number.isInteger)).toBe(true);
        expect(typeof parseMessageSettings(text).commentChar).toBe('string');
      }),
    );
  });
});
