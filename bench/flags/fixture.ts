// The flag-check benchmark fixtures: a repository with a registry and a large (or typical)
// staged diff of code-like files that call the flag SDKs. Deterministic (seeded), never committed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureSpec {
  readonly files: number;
  /** Total bytes of the staged files (the diff is a little larger: headers and markers). */
  readonly totalBytes: number;
  readonly registryFlags: number;
  /** Distinct flags used in code that the registry does not have. */
  readonly unknownFlags: number;
  readonly seed: number;
}

/** Section 9 (a): a large staged diff. */
export const LARGE: FixtureSpec = { files: 2000, totalBytes: 50 * 1024 * 1024, registryFlags: 300, unknownFlags: 20, seed: 1 };
/** Section 9 (b): a typical commit. */
export const TYPICAL: FixtureSpec = { files: 20, totalBytes: 512 * 1024, registryFlags: 300, unknownFlags: 20, seed: 2 };
/** (b) as most commits are: the same size, every flag registered, so the hook passes. */
export const TYPICAL_CLEAN: FixtureSpec = { ...TYPICAL, unknownFlags: 0 };

/** A small deterministic PRNG (mulberry32), so every run builds the same bytes. */
import { createSeededRandom as createRandom } from '../../src/bench/suites/inputs.js';

export { createRandom };

const WORDS = ['const', 'value', 'result', 'items', 'config', 'user', 'request', 'response', 'error', 'data', 'count', 'index', 'render', 'state', 'props', 'payload', 'order', 'cart', 'total', 'price'];
const CALLS = [
  (key: string) => `if (ldClient.variation('${key}', false)) {`,
  (key: string) => `const enabled = unleash.isEnabled('${key}');`,
  (key: string) => `const on = growthbook.isOn('${key}');`,
  (key: string) => `if (posthog.isFeatureEnabled('${key}')) {`,
  (key: string) => `const value = await client.getBooleanValue('${key}', false);`,
];

/** The registry keys of a spec, and the unknown keys its code uses. */
export function fixtureKeys(spec: Pick<FixtureSpec, 'registryFlags' | 'unknownFlags'>): { known: string[]; unknown: string[] } {
  return {
    known: Array.from({ length: spec.registryFlags }, (_, i) => `feature-${i}-rollout`),
    unknown: Array.from({ length: spec.unknownFlags }, (_, i) => `ghost-${i}-experiment`),
  };
}

/** The registry file: every known key, each with an UPPER_SNAKE alias. */
export function composeRegistry(keys: readonly string[]): string {
  const flags = keys.map((key) => ({ key, status: 'active', aliases: [key.toUpperCase().replace(/-/g, '_')] }));
  return `${JSON.stringify({ flags }, null, 1)}\n`;
}

