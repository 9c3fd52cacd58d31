// Which package manager a project uses, and running it to add husky as a direct devDependency
// (so `prepare: husky` finds husky's binary with every manager, hoisting or not).
import { spawn } from 'node:child_process';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** Lockfile names, most specific first. */
const LOCKFILES: readonly (readonly [string, PackageManager])[] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

/** Every lockfile name the detection looks for. */
export const LOCKFILE_NAMES: readonly string[] = LOCKFILES.map(([name]) => name);

/**
 * Picks the package manager: the lockfile found nearest the package wins, then the manager that
 * is running us (`npm_config_user_agent`, e.g. `pnpm/9.1.0 npm/? node/v20`), then npm.
 */
export function detectPackageManager(lockfilesFound: readonly string[], userAgent: string | undefined): PackageManager {
  for (const [name, manager] of LOCKFILES) if (lockfilesFound.includes(name)) return manager;
  const agent = userAgent?.split('/')[0];
  return agent === 'pnpm' || agent === 'yarn' || agent === 'bun' ? agent : 'npm';
}

/** The command line that adds `spec` (e.g. `husky@^9.1.7`) to devDependencies. */
export function composeAddDevCommand(manager: PackageManager, spec: string): readonly string[] {
  switch (manager) {
    case 'npm':
      return ['npm', 'install', '--save-dev', spec];
    case 'pnpm':
      return ['pnpm', 'add', '--save-dev', spec];
    case 'yarn':
      return ['yarn', 'add', '--dev', spec];
    case 'bun':
      return ['bun', 'add', '--dev', spec];
  }
}

/** Outcome of running the package manager. */
export type CommandRun = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Runs a command line in `cwd`, both of its output streams copied to `progress` (our stderr:
 * stdout is kept for init's own report and JSON). Never throws: a manager that is missing or
 * fails is reported to the caller as a value.
 */
export function runCommand(
  commandLine: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  progress: NodeJS.WritableStream,
): Promise<CommandRun> {
  const [command, ...args] = commandLine;
  return new Promise((resolve) => {
    const child = spawn(command!, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => progress.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => progress.write(chunk));
    child.on('error', (error) => resolve({ ok: false, reason: error.message }));
    child.on('close', (code, signal) => {
      resolve(code === 0 ? { ok: true } : { ok: false, reason: signal ? `killed by ${signal}` : `exit code ${code}` });
    });
  });
}
