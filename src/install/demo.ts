// `prove-hooks demo`: the hooks at work in a throwaway repository, in one command. A repository in
// the temporary folder gets a flag registry, code in TypeScript, Python and Go, a local bare
// remote, and this very package linked into node_modules (as `npm install` leaves it, with the
// husky beside it, so nothing is downloaded); `prove-hooks init` sets up the hooks with husky as
// for a user. Then the scenes below run real `git commit` and `git push`, each printed with what
// git and the hooks print. Everything is removed at the end unless `keep`.
// The demo runs the user's commands (git, npx) as a user would, through `sh`: these are scenes to
// show, not git logic of the tool, which stays in src/git.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InternalError } from '../errors.js';

export interface DemoOptions {
  /** Leave the repository (its folder is printed) instead of removing it. */
  readonly keep: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** Where the demo prints; everything it shows goes here, in order. */
  readonly out: { write(text: string): unknown };
  /** The folder to make the demo's folder in (default: the system's temporary folder). */
  readonly tmpDir?: string;
}

const GOOD = 'feat: add the checkout page [T-2026-01-15-001] [MODE:F]';
const REGISTRY = {
  flags: [
    { key: 'new-checkout', status: 'active', owner: 'team-payments' },
    { key: 'dark-mode', status: 'deprecated', description: 'dark mode is the default now' },
    { key: 'old-banner', status: 'archived' },
  ],
};
/** Variables of the caller that would change what the hooks do or where git looks. */
const DROPPED_ENV = /^(PROVE_|HUSKY$|GIT_|npm_|INIT_CWD$)/;
/** A scene step that takes longer than this is stopped: the demo never hangs. */
const STEP_TIMEOUT_MS = 120_000;

/** How a demo ended: every scene as shown, a scene that went otherwise, or a signal (Ctrl-C). */
export type DemoOutcome = { readonly status: 'ok' } | { readonly status: 'failed' } | { readonly status: 'interrupted'; readonly signal: NodeJS.Signals };

/** The signals that stop a demo: its folder is removed first (the caller then re-raises the signal). */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Thrown inside the scenes when a stop signal arrived: unwinds to the clean-up. */
class DemoInterrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }
}

/** Runs the demo. Never leaves its folder behind unless `keep`, even when interrupted by a signal. */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const root = mkdtempSync(join(options.tmpDir ?? tmpdir(), 'prove-hooks-demo-'));
  const stage = createStage(root, options);
  // A stop signal kills the running step (its whole process group) and ends the scenes; the
  // folder is removed below before the caller lets the signal end the process.
  const onSignal = (signal: NodeJS.Signals): void => stage.interrupt(signal);
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  let outcome: DemoOutcome = { status: 'ok' };
  try {
    await playScenes(stage);
  } catch (error) {
    if (error instanceof DemoInterrupted) {
      outcome = { status: 'interrupted', signal: error.signal };
      options.out.write(`
demo interrupted (${error.signal})
`);
    } else {
      outcome = { status: 'failed' };
      options.out.write(`
demo failed: ${(error as Error).message}
`);
    }
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    if (options.keep) {
      options.out.write(`\nThe repository is kept: cd ${stage.repo}  (remove ${root} when done)\n`);
    } else {
      rmSync(root, { recursive: true, force: true });
      options.out.write(`\nRemoved ${root}. Run \`prove-hooks demo --keep\` (\`npm run demo -- --keep\` in a clone) to explore the repository.\n`);
    }
  }
  return outcome;
}

interface Stage {
  readonly root: string;
  readonly repo: string;
  readonly packageDir: string;
  heading(text: string): void;
  note(text: string): void;
  write(path: string, content: string): void;
  /** Runs a command in the repository, printing it and what it prints; rejects when it does not end as expected. */
  show(command: string, args: readonly string[], options?: { expectFailure?: boolean; env?: NodeJS.ProcessEnv }): Promise<string>;
  /** A stop signal arrived: kill the running step's process group; the next step rejects with DemoInterrupted. */
  interrupt(signal: NodeJS.Signals): void;
}

