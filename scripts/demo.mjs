// `npm run demo`: prove-hooks at work in a throwaway repository, in one command. It packs this
// checkout (`npm pack`), installs the tarball into a new repository with a sample flag registry
// and code in three languages, runs `npx prove-hooks init` as a user would, then a good commit,
// a rejected message and its retry, a commit with an unknown and an archived flag, and a push of
// a bad message to a local bare remote, printing what each prints. Then it removes everything;
// `--keep` leaves the repository to explore. git runs with an isolated config (a demo user, none
// of your settings); npm uses your npm config and cache.
//
// Usage: node scripts/demo.mjs [--keep] [--no-build]
//   --keep      leave the repository (its path is printed at the end)
//   --no-build  use dist/ as it is (tests: `npm test` built it)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHECKOUT = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!['--keep', '--no-build'].includes(arg)) {
    process.stderr.write(`demo: unknown option '${arg}'\nUsage: npm run demo [-- --keep]\n`);
    process.exit(2);
  }
}
const keep = args.has('--keep');

const GOOD = 'feat: add the checkout page [T-2026-01-15-001] [MODE:F]';
const REGISTRY = {
  flags: [
    { key: 'new-checkout', status: 'active', owner: 'team-payments' },
    { key: 'dark-mode', status: 'deprecated', description: 'dark mode is the default now' },
    { key: 'old-banner', status: 'archived' },
  ],
};

