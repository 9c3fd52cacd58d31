// The files of the flag check and the monitor, broken in every way in turn: the registry fails
// closed with exit 3, caches and the timing log are rebuilt or skipped and never change a
// verdict, the baseline is a clear error, and nothing is written through a link out of the repo.
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLines } from '../../src/perf/run-log.js';
import { runBuiltCli, type CliResult } from '../helpers/cli.js';
import { FAULTS, RUNNING_AS_ROOT, applyFault, removeEntry, type Fault } from '../helpers/faults.js';
import { REGISTRY, ld } from '../helpers/flag-repo.js';
import { createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';

const ROOT_SKIP = 'running as root: chmod 000 does not deny root reads (the directory case covers an unusable path)';
const skipUnreadable = (fault: Fault) => fault === 'unreadable' && RUNNING_AS_ROOT;

let repo: HookedRepo;
let stateDir: string;
let outsideDir: string;
const all = (result: CliResult) => `${result.stdout}${result.stderr}`;
const noStackTrace = (result: CliResult) => expect(all(result)).not.toMatch(/\n\s+at .+:\d+/);

/** Runs pre-commit as husky does, at the top of the work tree. */
const preCommit = (): CliResult => runBuiltCli(['pre-commit'], { cwd: repo.dir, env: repo.env });

/** Verdicts right: a known flag staged passes (0), an unknown one added is stopped (1). */
function expectRightVerdicts(): void {
  repo.write('known.ts', `${ld('new-checkout')}\n`);
  repo.gitOk(['add', 'known.ts']);
  const good = preCommit();
  expect(good.status, all(good)).toBe(0);
  noStackTrace(good);
  repo.write('unknown.ts', `${ld('fault-unknown')}\n`);
  repo.gitOk(['add', 'unknown.ts']);
  const bad = preCommit();
  expect(bad.status, all(bad)).toBe(1);
  expect(all(bad)).toContain('fault-unknown');
  noStackTrace(bad);
  repo.gitOk(['rm', '-q', '--cached', 'unknown.ts']);
}

beforeAll(() => {
  repo = createHookedRepo({ beforeInit: (r) => r.write('flags.json', `${JSON.stringify(REGISTRY, null, 2)}\n`) });
  stateDir = join(repo.dir, '.git', 'prove-hooks');
  outsideDir = join(repo.home, '..', 'outside');
  mkdirSync(outsideDir);
});
afterAll(() => repo?.cleanup());

describe('the flag registry (flags.json): fails closed', () => {
  const path = () => join(repo.dir, 'flags.json');
  const valid = `${JSON.stringify(REGISTRY, null, 2)}\n`;
  afterAll(() => {
    removeEntry(path());
    writeFileSync(path(), valid);
    repo.gitOk(['add', '-A', '--', 'flags.json']);
  });

  it.for(FAULTS)('%s, staged', (fault, { skip }) => {
    if (skipUnreadable(fault)) skip(ROOT_SKIP);
    applyFault(path(), fault, {
      valid,
      wrongVersion: JSON.stringify({ version: 2, flags: [{ key: 7, status: 'retired' }] }),
      outside: join(outsideDir, 'shared-flags.json'),
    });
    // pre-commit judges the commit by the registry as staged: the fault is staged too (an
    // unreadable file cannot be, so the valid staged registry still decides).
    if (fault !== 'unreadable') repo.gitOk(['add', '-A', '--', 'flags.json']);
    // A link out of the repository is refused unread (issue 12) and fails closed below.
    if (fault === 'unreadable') {
      expectRightVerdicts();
      return;
    }
    repo.write('known.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', 'known.ts']);
    const result = preCommit();
    noStackTrace(result);
    // Never "0 flags, pass": a registry that cannot be read stops the commit with a clear error.
    expect([3, 4], all(result)).toContain(result.status);
    expect(result.stderr).toContain('flags.json');
  });
});