function createStage(root: string, options: DemoOptions): Stage {
  const repo = join(root, 'shop');
  const gitConfig = join(root, 'gitconfig');
  // git sees a demo user and none of your settings (GIT_CONFIG_GLOBAL replaces ~/.gitconfig); npm keeps yours.
  const env: NodeJS.ProcessEnv = { GIT_CONFIG_GLOBAL: gitConfig, GIT_CONFIG_NOSYSTEM: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  for (const [key, value] of Object.entries(options.env)) if (!DROPPED_ENV.test(key) && !(key in env)) env[key] = value;
  const print = (text: string) => options.out.write(text.replaceAll(root, '<demo>'));
  let running: ChildProcess | undefined;
  let interrupted: NodeJS.Signals | undefined;
  return {
    root,
    repo,
    packageDir: findPackageRoot(),
    heading: (text) => print(`\n== ${text}\n`),
    note: (text) => print(`${text}\n`),
    write(path, content) {
      const full = join(repo, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    },
    async show(command, args, showOptions = {}) {
      if (interrupted !== undefined) throw new DemoInterrupted(interrupted);
      const display = [command, ...args.map(quoteForDisplay)].join(' ');
      print(`\n$ ${display}\n`);
      // One stream for both, through sh, so the lines come in the order a terminal shows them.
      // Its own process group: a stop signal or the time limit kills the step with its hooks.
      const result = await runStep(['-c', 'exec "$0" "$@" 2>&1', command, ...args], existsSync(repo) ? repo : root, { ...env, ...showOptions.env }, (child) => {
        running = child;
      });
      running = undefined;
      if (interrupted !== undefined) throw new DemoInterrupted(interrupted);
      const output = result.output;
      if (output !== '') print(output.endsWith('\n') ? output : `${output}\n`);
      const expectFailure = showOptions.expectFailure === true;
      if (result.status !== 0) print(`[exit ${result.status ?? result.signal}${expectFailure && result.status !== null ? ': rejected, as expected' : ''}]\n`);
      if (result.error !== undefined) throw new InternalError(`${command} could not run: ${result.error.message}`);
      if ((result.status === 0) === expectFailure) throw new InternalError(`\`${display}\` ${result.status === 0 ? 'passed but should have been rejected' : `failed (exit ${result.status ?? result.signal})`}`);
      return output;
    },
    interrupt(signal) {
      interrupted ??= signal;
      if (running?.pid !== undefined) killGroup(running.pid, 'SIGKILL');
    },
  };
}

interface StepResult {
  readonly output: string;
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly error?: Error;
}

/** `sh <args>` in its own process group, stdin empty, stdout collected, killed (group and all) after STEP_TIMEOUT_MS. */
function runStep(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, onStart: (child: ChildProcess) => void): Promise<StepResult> {
  return new Promise((resolve) => {
    const child = spawn('sh', [...args], { cwd, env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    onStart(child);
    const chunks: Buffer[] = [];
    let error: Error | undefined;
    child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
    }, STEP_TIMEOUT_MS);
    child.on('error', (spawnError) => {
      error = spawnError;
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ output: Buffer.concat(chunks).toString('utf8'), status, signal, ...(error === undefined ? {} : { error }) });
    });
  });
}

