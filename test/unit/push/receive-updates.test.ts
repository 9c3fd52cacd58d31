import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isZeroId } from '../../../src/core/push/push-updates.js';
import { formatReceiveUpdates, parseReceiveUpdates } from '../../../src/core/push/receive-updates.js';
import { idPairArb } from '../../arbitraries/push.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const A256 = 'c'.repeat(64);
const Z256 = '0'.repeat(64);

describe('parseReceiveUpdates', () => {
  it.each([
    ['an update', `${B} ${A} refs/heads/main\n`, { localId: A, remoteId: B, remoteRef: 'refs/heads/main', localRef: 'refs/heads/main', kind: 'update' }],
    ['a new branch', `${Z} ${A} refs/heads/f\n`, { kind: 'create', remoteId: Z }],
    ['a deletion', `${B} ${Z} refs/heads/old\n`, { kind: 'delete', localId: Z }],
    ['a SHA-256 new branch', `${Z256} ${A256} refs/heads/x\n`, { kind: 'create', localId: A256 }],
    ['a SHA-256 deletion', `${A256} ${Z256} refs/heads/x\n`, { kind: 'delete' }],
    ['a tag', `${Z} ${A} refs/tags/v1\n`, { remoteRef: 'refs/tags/v1', kind: 'create' }],
    ['a CRLF line', `${B} ${A} refs/heads/main\r\n`, { remoteId: B }],
  ])('reads %s', (_name, input, expected) => {
    const result = parseReceiveUpdates(input);
    expect(result.problems).toEqual([]);
    expect(result.updates).toHaveLength(1);
    expect(result.updates[0]).toMatchObject(expected);
  });

  it.each([
    ['two fields', `${A} refs/heads/main`, 'expected 3 fields'],
    ['a short id', `${A.slice(1)} ${B} refs/heads/main`, 'is not a full object id'],
    ['mixed id lengths', `${A} ${A256} refs/heads/main`, 'different lengths'],
    ['a ref with a space', `${A} ${B} refs/heads/a b`, 'white space'],
    ['two zero ids', `${Z} ${Z} refs/heads/main`, 'both ids are all zeros'],
    ['pre-push input', `refs/heads/main ${A} refs/heads/main ${B}`, 'is not a full object id'],
  ])('reports %s as a problem of its line', (_name, line, message) => {
    const result = parseReceiveUpdates(`${B} ${A} refs/heads/ok\n${line}\n`);
    expect(result.updates).toHaveLength(1);
    expect(result.problems).toEqual([expect.objectContaining({ line: 2, text: line, message: expect.stringContaining(message) })]);
  });

  it('parses formatted updates back to what made them (SHA-1 and SHA-256)', () => {
    const ref = fc.stringMatching(/^refs\/(heads|tags)\/[A-Za-z0-9._/-]{1,20}$/);
    fc.assert(
      fc.property(fc.array(fc.record({ ids: idPairArb.filter(([a, b]) => !(isZeroId(a) && isZeroId(b))), ref }), { maxLength: 6 }), (raw) => {
        const updates = raw.map((u) => ({ localId: u.ids[0], remoteId: u.ids[1], remoteRef: u.ref }));
        const parsed = parseReceiveUpdates(formatReceiveUpdates(updates));
        expect(parsed.problems).toEqual([]);
        expect(parsed.updates.map((u) => ({ localId: u.localId, remoteId: u.remoteId, remoteRef: u.remoteRef }))).toEqual(updates);
      }),
    );
  });

  it('gives updates or per-line problems for any text, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const result = parseReceiveUpdates(input);
        const lines = input.split('\n').filter((line) => line.replace(/\r$/, '').trim() !== '').length;
        expect(result.updates.length + result.problems.length).toBe(lines);
      }),
    );
  });
});
