// End-to-end set-up: the built package packed with `npm pack`, installed into fresh temporary
// git repositories the way a user installs it. git config is isolated; npm keeps the machine's
// own cache and user config (registry settings), so installs are fast and work as they do for
// the user.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolatedGitEnv } from './git-repo.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temporary folder holding the packed tarball and the projects of one test file. */
export interface E2eWorkspace {
  readonly root: string;
  /** Absolute path of the packed prove-hooks tarball. */
  readonly tarball: string;
  /** Environment for git and npm in this workspace. */
  readonly env: NodeJS.ProcessEnv;
  /** Runs a command in `cwd`; never throws. */
  run(command: string, args: readonly string[], cwd: string, options?: { env?: NodeJS.ProcessEnv; input?: string }): RunResult;
  /** Runs a command and throws with its output when it fails. */
  runOk(command: string, args: readonly string[], cwd: string, options?: { env?: NodeJS.ProcessEnv; input?: string }): string;
  /** Writes a file, creating its folders. */
  write(path: string, content: string): void;
  cleanup(): void;
}

/**
 * Packs dist/ as it is (`npm test` built it; `--ignore-scripts` so packing does not rebuild dist/
 * under other test files) and prepares an isolated workspace around the tarball.
 */
export function createE2eWorkspace(): E2eWorkspace {
  if (!existsSync(join(PACKAGE_ROOT, 'dist/cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it)');
  const root = mkdtempSync(join(tmpdir(), 'prove-hooks-e2e-'));
  const home = join(root, 'home');
  const pack = join(root, 'pack');
  mkdirSync(home);
  mkdirSync(pack);
  const machineNpm = readMachineNpmConfig();
  const base = isolatedGitEnv(home);
  // Variables of the `npm test` run around us (npm_config_local_prefix, npm_package_*, ...) would
  // point npm at this repository instead of the test project.
  for (const key of Object.keys(base)) if (key.startsWith('npm_') || key === 'INIT_CWD') delete base[key];
  const env: NodeJS.ProcessEnv = {
    ...base,
    npm_config_cache: machineNpm.cache,
    npm_config_userconfig: machineNpm.userconfig,
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  const run: E2eWorkspace['run'] = (command, args, cwd, options = {}) => {
    const result = spawnSync(command, [...args], {
      cwd,
      env: { ...env, ...options.env },
      input: options.input ?? '',
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
  };
  const runOk: E2eWorkspace['runOk'] = (command, args, cwd, options) => {
    const result = run(command, args, cwd, options);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}) in ${cwd}:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };
  const packed = runOk('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', pack], PACKAGE_ROOT).trim().split('\n').at(-1)!;
  return {
    root,
    tarball: join(pack, packed),
    env,
    run,
    runOk,
    write(path, content) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function readMachineNpmConfig(): { cache: string; userconfig: string } {
  const result = spawnSync('npm', ['config', 'get', 'cache', 'userconfig'], { encoding: 'utf8' });
  const [cache, userconfig] = result.stdout.trim().split('\n').map((line) => line.replace(/^\w+\s*=\s*/, '').trim());
  if (result.status !== 0 || !cache || !userconfig) throw new Error(`npm config get failed: ${result.stderr}`);
  return { cache, userconfig };
}

/**
 * Creates `<root>/<name>`: `git init`, a package.json in `packageDir` (relative, '' for the top)
 * that ignores node_modules, and prove-hooks installed there from the tarball as a devDependency.
 * Returns the repository path.
 */
export function createProject(ws: E2eWorkspace, name: string, packageDir = ''): string {
  const repo = join(ws.root, name);
  mkdirSync(repo);
  ws.runOk('git', ['init', '-q', '-b', 'main'], repo);
  const pkg = join(repo, packageDir);
  ws.write(join(pkg, 'package.json'), `${JSON.stringify({ name: `e2e-${name}`, version: '1.0.0', private: true }, null, 2)}\n`);
  ws.write(join(repo, '.gitignore'), 'node_modules/\n');
  ws.runOk('npm', ['install', '--save-dev', ws.tarball], pkg);
  return repo;
}