/** Kills a step's whole process group (git and the hooks it runs); a group already gone is fine. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Recovered on purpose: the group has already exited.
  }
}

async function playScenes(stage: Stage): Promise<void> {
  const { repo, root } = stage;
  writeFileSync(join(root, 'gitconfig'), '[user]\n\tname = Demo User\n\temail = demo@example.com\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n');

  stage.heading('A repository with a flag registry and code in TypeScript, Python and Go');
  mkdirSync(repo);
  await stage.show('git', ['init', '-q']);
  await stage.show('git', ['init', '-q', '--bare', join(root, 'origin.git')]);
  await stage.show('git', ['remote', 'add', 'origin', join(root, 'origin.git')]);
  stage.write('package.json', `${JSON.stringify({ name: 'shop', version: '1.0.0', private: true, devDependencies: { husky: '^9.1.7', 'prove-hooks': `file:${stage.packageDir}` } }, null, 2)}\n`);
  stage.write('.gitignore', 'node_modules/\n');
  stage.write('flags.json', `${JSON.stringify(REGISTRY, null, 2)}\n`);
  stage.write('web/checkout.ts', "export const showCheckout = (ld, ctx) => ld.variation('new-checkout', ctx, false);\n");
  stage.write('api/pricing.py', 'def dark(client, user):\n    return client.variation("dark-mode", user, False)\n');
  stage.write('svc/main.go', 'package main\n\nfunc enabled(c Client) bool {\n\treturn c.BoolVariation("new-checkout", ctx, false)\n}\n');
  await stage.show('cat', ['flags.json']);

  stage.heading('Installing prove-hooks: this package linked into node_modules, then `npx prove-hooks init`');
  linkPackage(repo, stage.packageDir);
  stage.note(`(node_modules holds ${stage.packageDir} and its husky, as \`npm install\` leaves them: nothing is downloaded)`);
  await stage.show('npx', ['prove-hooks', 'init', '--no-install']);
  await stage.show('git', ['add', '.']);
  await stage.show('git', ['commit', '-m', 'chore: set up the shop with prove-hooks [T-2026-01-15-001] [MODE:NF]']);
  await stage.show('git', ['push', '-q', 'origin', 'main']);

  stage.heading('1. A commit that follows the convention passes quietly');
  stage.write('web/cart.ts', "export const cart = (ld, ctx) => ld.variation('new-checkout', ctx, false) && 'cart';\n");
  await stage.show('git', ['add', 'web/cart.ts']);
  await stage.show('git', ['commit', '-m', GOOD]);

  stage.heading('2. A message that breaks the convention is rejected, and kept');
  stage.write('README.md', '# shop\n');
  await stage.show('git', ['add', 'README.md']);
  const rejected = await stage.show('git', ['commit', '-m', 'added readme'], { expectFailure: true });
  const retry = /git commit --edit --file=(\S+)/.exec(rejected);
  if (retry === null) throw new InternalError('the rejection printed no retry command');
  stage.heading('   ...and retried with the command it printed (the "editor" here fixes the header)');
  const editor = join(root, 'fix-message.cjs');
  writeFileSync(editor, "require('node:fs').writeFileSync(process.argv[2], 'chore: add a readme [T-2026-01-15-002] [MODE:NF]\\n');\n");
  await stage.show('git', ['commit', '--edit', `--file=${retry[1]}`], { env: { GIT_EDITOR: `node ${JSON.stringify(editor)}` } });

  stage.heading('3. A commit that uses an unknown flag and an archived one is stopped by pre-commit');
  stage.write('web/banner.ts', "export const banner = (ld, ctx) => ld.variation('old-banner', ctx, false);\nexport const promo = (ld, ctx) => ld.variation('new-chekout', ctx, false);\n");
  await stage.show('git', ['add', 'web/banner.ts']);
  await stage.show('git', ['commit', '-m', 'feat: show the promo banner [T-2026-01-15-003] [MODE:F]'], { expectFailure: true });
  stage.note('(fixing the typo and dropping the archived flag lets it through)');
  stage.write('web/banner.ts', "export const promo = (ld, ctx) => ld.variation('new-checkout', ctx, false);\n");
  await stage.show('git', ['add', 'web/banner.ts']);
  await stage.show('git', ['commit', '-m', 'feat: show the promo banner [T-2026-01-15-003] [MODE:F]']);

  stage.heading('4. A push that carries a bad message (committed with --no-verify) is stopped by pre-push');
  stage.write('svc/util.go', 'package main\n');
  await stage.show('git', ['add', 'svc/util.go']);
  await stage.show('git', ['commit', '--no-verify', '-m', 'wip']);
  await stage.show('git', ['push', 'origin', 'main'], { expectFailure: true });
  await stage.show('git', ['log', '--oneline', 'origin/main..main']);

  stage.heading('5. `prove-hooks doctor`: is everything in place?');
  await stage.show('npx', ['prove-hooks', 'doctor']);
}

/** node_modules as `npm install --save-dev prove-hooks` leaves it: the package, its bin link, and husky. */
function linkPackage(repo: string, packageDir: string): void {
  const modules = join(repo, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  symlinkSync(packageDir, join(modules, 'prove-hooks'), 'dir');
  symlinkSync('../prove-hooks/dist/cli.cjs', join(modules, '.bin', 'prove-hooks'));
  // husky is our dependency: beside us in the installing project, or in our own node_modules in a clone.
  const husky = dirname(createRequire(join(packageDir, 'package.json')).resolve('husky'));
  symlinkSync(husky, join(modules, 'husky'), 'dir');
}

/** The folder of prove-hooks' own package.json, above this (bundled) file. */
function findPackageRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'prove-hooks') return dir;
    if (dirname(dir) === dir) throw new InternalError('cannot find the prove-hooks package folder above the running file');
  }
}

function quoteForDisplay(arg: string): string {
  return /^[\w./=:@-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
