// Source files stored as UTF-16 (written so by PowerShell and Visual Studio): git calls them
// binary (NUL bytes), yet their flag references are checked like any other file's, in real git.
import { describe, expect, it } from 'vitest';
import { flagReposPerTest, findingsOf, installHooks, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const repository = flagReposPerTest();

/** `text` as UTF-16 bytes: little- or big-endian, with or without the byte-order mark. */
function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let at = 0; at + 1 < le.length; at += 2) [be[at], be[at + 1]] = [le[at + 1]!, le[at]!];
  return be;
}

/** The start of a PNG image: a real binary file. */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

const unknown = (result: ReturnType<typeof runIn>) =>
  findingsOf(result)
    .filter((finding) => finding.rule === 'flag-unknown')
    .map((finding) => `${finding.file}:${finding.line}:${finding.flag}`)
    .sort();

describe('UTF-16 source files (git calls them binary)', () => {
  it('scan --staged reports an unknown flag in a new UTF-16 file: LE and BE with a byte-order mark, LE without', () => {
    const repo = repository();
    repo.write('le.js', utf16(`// top\n${ld('ghost-le')}\n`, 'le'));
    repo.write('be.ts', utf16(`${ld('ghost-be')}\r\n`, 'be'));
    repo.write('nobom.js', utf16(`const a = 1;\n\n${ld('ghost-nobom')}\n`, 'le', false));
    repo.write('known.js', utf16(`${ld('new-checkout')}\n`, 'le'));
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(result.status, result.stderr).toBe(1);
    expect(unknown(result)).toEqual(['be.ts:1:ghost-be', 'le.js:2:ghost-le', 'nobom.js:3:ghost-nobom']);
  });

  it('a modified UTF-16 file: only the references on its added lines are findings', () => {
    const repo = repository();
    repo.write('app.js', utf16(`${ld('ghost-old')}\nconst x = 1;\n`, 'le'));
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: utf-16 file [T-2026-11-22-004] [MODE:NF]']);
    repo.write('app.js', utf16(`${ld('ghost-old')}\nconst x = 2;\n${ld('ghost-new')}\n`, 'le'));
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(result.status, result.stderr).toBe(1);
    expect(unknown(result)).toEqual(['app.js:3:ghost-new']);
  });

  it('a file converted from UTF-8 to UTF-16 is judged by its changed lines', () => {
    const repo = repository();
    repo.write('app.js', `${ld('ghost-old')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: utf-8 file [T-2026-11-22-004] [MODE:NF]']);
    repo.write('app.js', utf16(`${ld('ghost-old')}\n${ld('ghost-new')}\n`, 'le'));
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(unknown(result)).toEqual(['app.js:2:ghost-new']);
  });

  it('real binary files (a PNG image) stay skipped without a word', () => {
    const repo = repository();
    repo.write('logo.png', PNG);
    repo.write('data.bin', Uint8Array.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]));
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(findingsOf(result)).toEqual([]);
    expect(result.stderr).toBe('');
  });

  it('a file git calls binary that is too large to tell from UTF-16 text is named on stderr, not passed in silence', () => {
    const repo = repository();
    repo.write('huge.bin', new Uint8Array(17 * 1024 * 1024));
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('huge.bin');
    expect(result.stderr).toMatch(/UTF-16 source file, its flag references were not checked/);
  });

  it('a UTF-16 source file over 16 MiB cannot hide a reference in silence: the commit is told what to do, and the advice works', () => {
    const repo = repository();
    installHooks(repo, ['pre-commit']);
    const text = `${ld('ghost-huge')}\n${'const padding = 1; // a generated table\n'.repeat(220_000)}`;
    repo.write('Huge.cs', utf16(text, 'le'));
    repo.gitOk(['add', '-A']);
    const notice = /1 file that git calls binary is over 16 MiB and not read \(Huge\.cs\): if one is a UTF-16 source file, its flag references were not checked\. To have a source file checked, save it as UTF-8 text \(checked at any size\); if it is not source code, list it in flags\.exclude\./;
    // A notice, not a block: the same as a binary file named like source code.
    const scan = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(scan.status, scan.stderr).toBe(0);
    expect(scan.stderr).toMatch(notice);
    const committed = repo.git(['commit', '-qm', 'feat: table [T-2026-11-22-005] [MODE:F]']);
    expect(committed.status, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(notice);
    // Saved as UTF-8, as the notice says, the same file is checked and its unknown flag refused.
    repo.write('Huge.cs', text);
    repo.gitOk(['add', '-A']);
    const refused = repo.git(['commit', '-qm', 'feat: table as UTF-8 [T-2026-11-22-005] [MODE:F]']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/unknown flag 'ghost-huge'/);
    expect(refused.stderr).not.toMatch(/not read/);
  }, 120_000);

  it('a UTF-16 file without a byte-order mark holding non-Latin text is scanned, not skipped as binary', () => {
    const repo = repository();
    repo.write('app.js', utf16(`// \u65e5\u672c\u8a9e\u306e\u30b3\u30e1\u30f3\u30c8\n${ld('ghost-cjk')}\n`, 'le', false));
    repo.write('App.cs', utf16(`\u4e2d\u6587\n${ld('ghost-cjk-be')}\n`, 'be', false));
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(result.status, result.stderr).toBe(1);
    expect(unknown(result)).toEqual(['App.cs:2:ghost-cjk-be', 'app.js:2:ghost-cjk']);
  });

  it('a UTF-16 file whose name holds a newline is read and scanned', () => {
    const repo = repository();
    repo.write('odd\nname.js', utf16(`${ld('ghost-newline')}\n`, 'le'));
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(result.status, result.stderr).toBe(1);
    expect(unknown(result)).toEqual(['odd\nname.js:1:ghost-newline']);
  });

  it('a file named like source code that is binary and not UTF-16 text is named on stderr, not passed in silence', () => {
    const repo = repository();
    // UTF-16 with one control character: not text, so not scanned; the user is told.
    repo.write('hidden.js', utf16(`\u0001${ld('ghost-hidden')}\n`, 'le', false));
    repo.write('logo.png', PNG);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/1 file named like source code is binary .*not scanned \(hidden\.js\)/);
    expect(result.stderr).not.toContain('logo.png');
  });

  it('the pre-commit hook refuses a commit that adds an unknown flag in a UTF-16 file', () => {
    const repo = repository();
    installHooks(repo, ['pre-commit']);
    repo.write('b.js', utf16(`${ld('ghost-y')}\n`, 'le'));
    repo.gitOk(['add', '-A']);
    const refused = repo.git(['commit', '-qm', 'feat: ghost [T-2026-11-22-005] [MODE:F]']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('ghost-y');
  });

  it('check --range reports an unknown flag a commit added in a UTF-16 file', () => {
    const repo = repository();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    repo.write('b.js', utf16(`${ld('ghost-range')}\n`, 'be'));
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'feat: ghost [T-2026-11-22-005] [MODE:F]']);
    const result = runIn(repo, ['check', '--range', `${base}..HEAD`], { env: { GITHUB_ACTIONS: '', GITLAB_CI: '', GITHUB_EVENT_PATH: '' } });
    expect(result.status, result.stderr).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain('ghost-range');
  });

  it('prove-hooks flags reads a UTF-16 file as text and still skips a PNG image as binary', () => {
    const repo = repository();
    repo.write('src/win.ts', utf16(`${ld('new-checkout')}\n${ld('ghost-inventory')}\n`, 'le'));
    repo.write('src/logo.png', PNG);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: files [T-2026-11-22-004] [MODE:NF]']);
    const result = runIn(repo, ['flags', '--format', 'json']);
    const inventory = JSON.parse(result.stdout) as { sets: { unknown: { key: string }[] }; coverage: { skippedFiles: { path: string; reason: string }[] } };
    expect(inventory.sets.unknown.map((entry) => entry.key)).toEqual(['ghost-inventory']);
    expect(inventory.coverage.skippedFiles).toContainEqual({ path: 'src/logo.png', reason: 'binary' });
    expect(inventory.coverage.skippedFiles.map((entry) => entry.path)).not.toContain('src/win.ts');
  });
});
