// Scores the built CLI (dist/cli.cjs) on the flag-reference corpus of test/corpus (issue 14):
//   npm run build && node scripts/score-corpus.mjs [--json] [--references|--no-references] [--relocate] [--corpus main|blind|blind3|blind4|blind5|blind6|blind7|blind8|blind9]
// Bundles test/corpus/score.ts with esbuild (a devDependency) and runs it. The bundle is told the
// source's own URL, so its paths (the corpus, dist/cli.cjs) resolve as they do under vitest.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const entry = join(import.meta.dirname, '..', 'test', 'corpus', 'score.ts');
const dir = mkdtempSync(join(tmpdir(), 'prove-hooks-corpus-'));
try {
  const outfile = join(dir, 'score.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Every bundled module sits one folder below test/ (test/corpus, test/helpers), as this URL does.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
