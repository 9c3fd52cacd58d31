import { describe, expect, it } from 'vitest';
import { flagReposPerTest, findingsOf, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
const flagRepo = flagReposPerTest();

function history(): { base: string; tip: string } {
  repo = flagRepo();
  const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
  repo.write('a.ts', `${ld('new-checkout')}\n${ld('range-unknown')}\n`);
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', 'feat: a [T-2026-11-22-003] [MODE:F]']);
  return { base, tip: repo.gitOk(['rev-parse', 'HEAD']).trim() };
}

describe('prove-hooks scan', () => {
  it('scans a range A..B and exits 1 on an error finding', () => {
    const { base } = history();
    const result = runIn(repo, ['scan', '--range', `${base}..HEAD`, '--format', 'json']);
    expect(findingsOf(result).map((f) => [f.rule, f.flag, f.file, f.line])).toEqual([['flag-unknown', 'range-unknown', 'a.ts', 2]]);
    expect(result.status).toBe(1);
  });

  it('judges a range by the registry as committed at its tip, not by the work tree', () => {
    const { base, tip } = history();
    // Register the flag in a later commit, then check out the range's tip: the work tree's
    // registry knows the flag, the tip's does not.
    repo.write('flags.json', JSON.stringify({ flags: [{ key: 'new-checkout' }, { key: 'range-unknown' }] }));
    repo.gitOk(['commit', '-qam', 'feat: register it [T-2026-11-22-003] [MODE:F]']);
    expect(findingsOf(runIn(repo, ['scan', '--range', `${base}..${tip}`, '--json'])).map((f) => f.flag)).toEqual(['range-unknown']);
    repo.gitOk(['checkout', '-q', tip]);
    repo.write('flags.json', JSON.stringify({ flags: [{ key: 'new-checkout' }, { key: 'range-unknown' }] }));
    expect(findingsOf(runIn(repo, ['scan', '--range', `${base}..${tip}`, '--json'])).map((f) => f.flag)).toEqual(['range-unknown']);
    // And the range up to the registering commit passes.
    repo.gitOk(['checkout', '-q', '-f', 'main']);
    expect(runIn(repo, ['scan', '--range', `${base}..main`, '--json']).status).toBe(0);
  });

  it('scans from the merge base with A...B', () => {
    const { base } = history();
    repo.gitOk(['checkout', '-q', '-b', 'other', base]);
    repo.write('b.ts', `${ld('other-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'feat: b [T-2026-11-22-003] [MODE:F]']);
    const result = runIn(repo, ['scan', '--range', 'main...other', '--json']);
    expect(findingsOf(result).map((f) => f.flag)).toEqual(['other-unknown']);
  });

  it('scans the staged changes by default and passes a clean index', () => {
    history();
    expect(runIn(repo, ['scan']).status).toBe(0);
    repo.write('c.ts', `${ld('dark-mode')}\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--staged']);
    expect(result.status).toBe(0); // deprecated is a warning
    expect(result.stdout).toMatch(/flag 'dark-mode' is deprecated/);
  });

  it.each([
    ['sarif', /"version": "2.1.0"/],
    ['github', /^::error file=a\.ts,line=2/m],
  ])('prints --format %s on stdout', (format, pattern) => {
    const { base } = history();
    const result = runIn(repo, ['scan', '--range', `${base}..HEAD`, '--format', format]);
    expect(result.stdout).toMatch(pattern);
  });

  it('prints the phase breakdown with --timing', () => {
    const { base } = history();
    const result = runIn(repo, ['scan', '--range', `${base}..HEAD`, '--timing']);
    for (const phase of ['diff', 'prefilter', 'regex', 'registry']) expect(result.stderr).toMatch(new RegExp(`^  ${phase} +\\d+\\.\\d ms`, 'm'));
  });

  it.each([
    [['--range', 'nonsense'], 2, /not a range/],
    [['--range', 'nope..HEAD'], 2, /'nope' is not a commit/],
    [['--staged', '--range', 'a..b'], 2, /exclude each other/],
    [['--format', 'xml'], 2, /unknown format 'xml'/],
  ])('rejects %j with exit %i', (args, status, message) => {
    history();
    const result = runIn(repo, ['scan', ...args]);
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(status);
  });

  it.each([
    ['..', /both sides are empty/],
    ['...', /both sides are empty/],
    ['..HEAD', /the base \(before the dots\) is empty/],
    ['...HEAD', /the base \(before the dots\) is empty/],
    ['HEAD..', /the tip \(after the dots\) is empty/],
  ])('refuses --range %j with an empty side (an unset $BASE) with exit 2, never a silent pass', (spec, message) => {
    history();
    const result = runIn(repo, ['scan', '--range', spec]);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(2);
  });
});

describe('the flag report colours by the one colour policy (as the message report does)', () => {
  it('colours a piped text report with FORCE_COLOR, and never with a non-empty NO_COLOR', () => {
    repo = flagRepo();
    repo.write('a.ts', `${ld('colour-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    const scan = (env: NodeJS.ProcessEnv) => runIn(repo, ['scan'], { env }).stdout;
    expect(scan({})).not.toContain('\u001b[');
    expect(scan({ FORCE_COLOR: '1' })).toContain('\u001b[');
    expect(scan({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain('\u001b[');
    // no-color.org: an empty NO_COLOR does not turn colour off.
    expect(scan({ FORCE_COLOR: '1', NO_COLOR: '' })).toContain('\u001b[');
  });
});