describe('the registry cache (<common dir>/prove-hooks/registry-cache.json)', () => {
  const path = () => join(stateDir, 'registry-cache.json');
  let valid: string;
  beforeAll(() => {
    expectRightVerdicts();
    valid = readFileSync(path(), 'utf8');
  });

  it.for(FAULTS)('%s: the verdicts stay right and the cache is rebuilt where it can be', (fault, { skip }) => {
    if (skipUnreadable(fault)) skip(ROOT_SKIP);
    const outside = join(outsideDir, `registry-cache-${fault}.json`);
    applyFault(path(), fault, { valid, wrongVersion: valid.replace(/"version":\d+/, '"version":0'), outside });
    expectRightVerdicts();
    if (fault === 'directory') return;
    if (fault === 'symlink-out') {
      expect(readFileSync(outside, 'utf8')).toBe(valid);
      if (lstatSync(path()).isSymbolicLink()) return;
    }
    expect(JSON.parse(readFileSync(path(), 'utf8')).format).toBe('prove-hooks/registry-cache');
  });

  it('a forged cache (the registry edited inside, checksum not) is never trusted', () => {
    const data = JSON.parse(readFileSync(path(), 'utf8')) as { entries: { registry: { flags: { key: string }[] } }[] };
    for (const entry of data.entries) entry.registry.flags.push({ key: 'fault-unknown', status: 'active', aliases: [] } as never);
    writeFileSync(path(), JSON.stringify(data));
    expectRightVerdicts();
  });
});

describe('the timing log (<common dir>/prove-hooks/perf.jsonl)', () => {
  const path = () => join(stateDir, 'perf.jsonl');
  let validLine: string;
  beforeAll(() => {
    expectRightVerdicts();
    validLine = readFileSync(path(), 'utf8').trim().split('\n').at(-1)!;
  });

  it.for(FAULTS)('%s: the verdicts stay right and every record that is written is whole', (fault, { skip }) => {
    if (skipUnreadable(fault)) skip(ROOT_SKIP);
    const outside = join(outsideDir, `perf-${fault}.jsonl`);
    const valid = `${validLine}\n${validLine.replace(/"id":"/, '"id":"other-')}\n`;
    applyFault(path(), fault, { valid, wrongVersion: `${validLine.replace('"v":1', '"v":99')}\n`, outside });
    expectRightVerdicts();
    if (fault === 'directory') return;
    if (fault === 'symlink-out') {
      // Never appended through the link.
      expect(readFileSync(outside, 'utf8')).toBe(valid);
      return;
    }
    const read = parseLines(readFileSync(path(), 'utf8'));
    // The two runs above were recorded, each on its own line, whatever was there before.
    expect(read.records.filter((record) => record.hook === 'pre-commit').length).toBeGreaterThanOrEqual(2);
    const lastLines = readFileSync(path(), 'utf8').trim().split('\n').slice(-2);
    for (const line of lastLines) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('the flag baseline file (flags.baseline)', () => {
  const path = () => join(repo.dir, 'flag-baseline.json');
  const config = () => join(repo.dir, '.proverc.json');
  let original: string;
  beforeAll(() => {
    original = readFileSync(config(), 'utf8');
    writeFileSync(config(), JSON.stringify({ ...JSON.parse(original), flags: { baseline: 'flag-baseline.json' } }));
  });
  afterAll(() => writeFileSync(config(), original));

  it.for(FAULTS)('%s', (fault, { skip }) => {
    if (skipUnreadable(fault)) skip(ROOT_SKIP);
    const valid = `${JSON.stringify({ version: 1, entries: [] }, null, 2)}\n`;
    applyFault(path(), fault, { valid, wrongVersion: JSON.stringify({ version: 9, entries: [] }), outside: join(outsideDir, 'baseline.json') });
    if (fault === 'missing' || fault === 'symlink-out') {
      // No baseline yet, or the user's own link to one: the check runs as usual.
      expectRightVerdicts();
      return;
    }
    repo.write('known.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', 'known.ts']);
    const result = preCommit();
    noStackTrace(result);
    expect([3, 4], all(result)).toContain(result.status);
    expect(result.stderr).toContain('flag-baseline.json');
  });
});

describe('a commit through the hooks with every derived file broken at once', () => {
  it('still gives the right verdicts', () => {
    for (const name of ['config-cache.json', 'registry-cache.json', 'perf.jsonl', 'git-version.json']) applyFault(join(stateDir, name), 'corrupt', { valid: '', wrongVersion: '', outside: '' });
    repo.write('all-broken.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', 'all-broken.ts']);
    const result = repo.commit(goodMessage('all broken'));
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
