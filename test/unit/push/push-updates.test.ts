import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPushUpdates, isZeroId, parsePushUpdates } from '../../../src/core/push/push-updates.js';
import { pushUpdateArb } from '../../arbitraries/push.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const A256 = 'c'.repeat(64);
const Z256 = '0'.repeat(64);

describe('parsePushUpdates', () => {
  it.each([
    ['an update', `refs/heads/main ${A} refs/heads/main ${B}\n`, { localRef: 'refs/heads/main', kind: 'update' }],
    ['a new branch', `refs/heads/f ${A} refs/heads/f ${Z}\n`, { kind: 'create', remoteId: Z }],
    ['a deletion', `(delete) ${Z} refs/heads/old ${B}\n`, { localRef: '(delete)', kind: 'delete' }],
    ['a SHA-256 new branch', `refs/heads/x ${A256} refs/heads/x ${Z256}\n`, { kind: 'create', localId: A256 }],
    ['a SHA-256 deletion', `(delete) ${Z256} refs/heads/x ${A256}\n`, { kind: 'delete' }],
    ['a local ref with spaces', `HEAD@{1 day ago} ${A} refs/heads/main ${B}\n`, { localRef: 'HEAD@{1 day ago}', remoteRef: 'refs/heads/main' }],
    ['a tag', `refs/tags/v1 ${A} refs/tags/v1 ${Z}\n`, { remoteRef: 'refs/tags/v1', kind: 'create' }],
    ['a CRLF line', `refs/heads/main ${A} refs/heads/main ${B}\r\n`, { remoteId: B }],
  ])('reads %s', (_name, input, expected) => {
    const result = parsePushUpdates(input);
    expect(result.problems).toEqual([]);
    expect(result.updates).toHaveLength(1);
    expect(result.updates[0]).toMatchObject(expected);
  });

  it.each([[''], ['\n'], ['  \n\n']])('reads no updates from empty input %j (up to date, --dry-run)', (input) => {
    expect(parsePushUpdates(input)).toEqual({ updates: [], problems: [] });
  });

  it.each([
    ['too few fields', `refs/heads/main ${A} ${B}`, /4 fields/],
    ['a short id', `refs/heads/main abc refs/heads/main ${B}`, /local id 'abc'/],
    ['an upper-case id', `refs/heads/main ${A.toUpperCase()} refs/heads/main ${B}`, /local id/],
    ['a bad remote id', `refs/heads/main ${A} refs/heads/main xyz`, /remote id 'xyz'/],
    ['mixed id lengths', `refs/heads/main ${A} refs/heads/main ${A256}`, /different lengths/],
  ])('reports %s with its line number', (_name, input, message) => {
    const result = parsePushUpdates(`\n${input}\n`);
    expect(result.updates).toEqual([]);
    expect(result.problems).toEqual([{ line: 2, text: input, message: expect.stringMatching(message) }]);
  });

  it('tells zero ids apart', () => {
    expect([isZeroId(Z), isZeroId(Z256), isZeroId('0'.repeat(39)), isZeroId(A)]).toEqual([true, true, false, false]);
  });

  it('parses formatted updates back to what made them', () => {
    fc.assert(
      fc.property(fc.array(pushUpdateArb, { maxLength: 6 }), (raw) => {
        const updates = raw.map((u) => ({ localRef: u.localRef, localId: u.ids[0], remoteRef: u.remoteRef, remoteId: u.ids[1] }));
        const parsed = parsePushUpdates(formatPushUpdates(updates));
        expect(parsed.problems).toEqual([]);
        expect(parsed.updates.map(({ kind: _kind, ...rest }) => rest)).toEqual(updates);
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parsePushUpdates(input);
        expect(result.updates.length + result.problems.length).toBeLessThanOrEqual(input.split('\n').length);
      }),
    );
  });
});
