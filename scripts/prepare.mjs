// npm `prepare` for this repository: build dist/ and install our own hooks with husky.
// It must never fail an `npm ci` (CI, a tarball install, a copy outside git), so every step
// that depends on the environment is skipped with a one-line notice instead of failing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (existsSync('src/cli/main.ts') && existsSync('node_modules/esbuild')) {
  // `npm pack`/`npm publish` run prepare too: the package they make needs the type declarations.
  const forPackage = process.env.npm_command === 'pack' || process.env.npm_command === 'publish';
  const built = spawnSync(process.execPath, ['scripts/build.mjs', ...(forPackage ? [] : ['--no-types'])], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' });
if (process.env.CI || process.env.HUSKY === '0' || inGit.status !== 0 || !existsSync('.husky')) {
  console.log('prove-hooks: hooks not installed here (CI, HUSKY=0, or not a git work tree)');
} else {
  const { default: husky } = await import('husky');
  const message = husky();
  if (message) console.log(`husky: ${message}`);
}
