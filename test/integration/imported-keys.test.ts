// Flag keys held in constants imported from another file (issue 14), with real git: the imported
// file is read from the index for a commit and from the commit for a range, once per run, and an
// import that cannot be read (outside the repository, a symlink, binary, huge) leaves the key dynamic.
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagReposPerTest, findingsOf, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
const flagRepo = flagReposPerTest();

const KEYS = `export const FLAGS = { OLD: 'old-banner', GHOST: 'ghost-flag' } as const;\nexport const DARK = 'dark-mode';\n`;

function commitAll(): void {
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', 'feat: files [T-2026-11-22-003] [MODE:F]']);
}

const summary = (findings: ReturnType<typeof findingsOf>) => findings.map((f) => [f.rule, f.flag ?? null, f.line]);

/** The git commands a run started (GIT_TRACE names each built-in command). */
function gitCommandsOf(args: readonly string[], name: string): string[] {
  const trace = join(repo.home, `${name}.trace`);
  runIn(repo, args, { env: { GIT_TRACE: trace } });
  return readFileSync(trace, 'utf8')
    .split('\n')
    .map((line) => /built-in: git (?:-c \S+ |--literal-pathspecs )*(\S+)/.exec(line)?.[1])
    .filter((command): command is string => command !== undefined);
}