/** One source file of about `bytes` bytes; roughly one line in 40 references a flag. */
export function composeSourceFile(bytes: number, random: () => number, keys: { known: readonly string[]; unknown: readonly string[] }): string {
  const lines: string[] = [];
  let size = 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  while (size < bytes) {
    let line: string;
    const roll = random();
    if (roll < 0.025) {
      const key = random() < 0.05 && keys.unknown.length > 0 ? pick(keys.unknown) : pick(keys.known);
      line = `  ${pick(CALLS)(key)}`;
    } else if (roll < 0.03) {
      line = `  return ${pick(keys.known).toUpperCase().replace(/-/g, '_')} && ${pick(WORDS)};`;
    } else {
      const n = 3 + Math.floor(random() * 7);
      const words = Array.from({ length: n }, () => pick(WORDS));
      line = `${'  '.repeat(1 + Math.floor(random() * 3))}${words[0]}.${words.slice(1).join('(')}${')'.repeat(n - 1)};`;
    }
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

function git(cwd: string, args: readonly string[]): string {
  const result = spawnSync('git', [...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * Builds the fixture repository in `dir` (replacing it): registry and config committed, the
 * source files staged. Returns the registry keys.
 */
export function buildFixtureRepo(dir: string, spec: FixtureSpec): { known: string[]; unknown: string[] } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const keys = fixtureKeys(spec);
  writeFileSync(join(dir, 'flags.json'), composeRegistry(keys.known));
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'chore: registry [T-2026-11-22-003] [MODE:NF]']);
  const random = createRandom(spec.seed);
  const perFile = Math.ceil(spec.totalBytes / spec.files);
  for (let i = 0; i < spec.files; i++) {
    const folder = join(dir, 'src', `module-${i % 50}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `file-${i}.ts`), composeSourceFile(perFile, random, keys));
  }
  git(dir, ['add', '-A']);
  return keys;
}

/** Committed files under (b'') of the large-index run: an index of about 1.7 MB, as in a large repository. */
export const LARGE_INDEX_FILES = 20_000;

/**
 * (b'') the usual commit (b') in a large repository: the same staged files, over
 * `committedFiles` small committed ones (what the hooks read of the index on every commit shows).
 */
export function buildLargeIndexFixtureRepo(dir: string, spec: FixtureSpec, committedFiles: number): void {
  buildFixtureRepo(dir, spec);
  for (let i = 0; i < committedFiles; i++) {
    const folder = join(dir, 'vendor', `pkg-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `file-${i}.ts`), `export const value${i} = ${i};\n`);
  }
  git(dir, ['add', 'vendor']);
  // Only vendor/ is committed: the source files stay staged. No automatic gc: it would pack the
  // objects in the background while the fixture is being copied for the compared build.
  git(dir, ['-c', 'gc.auto=0', 'commit', '-qm', 'chore: vendor [T-2026-11-22-003] [MODE:NF]', '--', 'vendor']);
}

/** Section 4 (c) of issue 14: modified files whose context must be read. */
export interface ModifiedFixtureSpec {
  readonly files: number;
  readonly linesPerFile: number;
  readonly changedLinesPerFile: number;
  readonly registryFlags: number;
  readonly unknownFlags: number;
  readonly seed: number;
}

/** (c): 20 committed files of 5,000 lines, ten lines of each changed and staged. */
export const MODIFIED: ModifiedFixtureSpec = { files: 20, linesPerFile: 5000, changedLinesPerFile: 10, registryFlags: 300, unknownFlags: 20, seed: 3 };

/**
 * Builds the modified-files fixture in `dir` (replacing it): registry, config and the files
 * committed, then `changedLinesPerFile` lines of each file replaced (half of them flag calls) and
 * staged.
 */
export function buildModifiedFixtureRepo(dir: string, spec: ModifiedFixtureSpec): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const keys = fixtureKeys(spec);
  writeFileSync(join(dir, 'flags.json'), composeRegistry(keys.known));
  const random = createRandom(spec.seed);
  const files: string[][] = [];
  for (let i = 0; i < spec.files; i++) {
    const lines = composeSourceFile(spec.linesPerFile * 60, random, keys).split('\n').slice(0, spec.linesPerFile);
    files.push(lines);
    const folder = join(dir, 'src', `module-${i}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `file-${i}.ts`), `${lines.join('\n')}\n`);
  }
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'chore: base [T-2026-11-22-003] [MODE:NF]']);
  files.forEach((lines, i) => {
    for (let k = 0; k < spec.changedLinesPerFile; k++) {
      const at = Math.floor(random() * lines.length);
      const key = random() < 0.1 && keys.unknown.length > 0 ? keys.unknown[k % keys.unknown.length]! : keys.known[Math.floor(random() * keys.known.length)]!;
      lines[at] = k % 2 === 0 ? `  ${CALLS[k % CALLS.length]!(key)}` : `  const changed${k} = value.result(${k});`;
    }
    writeFileSync(join(dir, 'src', `module-${i}`, `file-${i}.ts`), `${lines.join('\n')}\n`);
  });
  git(dir, ['add', '-A']);
}
