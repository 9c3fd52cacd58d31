// `npm run setup` for contributors: build dist/ and install this repository's own hooks with
// husky (we use prove-hooks on itself). Not an npm lifecycle script: a package that has one
// (`prepare`, `install`...) makes npm 11 warn everyone who installs it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' });
if (process.env.CI || process.env.HUSKY === '0' || inGit.status !== 0 || !existsSync('.husky')) {
  console.log('prove-hooks: hooks not installed here (CI, HUSKY=0, or not a git work tree)');
} else {
  const { default: husky } = await import('husky');
  const message = husky();
  console.log(message ? `husky: ${message}` : 'prove-hooks: our own hooks are installed (core.hooksPath = .husky/_)');
}
