// `prove-hooks doctor`: is everything in place for the hooks to run and check? git, the
// repository, the hooks folder and files (doctor-hooks.ts), the config, the registry and the
// state files (doctor-state.ts). Each check gives findings (values); a check that fails to run
// becomes a finding too, so the doctor never stops on the problem it is meant to report.
import { relative } from 'node:path';
import { configScopeFor, resolveConfig } from '../hooks/resolve-config.js';
import { readFlagRegistries } from '../hooks/registry-file.js';
import type { ProveConfig } from '../config/schema.js';
import { decideDoctorExit, okFinding, problemFinding, type DoctorCheck, type DoctorFinding, type DoctorProblemKind } from '../core/doctor/finding.js';
import { toProveError, type ExitCode } from '../errors.js';
import { MIN_GIT_VERSION, parseGitVersion } from '../git/git-version.js';
import { locateRepository, type GitContext } from '../git/repository.js';
import { createGitRunner, type GitRunner } from '../git/run-git.js';
import { FULL_SOURCES } from '../hooks/full-sources.js';
import { PROVE_VERSION } from '../version.js';
import { checkHookSetup } from './doctor-hooks.js';
import { checkStateFiles } from './doctor-state.js';

export interface DoctorOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly git?: GitRunner;
}

export interface DoctorReport {
  readonly findings: readonly DoctorFinding[];
  /** 0 all well, 1 set-up problems, 3 config or registry invalid, 4 git or repository unusable. */
  readonly exitCode: ExitCode;
}

/** Runs every check that can run. Never throws: what cannot be checked is reported as a problem. */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const git = options.git ?? createGitRunner();
  const findings: DoctorFinding[] = [];
  const step = async (check: DoctorCheck, work: () => Promise<DoctorFinding[]> | DoctorFinding[]): Promise<boolean> => {
    const found = await guard(check, work);
    findings.push(...found);
    return !found.some((finding) => finding.status === 'problem');
  };
  const done = () => ({ findings, exitCode: decideDoctorExit(findings) });

  if (!(await step('git', () => checkGit(git, options)))) return done();
  let found: GitContext | null;
  try {
    found = locateRepository(options.cwd, options.env);
  } catch (error) {
    findings.push(toFinding('repository', error));
    return done();
  }
  findings.push(checkRepository(found, options.cwd));
  if (found === null || found.topLevel === null) return done();
  const context = { ...found, topLevel: found.topLevel };
  await step('hooks-path', async () => {
    // `config --get` exits 1 when the key is unset: that is an answer, not a failure.
    const result = await git(['config', '--get', 'core.hooksPath'], { cwd: context.topLevel, env: options.env });
    if (result.status > 1) return [problemFinding('hooks-path', 'environment', `git cannot read core.hooksPath: ${result.stderr.trim()}`, 'Check the repository config: `git config --list --show-origin`.')];
    const hooksPath = result.status === 0 && result.stdout.trim() !== '' ? result.stdout.trim() : undefined;
    return checkHookSetup({ topLevel: context.topLevel, commonDir: context.commonDir, hooksPath, env: options.env, git });
  });
  // Set inside the step (a closure): the cast keeps TypeScript from narrowing it to undefined.
  let config = undefined as ProveConfig | undefined;
  await step('config', async () => {
    const resolved = await resolveConfig({ scope: configScopeFor(options.cwd, context), cacheFile: null, version: PROVE_VERSION, readCache: false });
    config = resolved.config;
    const path = resolved.filePath === null ? undefined : relative(context.topLevel, resolved.filePath) || resolved.filePath;
    return [okFinding('config', path === undefined ? 'no config file: the defaults apply' : `${path} is valid`, path)];
  });
  const loaded = config;
  if (loaded !== undefined) await step('registry', () => checkRegistries(loaded.flags, context.topLevel));
  await step('state', () => checkStateFiles(context.gitDir, context.commonDir));
  return done();
}

async function checkGit(git: GitRunner, options: DoctorOptions): Promise<DoctorFinding[]> {
  // The runner checks the version before its first command: a git too old rejects here.
  const result = await git(['--version'], { cwd: options.cwd, env: options.env });
  const version = parseGitVersion(result.stdout);
  return [okFinding('git', `git ${version?.join('.') ?? result.stdout.trim()} (prove-hooks needs ${MIN_GIT_VERSION} or newer)`)];
}

function checkRepository(found: GitContext | null, cwd: string): DoctorFinding {
  if (found === null) return problemFinding('repository', 'environment', `${cwd} is not inside a git repository`, 'Run `prove-hooks doctor` inside the clone whose hooks you want to check.');
  if (found.topLevel === null) {
    return problemFinding('repository', 'environment', `${cwd} is a bare repository or inside a git dir: client hooks do not run here`, 'Run `prove-hooks doctor` in a work tree (a clone with checked-out files).');
  }
  return okFinding('repository', `work tree ${found.topLevel}${found.isLinkedWorktree ? ` (a linked worktree of ${found.commonDir})` : ''}`);
}

async function checkRegistries(flags: ProveConfig['flags'], repoRoot: string): Promise<DoctorFinding[]> {
  if (!flags.enabled) return [okFinding('registry', 'flag checks are off (flags.enabled: false): no registry needed')];
  // No cache: the doctor judges the files as they are, as a cache miss would.
  const { registries } = await readFlagRegistries(flags.registries, { repoRoot, parseRegistry: FULL_SOURCES.parseRegistry });
  return registries.map((registry) => okFinding('registry', `${registry.path} is valid (${registry.index.keys.length} flag${registry.index.keys.length === 1 ? '' : 's'})`, registry.path));
}

/** Runs one check; what it throws becomes a problem (see {@link toFinding}). */
async function guard(check: DoctorCheck, work: () => Promise<DoctorFinding[]> | DoctorFinding[]): Promise<DoctorFinding[]> {
  try {
    return await work();
  } catch (error) {
    return [toFinding(check, error)];
  }
}

/** A check that could not run, as a problem of the error's kind, with the error's own hint as the fix. */
function toFinding(check: DoctorCheck, error: unknown): DoctorFinding {
  const proveError = toProveError(error);
  const kind: DoctorProblemKind =
    proveError.kind === 'config' || proveError.kind === 'registry' || proveError.kind === 'detection'
      ? 'config'
      : proveError.kind === 'git' || proveError.kind === 'file-read'
        ? 'environment'
        : 'setup';
  const fix = proveError.hint ?? (proveError.kind === 'internal' ? 'This is a bug in prove-hooks: re-run with PROVE_DEBUG=1 and report the output.' : 'See the message above.');
  return problemFinding(check, kind, proveError.message, fix);
}
