// Flag keys held in constants imported through a path alias (`@/lib/keys`, `~/keys`: Next.js's
// default `"@/*"` tsconfig path, Nuxt and Vite conventions), with real git: found from the file's
// folder up, and under `src/`; an alias naming no file of the repository leaves the key dynamic.
import { describe, expect, it } from 'vitest';
import { flagReposPerTest, findingsOf, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
const flagRepo = flagReposPerTest();

const summary = (findings: ReturnType<typeof findingsOf>) => findings.map((f) => [f.rule, f.flag ?? null, f.file, f.line]);

describe('flag keys imported through a path alias', () => {
  it('reads `@/` and `~/` imports of constants files above the importing file and under src/', () => {
    repo = flagRepo();
    repo.write('web/lib/keys.ts', `export const FLAGS = { OLD: 'old-banner' } as const;\n`);
    repo.write('src/flags.ts', `export const DARK = 'dark-mode';\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'feat: keys [T-2026-11-22-003] [MODE:F]']);
    // @launchdarkly/node-server-sdk LDClient.variation(key, context, defaultValue).
    repo.write('web/app/api/recs/route.ts', [`import { FLAGS } from '@/lib/keys';`, `await ld.variation(FLAGS.OLD, ctx, false);`, ''].join('\n'));
    repo.write('src/app/page.ts', [`import { DARK } from '~/flags';`, `import { GHOST } from '@/nowhere';`, `await ld.variation(DARK, ctx, false);`, `await ld.variation(GHOST, ctx, false);`, ''].join('\n'));
    repo.gitOk(['add', '-A']);
    const findings = findingsOf(runIn(repo, ['scan', '--format', 'json']));
    expect(summary(findings)).toEqual([
      ['flag-deprecated', 'dark-mode', 'src/app/page.ts', 3],
      ['flag-dynamic-key', null, 'src/app/page.ts', 4],
      ['flag-archived', 'old-banner', 'web/app/api/recs/route.ts', 2],
    ]);
  });
});