const root = mkdtempSync(join(tmpdir(), 'prove-hooks-demo-'));
const repo = join(root, 'shop');
const remote = join(root, 'origin.git');
const home = join(root, 'home');
// git sees a demo user and none of your settings; npm keeps yours (registry, cache), quieter.
const env = { ...process.env, HOME: home, GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
for (const key of Object.keys(env)) if (key.startsWith('npm_') || key === 'INIT_CWD') delete env[key];
Object.assign(env, { npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' });
for (const key of ['PROVE_SKIP', 'HUSKY', 'PROVE_DEBUG', 'PROVE_TIMING', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[key];
const npmConfig = spawnSync('npm', ['config', 'get', 'cache', 'userconfig'], { encoding: 'utf8' });
if (npmConfig.status === 0) {
  // Asked for two keys, npm prints `cache=...` and `userconfig=...`.
  const [cache, userconfig] = npmConfig.stdout.trim().split('\n').map((line) => line.replace(/^\w+\s*=\s*/, '').trim());
  // HOME moves for git's sake; npm keeps your own config and cache.
  if (cache) env.npm_config_cache = cache;
  if (userconfig) env.npm_config_userconfig = userconfig;
}

let failed = false;
try {
  runDemo();
} catch (error) {
  failed = true;
  process.stderr.write(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  if (keep) {
    process.stdout.write(`\nThe repository is kept: cd ${repo}  (remove ${root} when done)\n`);
  } else {
    rmSync(root, { recursive: true, force: true });
    process.stdout.write(`\nRemoved ${root}. Run \`npm run demo -- --keep\` to explore the repository.\n`);
  }
}
process.exitCode = failed ? 1 : 0;

function runDemo() {
  mkdirSync(home);
  writeFileSync(env.GIT_CONFIG_GLOBAL, '[user]\n\tname = Demo User\n\temail = demo@example.com\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n');

  heading('Setting up: a build of this checkout, packed as npm would publish it');
  if (!args.has('--no-build')) quiet(process.execPath, ['scripts/build.mjs'], CHECKOUT);
  if (!existsSync(join(CHECKOUT, 'dist/cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
  const tarball = join(root, quiet('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', root], CHECKOUT).trim().split('\n').at(-1));
  note(`packed ${tarball}`);

  heading('A repository with a flag registry and code in TypeScript, Python and Go');
  mkdirSync(repo);
  quiet('git', ['init', '-q'], repo);
  quiet('git', ['init', '-q', '--bare', remote], root);
  quiet('git', ['remote', 'add', 'origin', remote], repo);
  write('package.json', `${JSON.stringify({ name: 'shop', version: '1.0.0', private: true }, null, 2)}\n`);
  write('.gitignore', 'node_modules/\n');
  write('flags.json', `${JSON.stringify(REGISTRY, null, 2)}\n`);
  write('web/checkout.ts', "export const showCheckout = (ld, ctx) => ld.variation('new-checkout', ctx, false);\n");
  write('api/pricing.py', 'def dark(client, user):\n    return client.variation("dark-mode", user, False)\n');
  write('svc/main.go', 'package main\n\nfunc enabled(c Client) bool {\n\treturn c.BoolVariation("new-checkout", ctx, false)\n}\n');
  show('cat', ['flags.json']);

  heading('Installing prove-hooks from the tarball, then `npx prove-hooks init`');
  show('npm', ['install', '--save-dev', tarball]);
  show('npx', ['prove-hooks', 'init']);
  // init writes flags.enabled: false only when there is no registry; this repository has one.
  show('git', ['add', '.']);
  show('git', ['commit', '-m', 'chore: set up the shop with prove-hooks [T-2026-01-15-001] [MODE:NF]']);
  show('git', ['push', '-q', 'origin', 'main']);

  heading('1. A commit that follows the convention passes quietly');
  write('web/cart.ts', "export const cart = (ld, ctx) => ld.variation('new-checkout', ctx, false) && 'cart';\n");
  show('git', ['add', 'web/cart.ts']);
  show('git', ['commit', '-m', GOOD]);

  heading('2. A message that breaks the convention is rejected, and kept');
  write('README.md', '# shop\n');
  show('git', ['add', 'README.md']);
  const rejected = show('git', ['commit', '-m', 'added readme'], { expectFailure: true });
  const retry = /git commit --edit --file=(\S+)/.exec(rejected);
  if (retry === null) throw new Error('the rejection printed no retry command');
  heading('   ...and retried with the command it printed (the "editor" here fixes the header)');
  const editor = join(root, 'fix-message.mjs');
  writeFileSync(editor, "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], 'chore: add a readme [T-2026-01-15-002] [MODE:NF]\\n');\n");
  show('git', ['commit', '--edit', `--file=${retry[1]}`], { env: { GIT_EDITOR: `node ${JSON.stringify(editor)}` } });

  heading('3. A commit that uses an unknown flag and an archived one is stopped by pre-commit');
  write('web/banner.ts', "export const banner = (ld, ctx) => ld.variation('old-banner', ctx, false);\nexport const promo = (ld, ctx) => ld.variation('new-chekout', ctx, false);\n");
  show('git', ['add', 'web/banner.ts']);
  show('git', ['commit', '-m', 'feat: show the promo banner [T-2026-01-15-003] [MODE:F]'], { expectFailure: true });
  note('(fixing the typo and dropping the archived flag lets it through)');
  write('web/banner.ts', "export const promo = (ld, ctx) => ld.variation('new-checkout', ctx, false);\n");
  show('git', ['add', 'web/banner.ts']);
  show('git', ['commit', '-m', 'feat: show the promo banner [T-2026-01-15-003] [MODE:F]']);

  heading('4. A push that carries a bad message (committed with --no-verify) is stopped by pre-push');
  write('svc/util.go', 'package main\n');
  show('git', ['add', 'svc/util.go']);
  show('git', ['commit', '--no-verify', '-m', 'wip']);
  show('git', ['push', 'origin', 'main'], { expectFailure: true });
  show('git', ['log', '--oneline', 'origin/main..main']);
}

/** Runs a command in the demo repository, printing it and everything it prints, as in a terminal. */
function show(command, commandArgs, options = {}) {
  const display = [command, ...commandArgs.map((arg) => (/^[\w./=:@-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`))].join(' ');
  process.stdout.write(`\n$ ${display.replaceAll(root, '<demo>')}\n`);
  // One stream for both, through sh, so the lines come in the order a terminal shows them.
  const result = spawnSync('sh', ['-c', 'exec "$0" "$@" 2>&1', command, ...commandArgs], { cwd: repo, env: { ...env, ...options.env }, encoding: 'utf8', input: '' });
  const output = result.stdout ?? '';
  if (output !== '') process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  const failedAsExpected = options.expectFailure === true && result.status !== 0;
  if (result.status !== 0) process.stdout.write(`[exit ${result.status}${failedAsExpected ? ': rejected, as expected' : ''}]\n`);
  if (result.error !== undefined) throw new Error(`${command} could not run: ${result.error.message}`);
  if ((result.status === 0) === (options.expectFailure === true)) {
    throw new Error(`\`${display}\` ${result.status === 0 ? 'passed but should have been rejected' : `failed (exit ${result.status})`}`);
  }
  return output;
}

/** Runs a set-up command whose output is of no interest; throws with it when it fails. */
function quiet(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', input: '' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status ?? result.error?.message}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

function write(path, content) {
  const full = join(repo, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

function heading(text) {
  process.stdout.write(`\n== ${text}\n`);
}

function note(text) {
  process.stdout.write(`${text.replaceAll(root, '<demo>')}\n`);
}
