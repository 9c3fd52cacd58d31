// `prove-hooks scan --update-baseline` (and `--all`): adopting the flag check on existing code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagReposPerTest, findingsOf, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
const flagRepo = flagReposPerTest();

/** Existing code with findings in three files, committed before the check was adopted. */
function legacyRepo(): TempRepo {
  repo = flagRepo({ baseline: '.flags-baseline.json' });
  repo.write('src/z.ts', `${ld('zeta-unknown')}\n${ld('old-banner')}\n`);
  repo.write('src/a.ts', `  ${ld('alpha-unknown')}\n${ld('new-checkout')}\n${ld('alpha-unknown')}\n`);
  repo.write('lib/m.ts', `${ld('old-banner')}\n`);
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', 'feat: legacy code [T-2026-11-22-003] [MODE:F]', '--no-verify']);
  return repo;
}

const baselineText = (): string => readFileSync(join(repo.dir, '.flags-baseline.json'), 'utf8');

describe('prove-hooks scan --update-baseline', () => {
  it('writes every finding of the whole tree (--all), sorted by file, flag and content, and then passes', () => {
    legacyRepo();
    expect(runIn(repo, ['scan', '--all', '--json']).status).toBe(1);
    const written = runIn(repo, ['scan', '--all', '--update-baseline']);
    expect(written.stderr).toContain('wrote .flags-baseline.json: 4 accepted findings from every file committed at HEAD');
    expect(written.status).toBe(0);
    const baseline = JSON.parse(baselineText());
    expect(Object.keys(baseline)).toEqual(['version', 'entries']);
    expect(baseline.entries.map((e: { file: string; flag: string }) => [e.file, e.flag])).toEqual([
      ['lib/m.ts', 'old-banner'],
      ['src/a.ts', 'alpha-unknown'],
      ['src/z.ts', 'old-banner'],
      ['src/z.ts', 'zeta-unknown'],
    ]);
    expect(baselineText().endsWith('}\n')).toBe(true);
    // With the baseline, the same scan reports nothing and says how many it accepted.
    const again = runIn(repo, ['scan', '--all']);
    expect(again.status).toBe(0);
    // Five findings: the two alpha-unknown lines differ only in indentation, so one entry accepts both.
    expect(again.stdout).toContain('5 in baseline');
  });

  it('regenerates a byte-identical file, whatever the order the old file was in', () => {
    legacyRepo();
    runIn(repo, ['scan', '--all', '--update-baseline']);
    const first = baselineText();
    // Shuffle the committed file by hand: the next regeneration restores the stable order.
    const parsed = JSON.parse(first);
    repo.write('.flags-baseline.json', JSON.stringify({ entries: [...parsed.entries].reverse(), version: 1 }));
    expect(runIn(repo, ['scan', '--all', '--update-baseline']).status).toBe(0);
    expect(baselineText()).toBe(first);
    expect(runIn(repo, ['scan', '--all', '--update-baseline']).status).toBe(0);
    expect(baselineText()).toBe(first);
  });

  it('keeps reporting a new finding after adoption, on a line the baseline does not hold', () => {
    legacyRepo();
    runIn(repo, ['scan', '--all', '--update-baseline']);
    repo.gitOk(['add', '.flags-baseline.json']);
    repo.gitOk(['commit', '-qm', 'chore: adopt the flag check [T-2026-11-22-003] [MODE:NF]', '--no-verify']);
    // Moving an accepted line keeps it accepted; a new reference is reported.
    repo.write('src/z.ts', `\n\n${ld('zeta-unknown')}\n${ld('old-banner')}\n${ld('brand-new-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged', '--json']);
    expect(findingsOf(result).map((f) => f.flag)).toEqual(['brand-new-unknown']);
    expect(result.status).toBe(1);
  });

  it('writes the findings of the staged changes with --staged', () => {
    repo = flagRepo({ baseline: 'flags-baseline.json' });
    repo.write('b.ts', `${ld('staged-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    expect(runIn(repo, ['scan', '--update-baseline']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, 'flags-baseline.json'), 'utf8')).entries).toEqual([
      { file: 'b.ts', flag: 'staged-unknown', content: ld('staged-unknown') },
    ]);
  });

  it('is a usage error when no baseline file is configured, and writes nothing', () => {
    repo = flagRepo();
    const result = runIn(repo, ['scan', '--all', '--update-baseline']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no baseline file is configured');
    expect(result.stderr).toContain('"baseline": ".flags-baseline.json"');
  });

  it('refuses --all together with --range or --staged', () => {
    repo = flagRepo();
    const result = runIn(repo, ['scan', '--all', '--staged']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--staged and --all exclude each other');
  });
});
