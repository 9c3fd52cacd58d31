// The flag check reads the changed files in context, with real git: modified files whose
// binding, call start or JSX element lies in unchanged lines.
import { afterEach, describe, expect, it } from 'vitest';
import { createFlagRepo, findingsOf, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const ALL = { presets: ['launchdarkly', 'flagsmith', 'split', 'growthbook', 'unleash', 'statsig', 'env'], envPrefix: 'FF_', aliasCaseVariants: ['camel'] };

function commitFile(path: string, text: string): void {
  repo.write(path, text);
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', 'feat: file [T-2026-11-22-003] [MODE:F]']);
}

describe('flag check in context (real git)', () => {
  it('reports a result-object read whose binding is on an unchanged line', () => {
    repo = createFlagRepo(ALL);
    commitFile('a.tsx', `export function A() {\n  const flags = useFlags(['old-banner']);\n  return null;\n}\n`);
    repo.write('a.tsx', `export function A() {\n  const flags = useFlags(['old-banner']);\n  if (flags.old_banner?.enabled || flags['old-banner'].enabled) go();\n  return null;\n}\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--format', 'json']);
    expect(findingsOf(result).map((f) => [f.rule, f.flag, f.line])).toEqual([['flag-archived', 'old-banner', 3]]);
    expect(result.status).toBe(1);
  });

  it('reports the key added inside a wrapped call whose first line is unchanged, and not the unchanged call', () => {
    repo = createFlagRepo(ALL);
    commitFile('a.ts', `const a = ldClient.variation(\n  'new-checkout',\n  false,\n);\nconst b = ldClient.variation(\n  'ghost-flag',\n  false,\n);\n`);
    repo.write('a.ts', `const a = ldClient.variation(\n  'old-banner',\n  false,\n);\nconst b = ldClient.variation(\n  'ghost-flag',\n  false,\n);\n`);
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(findings.map((f) => [f.rule, f.flag, f.line])).toEqual([
      ['flag-removed', 'new-checkout', 2],
      ['flag-archived', 'old-banner', 2],
    ]);
  });

  it('reads the context of files that come after more than a MiB of diff (their images asked for when the diff has ended)', () => {
    repo = createFlagRepo(ALL);
    commitFile('b.ts', `const a = ldClient.variation(\n  'new-checkout',\n  false,\n);\n`);
    // 1.2 MiB of diff before b.ts (git orders files by path): b.ts's image is read late.
    repo.write('a-filler.ts', `${'const filler = 1;\n'.repeat(70_000)}`);
    repo.write('b.ts', `const a = ldClient.variation(\n  'old-banner',\n  false,\n);\n`);
    repo.write('c.ts', `const c = ldClient.variation(\n  'ghost-flag',\n  false,\n);\n`);
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(findings.map((f) => [f.rule, f.flag, f.file, f.line])).toEqual([
      ['flag-removed', 'new-checkout', 'b.ts', 2],
      ['flag-archived', 'old-banner', 'b.ts', 2],
      ['flag-unknown', 'ghost-flag', 'c.ts', 2],
    ]);
  });

  it('reads a modified Vue component as markup: a call in a directive counts, prose and an HTML comment do not', () => {
    repo = createFlagRepo(ALL);
    commitFile('src/Banner.vue', `<template>\n  <div class="banner">\n  </div>\n</template>\n\n<script setup lang="ts">\nconst ld = useLDClient();\n</script>\n`);
    repo.write(
      'src/Banner.vue',
      `<template>\n  <div class="banner">\n    <p v-if="ld.variation('old-banner', false)">Docs: ld.variation('ghost-flag') is the API</p>\n    <!-- <p v-if="ld.variation('new-checkout', false)"> -->\n  </div>\n</template>\n\n<script setup lang="ts">\nconst ld = useLDClient();\n</script>\n`,
    );
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(findings.map((f) => [f.rule, f.flag, f.line])).toEqual([['flag-archived', 'old-banner', 3]]);
  });

  it('reports a JSX attribute added on its own line under an unchanged element start', () => {
    repo = createFlagRepo(ALL);
    commitFile('a.tsx', `const x = (\n  <IfFeatureEnabled\n    feature="new-checkout"\n  >x</IfFeatureEnabled>\n);\n`);
    repo.write('a.tsx', `const x = (\n  <IfFeatureEnabled\n    feature="spring-sale"\n  >x</IfFeatureEnabled>\n);\n`);
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(findings.filter((f) => f.rule === 'flag-unknown').map((f) => [f.flag, f.line, (f as { kind?: string }).kind])).toEqual([['spring-sale', 3, 'jsx']]);
  });

  it('does not report a reformatted call as removed, nor an old unknown flag on an unchanged line', () => {
    repo = createFlagRepo(ALL);
    commitFile('a.ts', `ldClient.variation('new-checkout', ctx, false);\nldClient.variation('ghost-flag', ctx, false);\n`);
    repo.write('a.ts', `ldClient.variation(\n  'new-checkout',\n  ctx,\n  true,\n);\nldClient.variation('ghost-flag', ctx, false);\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--format', 'json']);
    expect(findingsOf(result)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('finds env reads wrapped after their accessor deep in a large new file, and built env names as dynamic keys', () => {
    repo = createFlagRepo(ALL);
    const filler = Array.from({ length: 120 }, (_, k) => `x${k} = ${k}`).join('\n');
    repo.write('settings.py', `import os\n${filler}\nMODE = os.getenv(\n    "FF_GHOST_MODE",\n)\n${filler}\nCUSTOM = os.getenv(\n    f"FF_{name}",\n)\n`);
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(findings.map((f) => [f.rule, f.flag ?? null, f.line])).toEqual([
      ['flag-unknown', 'FF_GHOST_MODE', 123],
      ['flag-dynamic-key', null, 246],
    ]);
  });

  it('lists every added reference with its kind and status (--references)', () => {
    repo = createFlagRepo(ALL);
    commitFile('a.ts', `export {};\n`);
    repo.write('a.ts', `export {};\n// ldClient.variation('dark-mode', false)\nif (process.env.FF_NEW_EXPORTER) {}\nif (unleash.isEnabled(toggleName)) {}\nldClient.variation('beta-search', false);\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--format', 'json', '--references']);
    const document = JSON.parse(result.stdout) as { references: { flag: string | null; line: number; kind: string; status: string }[]; findings: { rule: string; expression: string | null }[] };
    expect(document.references.map((r) => [r.flag, r.line, r.kind, r.status])).toEqual([
      ['dark-mode', 2, 'comment', 'deprecated'],
      ['FF_NEW_EXPORTER', 3, 'env', 'unknown'],
      [null, 4, 'dynamic', 'unchecked'],
      ['beta-search', 5, 'call', 'active'],
    ]);
    expect(document.findings.map((f) => [f.rule, f.expression])).toEqual([
      ['flag-unknown', null],
      ['flag-dynamic-key', 'toggleName'],
    ]);
    const text = runIn(repo, ['scan', '--references']);
    expect(text.stdout).toMatch(/a\.ts:5:\d+ {2}beta-search {2}call, active/);
  });

  it('judges the staged image, not the work tree, of a partially staged modified file', () => {
    repo = createFlagRepo(ALL);
    commitFile('a.ts', `const a = ldClient.variation(\n  'new-checkout',\n  false,\n);\n`);
    repo.write('a.ts', `const a = ldClient.variation(\n  'staged-ghost',\n  false,\n);\n`);
    repo.gitOk(['add', '-A']);
    repo.write('a.ts', `const a = ldClient.variation(\n  'worktree-ghost',\n  false,\n);\n`);
    expect(findingsOf(runIn(repo, ['scan', '--format', 'json'])).filter((f) => f.rule === 'flag-unknown').map((f) => f.flag)).toEqual(['staged-ghost']);
  });

  it('judges the diff lines of a file whose image is too large for the context, suppressions and removals included', () => {
    repo = createFlagRepo(ALL);
    // Over MAX_CONTEXT_FILE_BYTES (2 MiB): the changed lines are matched one by one instead.
    const filler = Array.from({ length: 40_000 }, (_, k) => `const x${k} = ${k}; // ${'-'.repeat(40)}`).join('\n');
    commitFile('big.ts', `${filler}\nldClient.variation('new-checkout', ctx, false);\n`);
    repo.write('big.ts', `${filler}\nldClient.variation('ghost-big', ctx, false);\n// prove-allow-flag: ghost-kept being tried out\nldClient.variation('ghost-kept', ctx, false);\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--format', 'json']);
    expect(findingsOf(result).map((f) => [f.rule, f.flag, f.line])).toEqual([
      ['flag-removed', 'new-checkout', 40_001],
      ['flag-unknown', 'ghost-big', 40_001],
    ]);
    expect(result.status).toBe(1);
  });

  it('judges a one-line change to a file larger than 64 MiB by its diff lines, without failing on its size', () => {
    repo = createFlagRepo(ALL);
    // The images are read from one `git cat-file --batch`; a 70 MiB image once overflowed the
    // buffer that held git's whole output, and the commit was blocked with a git error (exit 4).
    const filler = `${'// '.padEnd(79, 'x')}\n`.repeat(70 * 13_108);
    commitFile('huge.ts', `ldClient.variation('new-checkout', ctx, false);\n${filler}`);
    repo.write('huge.ts', `ldClient.variation('ghost-huge', ctx, false);\n${filler}`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--format', 'json']);
    expect(result.stderr).not.toMatch(/git error|maxBuffer/);
    expect(findingsOf(result).map((f) => [f.rule, f.flag, f.line])).toEqual([
      ['flag-removed', 'new-checkout', 1],
      ['flag-unknown', 'ghost-huge', 1],
    ]);
    expect(result.status).toBe(1);
  }, 60_000);

  it('keeps the context of the files being read when the diff budget runs out, judges the others by their lines, and says how many', () => {
    repo = createFlagRepo(ALL);
    commitFile('src/f5.ts', 'export {};\n');
    // Five new files of 2.06 MiB of diff each (360,000 lines of `+  1,`), then the modified f5.ts and
    // the new f6.ts (git orders files by path). f0.ts begins within EARLY_READ_DIFF_BYTES: its image
    // is being read when the diff passes MAX_CONTEXT_DIFF_BYTES (8 MiB), and it keeps its context
    // (its wrapped call is found). The others are judged by their diff lines: a single-line call is
    // found, a wrapped one is not.
    const filler = `export const pad = [\n${'  1,\n'.repeat(360_000)}];\n`;
    for (let k = 0; k < 5; k++) repo.write(`src/f${k}.ts`, k % 2 === 0 ? `export {};\nldClient.variation(\n  'ghost-${k}',\n  ctx,\n  false,\n);\n${filler}` : filler);
    repo.write('src/f5.ts', "export {};\nldClient.variation('ghost-5a', ctx, false);\nldClient.variation(\n  'ghost-5b',\n  ctx,\n  false,\n);\n");
    repo.write('src/f6.ts', "export {};\nldClient.variation(\n  'ghost-6',\n  ctx,\n  false,\n);\n");
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--format', 'json']);
    expect(findingsOf(result).map((f) => [f.rule, f.flag, f.file, f.line])).toEqual([
      ['flag-unknown', 'ghost-0', 'src/f0.ts', 3],
      ['flag-unknown', 'ghost-5a', 'src/f5.ts', 2],
    ]);
    // Never silently: the user is told which part was judged line by line, and what that costs.
    expect(result.stderr).toMatch(/this change is over 8 MiB of diff, too large to read all its files whole: the flag references of 6 changed files were judged one line at a time/);
  }, 60_000);

  it('reads the context of a change of a thousand small files (a wrapped call is found in each)', () => {
    repo = createFlagRepo(ALL);
    for (let k = 0; k < 1000; k++) repo.write(`src/f${String(k).padStart(4, '0')}.ts`, k % 250 === 0 ? `export {};\nldClient.variation(\n  'ghost-${k}',\n  ctx,\n  false,\n);\n` : `export const v${k} = ${k};\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--format', 'json']);
    expect(findingsOf(result).map((f) => [f.rule, f.flag, f.file, f.line])).toEqual([
      ['flag-unknown', 'ghost-0', 'src/f0000.ts', 3],
      ['flag-unknown', 'ghost-250', 'src/f0250.ts', 3],
      ['flag-unknown', 'ghost-500', 'src/f0500.ts', 3],
      ['flag-unknown', 'ghost-750', 'src/f0750.ts', 3],
    ]);
    expect(result.stderr).not.toMatch(/too large to read/);
  }, 60_000);
});