describe('flag keys imported from another file', () => {
  it('reads an imported constant under a TypeScript type assertion (`FLAGS.OLD as FlagKey`, `DARK!`)', () => {
    repo = flagRepo();
    repo.write('src/keys.ts', KEYS);
    commitAll();
    repo.write('src/app/page.ts', [`import { FLAGS, DARK } from '../keys';`, `ldClient.variation(FLAGS.OLD as FlagKey, ctx, false);`, `ldClient.variation(DARK!, ctx, false);`, ''].join('\n'));
    repo.gitOk(['add', '-A']);
    expect(summary(findingsOf(runIn(repo, ['scan', '--format', 'json'])))).toEqual([
      ['flag-archived', 'old-banner', 2],
      ['flag-deprecated', 'dark-mode', 3],
    ]);
  });

  it('reads named, renamed and namespace imports of an unchanged constants file (TS)', () => {
    repo = flagRepo();
    repo.write('src/keys.ts', KEYS);
    commitAll();
    repo.write(
      'src/app/page.ts',
      [
        `import { FLAGS, DARK as DARK_FLAG } from '../keys';`,
        `import * as keys from '../keys.js';`,
        `ldClient.variation(FLAGS.OLD, ctx, false);`,
        `ldClient.variation(`,
        `  DARK_FLAG,`,
        `  ctx, false);`,
        `ldClient.variation(keys.FLAGS.GHOST, ctx, false);`,
        `ldClient.variation(FLAGS.NOT_THERE, ctx, false);`,
        '',
      ].join('\n'),
    );
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(summary(findings)).toEqual([
      ['flag-archived', 'old-banner', 3],
      ['flag-deprecated', 'dark-mode', 5],
      ['flag-unknown', 'ghost-flag', 7],
      ['flag-dynamic-key', null, 8],
    ]);
  });

  it('reads the staged constants file, not the work tree or HEAD', () => {
    repo = flagRepo();
    repo.write('keys.ts', `export const KEY = 'new-checkout';\n`);
    commitAll();
    repo.write('keys.ts', `export const KEY = 'old-banner';\n`);
    repo.write('use.ts', `import { KEY } from './keys';\nldClient.variation(KEY, ctx, false);\n`);
    repo.gitOk(['add', '-A']);
    repo.write('keys.ts', `export const KEY = 'dark-mode';\n`);
    expect(summary(findingsOf(runIn(repo, ['scan', '--format', 'json'])))).toEqual([['flag-archived', 'old-banner', 2]]);
  });

  it('reads Python modules of the repository, Go same-package constants and Java imported classes', () => {
    repo = flagRepo();
    repo.write('svc/app/flags.py', `OLD = "old-banner"\n\nclass Keys:\n    GHOST = "ghost-flag"\n`);
    repo.write('gw/keys.go', `package gw\n\nconst (\n\tKeyOld = "old-banner"\n)\n`);
    repo.write('j/src/com/acme/flags/Keys.java', `package com.acme.flags;\npublic final class Keys {\n  public static final String DARK = "dark-mode";\n}\n`);
    commitAll();
    repo.write('svc/app/billing.py', `from app.flags import OLD\nfrom .flags import Keys as K\nld_client.variation(OLD, ctx, False)\nld_client.variation(K.GHOST, ctx, False)\n`);
    repo.write('gw/limits.go', `package gw\n\nfunc f() {\n\tclient.BoolVariation(KeyOld, ctx, false)\n}\n`);
    repo.write('j/src/com/acme/web/C.java', `package com.acme.web;\nimport com.acme.flags.Keys;\nclass C { void f() { client.boolVariation(Keys.DARK, ctx, false); } }\n`);
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(findings.map((f) => [f.file, f.rule, f.flag ?? null, f.line])).toEqual(
      expect.arrayContaining([
        ['svc/app/billing.py', 'flag-archived', 'old-banner', 3],
        ['svc/app/billing.py', 'flag-unknown', 'ghost-flag', 4],
        ['gw/limits.go', 'flag-archived', 'old-banner', 4],
        ['j/src/com/acme/web/C.java', 'flag-deprecated', 'dark-mode', 3],
      ]),
    );
    expect(findings.filter((f) => f.rule === 'flag-dynamic-key')).toEqual([]);
  });

  it('reads keys a TS barrel re-exports and Go constants of a package of the module, unchanged, in a modified file', () => {
    repo = flagRepo();
    repo.write('web/flags/keys.ts', KEYS);
    repo.write('web/flags/index.ts', `export * from './keys';\nexport { DARK as DARK_MODE } from './keys';\n`);
    repo.write('gw/go.mod', `module example.com/gw\n\ngo 1.22\n`);
    repo.write('gw/internal/flags/flags.go', `package flags\n\ntype Key string\n\nconst (\n\tOld   Key = "old-banner"\n\tGhost     = "ghost-flag"\n)\n`);
    repo.write('web/page.ts', `import { FLAGS, DARK_MODE } from './flags';\n\nexport const page = 1;\n`);
    repo.write('gw/handlers/h.go', `package handlers\n\nimport (\n\t"example.com/gw/internal/flags"\n)\n\nfunc f() {\n}\n`);
    commitAll();
    repo.write('web/page.ts', `import { FLAGS, DARK_MODE } from './flags';\n\nexport const page = 1;\nldClient.variation(FLAGS.OLD, ctx, false);\nldClient.variation(DARK_MODE, ctx, false);\n`);
    repo.write('gw/handlers/h.go', `package handlers\n\nimport (\n\t"example.com/gw/internal/flags"\n)\n\nfunc f() {\n\tclient.BoolVariation(string(flags.Old), ctx, false)\n\tclient.BoolVariation(flags.Ghost, ctx, false)\n}\n`);
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(findings.map((f) => [f.file, f.rule, f.flag ?? null, f.line])).toEqual(
      expect.arrayContaining([
        ['web/page.ts', 'flag-archived', 'old-banner', 4],
        ['web/page.ts', 'flag-deprecated', 'dark-mode', 5],
        ['gw/handlers/h.go', 'flag-archived', 'old-banner', 8],
        ['gw/handlers/h.go', 'flag-unknown', 'ghost-flag', 9],
      ]),
    );
    expect(findings.filter((f) => f.rule === 'flag-dynamic-key')).toEqual([]);
  });

  it('reads the constants file of the range tip for a range scan (a push)', () => {
    repo = flagRepo();
    repo.write('keys.ts', `export const KEY = 'new-checkout';\n`);
    commitAll();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    repo.write('keys.ts', `export const KEY = 'old-banner';\n`);
    repo.write('use.ts', `import { KEY } from './keys';\nldClient.variation(KEY, ctx, false);\n`);
    commitAll();
    repo.write('keys.ts', `export const KEY = 'dark-mode';\n`);
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--range', `${base}..HEAD`, '--format', 'json']));
    expect(findings.filter((f) => f.file === 'use.ts').map((f) => [f.rule, f.flag])).toEqual([['flag-archived', 'old-banner']]);
  });

  it('leaves the key dynamic for an import outside the repository, a symlink, a binary or a huge file, and a folder', () => {
    repo = flagRepo();
    repo.write('real.ts', `export const KEY = 'old-banner';\n`);
    symlinkSync('real.ts', join(repo.dir, 'link.ts'));
    repo.write('bin.ts', new Uint8Array([101, 120, 0, 1, 2]));
    repo.write('huge.ts', `export const KEY = 'old-banner';\n${'// pad\n'.repeat(60_000)}`);
    repo.write('dir.ts/index.txt', 'x\n');
    commitAll();
    repo.write(
      'a/use.ts',
      [
        `import { KEY as A } from '../../../../../../../../etc/keys';`,
        `import { KEY as B } from '../link';`,
        `import { KEY as C } from '../bin';`,
        `import { KEY as D } from '../huge';`,
        `import { KEY as E } from '../dir.ts';`,
        `ldClient.variation(A, ctx, false);`,
        `ldClient.variation(B, ctx, false);`,
        `ldClient.variation(C, ctx, false);`,
        `ldClient.variation(D, ctx, false);`,
        `ldClient.variation(E, ctx, false);`,
        '',
      ].join('\n'),
    );
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['scan', '--format', 'json']);
    expect(summary(findingsOf(result))).toEqual([6, 7, 8, 9, 10].map((line) => ['flag-dynamic-key', null, line]));
    expect(result.status).toBe(0);
  });

  it('starts no extra git process when no dynamic key names an import, and one cat-file when one does', () => {
    repo = flagRepo();
    repo.write('keys.ts', `export const KEY = 'new-checkout';\n`);
    commitAll();
    repo.write('a.ts', `import { KEY } from './keys';\nldClient.variation('new-checkout', ctx, false);\nldClient.variation(other, ctx, false);\n`);
    repo.gitOk(['add', '-A']);
    expect(gitCommandsOf(['pre-commit'], 'plain').filter((command) => command === 'cat-file')).toHaveLength(1);
    repo.write('a.ts', `import { KEY } from './keys';\nldClient.variation(KEY, ctx, false);\n`);
    repo.gitOk(['add', '-A']);
    expect(gitCommandsOf(['pre-commit'], 'imported').filter((command) => command === 'cat-file')).toHaveLength(2);
  });
});
