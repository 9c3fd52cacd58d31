// The pre-push hook's stdin: generated ref lines parse back exactly (SHA-1 and SHA-256, CRLF,
// blank lines), and any text gives updates or per-line problems, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPushUpdates, parsePushUpdates } from '../../src/core/push/push-updates.js';
import { pushUpdateArb } from '../arbitraries/push.js';
import { fuzz } from './fuzz-runs.js';

describe('pre-push input (fuzz)', () => {
  it('parses formatted updates back to what made them, with CRLF and blank lines mixed in', () => {
    fuzz(
      'parsePushUpdates round trip',
      fc.property(fc.array(pushUpdateArb, { maxLength: 6 }), fc.boolean(), fc.boolean(), (raw, crlf, blanks) => {
        const updates = raw.map((u) => ({ localRef: u.localRef, localId: u.ids[0], remoteRef: u.remoteRef, remoteId: u.ids[1] }));
        let text = formatPushUpdates(updates);
        if (blanks) text = text.replaceAll('\n', '\n\n');
        if (crlf) text = text.replaceAll('\n', '\r\n');
        const parsed = parsePushUpdates(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.updates.map(({ kind: _kind, ...rest }) => rest)).toEqual(updates);
      }),
    );
  });

  it('gives updates or per-line problems for any text, never an exception', () => {
    const lineish = fc.array(fc.oneof(fc.string({ maxLength: 30 }), pushUpdateArb.map((u) => `${u.localRef} ${u.ids[0]} ${u.remoteRef} ${u.ids[1]}`)), { maxLength: 6 }).map((lines) => lines.join('\n'));
    fuzz(
      'parsePushUpdates on any text',
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), lineish), (input) => {
        const result = parsePushUpdates(input);
        expect(result.updates.length + result.problems.length).toBeLessThanOrEqual(input.split('\n').length);
        for (const update of result.updates) expect(update.localId.length).toBe(update.remoteId.length);
      }),
    );
  });
});
