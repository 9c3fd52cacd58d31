// A committer's .gitattributes (or a user's core.bigFileThreshold) cannot hide source files from
// the flag scan: git calls a file binary for its attributes or size, the scan decides by content
// (a NUL in its first 8,000 bytes), in pre-commit, scan --staged, scan --range and pre-push.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addBareOrigin, findingsOf, flagReposPerTest, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const repository = flagReposPerTest();

const Z = '0'.repeat(40);
const noStackTrace = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+/);

/** Every way of running the check on `files` staged, then committed: the unknown flags found. */
function flagsFoundEverywhere(setup: (repo: TempRepo) => void, files: Record<string, string | Buffer>): Record<string, { status: number | null; flags: string[] }> {
  const flagRepo = repository();
  const remote = addBareOrigin(flagRepo);
  setup(flagRepo);
  const base = flagRepo.gitOk(['rev-parse', 'HEAD']).trim();
  for (const [path, content] of Object.entries(files)) flagRepo.write(path, content);
  flagRepo.gitOk(['add', '-A']);
  const unknown = (text: string): string[] => [...text.matchAll(/unknown flag '([^']+)'/g)].map((m) => m[1]!).sort();
  const results: Record<string, { status: number | null; flags: string[] }> = {};
  const preCommit = runIn(flagRepo, ['pre-commit']);
  results['pre-commit'] = { status: preCommit.status, flags: unknown(preCommit.stderr) };
  const staged = runIn(flagRepo, ['scan', '--staged', '--json']);
  results['scan --staged'] = { status: staged.status, flags: findingsOf(staged).filter((f) => f.rule === 'flag-unknown').map((f) => f.flag!).sort() };
  flagRepo.gitOk(['commit', '-qm', 'feat: hide [T-2026-11-22-003] [MODE:F]', '--no-verify']);
  const tip = flagRepo.gitOk(['rev-parse', 'HEAD']).trim();
  const range = runIn(flagRepo, ['scan', '--range', `${base}..${tip}`, '--json']);
  results['scan --range'] = { status: range.status, flags: findingsOf(range).filter((f) => f.rule === 'flag-unknown').map((f) => f.flag!).sort() };
  const push = runIn(flagRepo, ['pre-push', 'origin', remote], { input: `refs/heads/main ${tip} refs/heads/main ${base}\n` });
  results['pre-push'] = { status: push.status, flags: unknown(push.stderr) };
  for (const result of [preCommit, staged, range, push]) noStackTrace(`${result.stdout}${result.stderr}`);
  return results;
}

const everywhere = (flags: string[]) => ({
  'pre-commit': { status: 1, flags },
  'scan --staged': { status: 1, flags },
  'scan --range': { status: 1, flags },
  'pre-push': { status: 1, flags },
});

describe('binary is decided by content, not by .gitattributes or size settings', () => {
  it.each([
    ['*.js -diff', 'app.js'],
    ['src/** binary', 'src/deep/b.ts'],
    ['*.ts -text -diff', 'c.ts'],
  ])('a committed .gitattributes line %j does not hide %s', (line, path) => {
    const results = flagsFoundEverywhere(
      (r) => {
        r.write('.gitattributes', `${line}\n`);
        r.gitOk(['add', '.gitattributes']);
        r.gitOk(['commit', '-qm', 'chore: attributes [T-2026-11-22-003] [MODE:NF]', '--no-verify']);
        r.gitOk(['push', '-q', '--no-verify', 'origin', 'main']);
      },
      { [path]: `const a = 1;\n${ld('hidden-by-attributes')}\n` },
    );
    expect(results).toEqual(everywhere(['hidden-by-attributes']));
  });

  it('attributes that are not committed ($GIT_DIR/info/attributes, core.attributesFile) do not hide a file either', () => {
    // The content diff runs where no committed attributes are, yet git still reads these two
    // there: the file stays "binary", and is decided by its content (no NUL: text) when read.
    const results = flagsFoundEverywhere(
      (r) => {
        r.write('.git/info/attributes', '*.js -diff\n');
        r.write('../global-attributes', '*.ts binary\n');
        r.gitOk(['config', 'core.attributesFile', join(r.dir, '..', 'global-attributes')]);
      },
      { 'app.js': `const a = 1;\n${ld('hidden-by-info')}\n`, 'src/b.ts': `${ld('hidden-by-global')}\n` },
    );
    expect(results).toEqual(everywhere(['hidden-by-global', 'hidden-by-info']));
  });

  it('core.bigFileThreshold=1k does not hide a 40 KB text file', () => {
    const results = flagsFoundEverywhere((r) => r.gitOk(['config', 'core.bigFileThreshold', '1k']), {
      'large.ts': `${'// filler line of a larger file\n'.repeat(1300)}${ld('hidden-by-size')}\n`,
    });
    expect(results).toEqual(everywhere(['hidden-by-size']));
  });

  it('a file with a NUL in its first 8,000 bytes is still binary: skipped, with or without attributes', () => {
    const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), Buffer.from(`\n${ld('inside-a-binary')}\n`)]);
    const results = flagsFoundEverywhere(
      (r) => {
        r.write('.gitattributes', '*.png -diff\n');
        r.gitOk(['add', '.gitattributes']);
        r.gitOk(['commit', '-qm', 'chore: attributes [T-2026-11-22-003] [MODE:NF]', '--no-verify']);
        r.gitOk(['push', '-q', '--no-verify', 'origin', 'main']);
      },
      { 'image.png': binary, 'data.dat': binary, 'next.ts': `${ld('beside-a-binary')}\n` },
    );
    expect(results).toEqual(everywhere(['beside-a-binary']));
  });
});
