import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REJECTED_KEEP, rejectedMessagePaths, saveRejectedMessage } from '../../src/cache/rejected-messages.js';

let gitDir: string;
beforeEach(() => {
  gitDir = mkdtempSync(join(tmpdir(), 'prove-rejected-'));
});
afterEach(() => rmSync(gitDir, { recursive: true, force: true }));

const at = (ms: number) => new Date(2026, 10, 22, 15, 30, 0, 0 + ms);

describe('saveRejectedMessage', () => {
  it('writes the message to a numbered, time-named file and to last-rejected.txt', () => {
    const saved = saveRejectedMessage(gitDir, 'feature: x\n', new Date(2026, 10, 22, 9, 5, 7, 42), 123);
    expect(saved.path).toBe(join(gitDir, 'prove-hooks', 'rejected', '0000000001-20261122-090507-042-123.txt'));
    expect(readFileSync(saved.path, 'utf8')).toBe('feature: x\n');
    expect(readFileSync(rejectedMessagePaths(gitDir).last, 'utf8')).toBe('feature: x\n');
  });

  it('never overwrites an earlier rejection with the same name', () => {
    const first = saveRejectedMessage(gitDir, 'one\n', at(0), 7);
    const second = saveRejectedMessage(gitDir, 'two\n', at(0), 7);
    expect(second.path).not.toBe(first.path);
    expect(readFileSync(first.path, 'utf8')).toBe('one\n');
    expect(readFileSync(second.path, 'utf8')).toBe('two\n');
  });

  it(`keeps the newest ${REJECTED_KEEP} and leaves other files alone`, () => {
    const { dir } = rejectedMessagePaths(gitDir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notes.md'), 'mine');
    for (let i = 0; i < REJECTED_KEEP + 5; i++) saveRejectedMessage(gitDir, `m${i}\n`, at(i), 1);
    const names = readdirSync(dir).filter((n) => n !== 'notes.md').sort();
    expect(names).toHaveLength(REJECTED_KEEP);
    expect(readFileSync(join(dir, names[0]!), 'utf8')).toBe('m5\n');
    expect(readdirSync(dir)).toContain('notes.md');
  });

  it('never prunes the file it names when the local time went backwards (twenty saved rejections)', () => {
    const { dir } = rejectedMessagePaths(gitDir);
    for (let i = 0; i < REJECTED_KEEP; i++) saveRejectedMessage(gitDir, `m${i}\n`, at(i), 1);
    // A TZ change or a clock set back: this rejection's local time is an hour before the others.
    const back = saveRejectedMessage(gitDir, 'after the clock went back\n', new Date(2026, 10, 22, 14, 30), 2);
    expect(readFileSync(back.path, 'utf8')).toBe('after the clock went back\n');
    expect(readdirSync(dir)).toHaveLength(REJECTED_KEEP);
    // The oldest by sequence went, not the newest by sequence.
    expect(readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'))).not.toContain('m0\n');
    const next = saveRejectedMessage(gitDir, 'next\n', new Date(2026, 10, 22, 14, 31), 3);
    expect(readFileSync(back.path, 'utf8')).toBe('after the clock went back\n');
    expect(readFileSync(next.path, 'utf8')).toBe('next\n');
  });

  it('prunes names written before the sequence numbers first', () => {
    const { dir } = rejectedMessagePaths(gitDir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '20991231-235959-999-9.txt'), 'legacy\n');
    for (let i = 0; i < REJECTED_KEEP; i++) saveRejectedMessage(gitDir, `m${i}\n`, at(i), 1);
    expect(readdirSync(dir)).not.toContain('20991231-235959-999-9.txt');
    expect(readdirSync(dir)).toHaveLength(REJECTED_KEEP);
  });

  it('throws when the git dir cannot hold the file (the caller prints the message instead)', () => {
    writeFileSync(join(gitDir, 'prove-hooks'), 'a file in the way');
    expect(() => saveRejectedMessage(gitDir, 'x\n', at(0), 1)).toThrow();
  });
});
