// `npm run demo`: builds this checkout, then runs `prove-hooks demo` from it (src/install/demo.ts):
// a throwaway repository in the temporary folder with a flag registry and code in three
// languages, this package linked into its node_modules and `prove-hooks init` run as a user
// would, then a good commit, a rejected message and its retry, a commit with an unknown and an
// archived flag, and a push of a bad message to a local bare remote. Everything is removed at the
// end; `--keep` leaves the repository to explore.
//
// Usage: node scripts/demo.mjs [--keep] [--no-build]
//   --keep      leave the repository (its path is printed at the end)
//   --no-build  use dist/ as it is (tests: `npm test` built it)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHECKOUT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
if (build) {
  process.stdout.write('== Building this checkout (npm run build)\n');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: CHECKOUT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write(`demo: the build failed (exit ${result.status ?? result.signal})\n`);
    process.exit(1);
  }
}
// The demo itself is a command of the package, so `npx prove-hooks demo` shows the same.
const demo = spawnSync(process.execPath, ['dist/cli.cjs', 'demo', ...args.filter((arg) => arg !== '--no-build')], { cwd: CHECKOUT, stdio: ['ignore', 'inherit', 'inherit'] });
process.exitCode = demo.status ?? 1;
