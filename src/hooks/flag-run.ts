// What pre-commit, pre-push and scan share: find the repository, resolve the config, load the
// flag knowledge, and print a flag report in the format asked for.
import { lstatSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HookIo } from './run-hook.js';
import { loadFlagKnowledge, type FlagKnowledge } from './flag-knowledge.js';
import { formatLocalDate } from '../core/local-date.js';
import { configCacheFileFor, configScopeFor } from '../config/config-places.js';
import type { ProveConfig } from '../config/schema.js';
import { GitError, RegistryError, ValidationError, type RecoveryNotice } from '../errors.js';
import { isOutputTooLarge } from '../git/spawn-failure.js';
import type { RunRecorder } from '../perf/recorder.js';
import { isContextConfirmed } from './confirm-context.js';
import { readGitContext, type GitContext } from '../git/git-context.js';
import { locateRepository } from '../git/repository.js';
import { readStagedEntry } from '../git/index-file.js';
import { resolveMessageSettings } from './resolve-message-settings.js';
import { createGitRunner, type GitRunner } from '../git/run-git.js';
import { shouldUseColor } from '../report/colors.js';
import { readFlagRuleBook } from '../core/flags/rule-book.js';
import { FLAG_REPORT_FORMATS, formatFlagReport, type FlagReport, type FlagReportFormat } from '../report/flag-report.js';
import { PROVE_VERSION } from '../version.js';
import type { FlagCheckInput, FlagCheckTimings } from './flag-check.js';
import { stateDirOf } from '../state-folder.js';
import type { HookSources } from './hook-sources.js';
import { isNeedsFullCli, type NeedsFullCli } from '../config/needs-full-cli.js';
import { monotonicMs } from '../perf/clock.js';

/** A repository with a work tree, its config, and a git runner. */
export interface FlagRunContext<Miss extends NeedsFullCli = never> {
  readonly git: GitContext;
  readonly repoRoot: string;
  readonly config: ProveConfig;
  readonly runner: GitRunner;
  /** Where the config came from and where registries are parsed on a cache miss. */
  readonly sources: HookSources<Miss>;
}

/** Finds the repository of `io.cwd` and resolves its config (the full CLI's sources). Throws GitError / ConfigError. */
export async function openFlagRun(io: HookIo, command: string, sources: HookSources<never>): Promise<FlagRunContext> {
  const runner = createGitRunner();
  const git = requireWorkTree(await readGitContext(runner, io.cwd, io.env), io, command);
  const opened = await openFlagRunAt<never>(io, git, runner, sources);
  for (const notice of opened.notices) io.stderr.write(`${notice.message}\n`);
  return opened.run;
}

function requireWorkTree(git: GitContext | null, io: HookIo, command: string): WorkTreeContext {
  if (git !== null && git.topLevel === null) {
    // A bare repository (or the inside of a git dir): the config and registry live in a work
    // tree, and judging by defaults instead could pass what the repository's config forbids.
    throw new ValidationError(`${command} must run inside a git work tree (${io.cwd} is in a bare repository, a git dir, or outside the work tree core.worktree names)`, {
      hint: 'Run it in a clone or a worktree of the repository (`git worktree add <dir> <commit>`), where its config and flag registry are.',
    });
  }
  if (git === null || git.topLevel === null) {
    throw new GitError(`${command} must run inside a git work tree (${io.cwd} is not in one)`, {
      hint: 'Run it from your repository (hooks do this already), or `git init` first.',
    });
  }
  return git as WorkTreeContext;
}

async function openFlagRunAt<Miss extends NeedsFullCli>(io: HookIo, git: WorkTreeContext, runner: GitRunner, sources: HookSources<Miss>): Promise<{ run: FlagRunContext<Miss>; notices: readonly RecoveryNotice[] } | Miss> {
  const resolved = await sources.resolveConfig({ scope: configScopeFor(io.cwd, git), cacheFile: configCacheFileFor(git), version: PROVE_VERSION });
  if (isNeedsFullCli(resolved)) return resolved;
  return { run: { git, repoRoot: git.topLevel, config: resolved.config, runner, sources }, notices: resolved.notices };
}

/** Registries and matchers, with the time loading them took ({@link loadKnowledge}). */
export interface LoadedKnowledge {
  readonly knowledge: FlagKnowledge;
  readonly ms: number;
}

/** What {@link openFlagRunWithKnowledge} resolves to: the knowledge only when flags are enabled. */
export interface OpenedFlagRun<Miss extends NeedsFullCli = never> {
  readonly run: FlagRunContext<Miss>;
  readonly loaded?: LoadedKnowledge;
}

/** The context of a repository with a work tree (its top level known). */
export type WorkTreeContext = GitContext & { readonly topLevel: string };

/**
 * {@link openFlagRun} and then {@link loadKnowledge} (when flags are enabled), without waiting for
 * git between the two: the repository is found on disk the way git finds it (`guess`, from
 * {@link guessGitContext}). When the git settings cache proves the guess ({@link isContextConfirmed})
 * git is not asked at all; otherwise the config and registries are read for the guess while
 * `git rev-parse` runs, and used only when git agrees (else, with a `core.worktree` say, they are
 * read again for git's answer). The config is timed as `config`, the registries as `registry`
 * (when `recorder` is given). Resolves the sources' `Miss` when they could not supply the config
 * or a registry (the fast path's cache-only sources on a cache miss).
 */
export async function openFlagRunWithKnowledge<Miss extends NeedsFullCli>(
  io: HookIo,
  command: string,
  version: RegistryVersion | undefined,
  options: { readonly sources: HookSources<Miss>; readonly guess: WorkTreeContext | undefined; readonly recorder?: RunRecorder; readonly onRun?: (run: FlagRunContext<Miss>) => void },
): Promise<OpenedFlagRun<Miss> | Miss> {
  const { recorder, guess, sources } = options;
  const runner = createGitRunner();
  // The git settings cache (which commit-msg keeps too) proves the guess in most runs; otherwise
  // git is asked, and the cache is refreshed meanwhile so the next run needs no rev-parse.
  const confirmed = guess !== undefined && isContextConfirmed(guess, io.cwd, io.env, PROVE_VERSION);
  const exact = confirmed ? Promise.resolve<GitContext>(guess) : readGitContext(runner, io.cwd, io.env);
  // Not awaited until after the speculation: a rejection is handled there.
  exact.catch(() => undefined);
  const refreshed = confirmed ? undefined : exact.then((git) => refreshGitSettings(runner, io, git), () => undefined);
  // A failure to load the knowledge is kept as a value: a wrong guess's failure is dropped, and
  // every phase has ended before the caller goes on.
  type Settled = { readonly ok: true; readonly value: LoadedKnowledge | Miss } | { readonly ok: false; readonly error: unknown };
  type Attempt = { run: FlagRunContext<Miss>; notices: readonly RecoveryNotice[]; knowledge?: Settled } | Miss;
  const open = async (git: WorkTreeContext): Promise<Attempt> => {
    const opened = await (recorder === undefined ? openFlagRunAt(io, git, runner, sources) : recorder.time('config', () => openFlagRunAt(io, git, runner, sources)));
    if (isNeedsFullCli(opened) || !opened.run.config.flags.enabled) return opened;
    const load = () => loadKnowledge(opened.run, version);
    const knowledge = await (recorder === undefined ? load() : recorder.time('registry', load)).then(
      (value): Settled => ({ ok: true, value }),
      (error: unknown): Settled => ({ ok: false, error }),
    );
    return { ...opened, knowledge };
  };
  const speculation = guess === undefined ? undefined : open(guess);
  speculation?.catch(() => undefined);
  const git = requireWorkTree(await exact, io, command);
  const attempt = speculation !== undefined && sameContext(git, guess!) ? await speculation : await open(git);
  await refreshed;
  if (isNeedsFullCli(attempt)) return attempt;
  options.onRun?.(attempt.run);
  for (const notice of attempt.notices) {
    io.stderr.write(`${notice.message}\n`);
    recorder?.recover(notice);
  }
  if (attempt.knowledge === undefined) return { run: attempt.run };
  if (!attempt.knowledge.ok) throw attempt.knowledge.error;
  if (isNeedsFullCli(attempt.knowledge.value)) return attempt.knowledge.value;
  return { run: attempt.run, loaded: attempt.knowledge.value };
}

/** The repository of `io.cwd` as found on disk, when it has a work tree; undefined when that cannot be told. */
export function guessGitContext(io: HookIo): WorkTreeContext | undefined {
  try {
    return workTreeContextOf(locateRepository(realpathSync(io.cwd), io.env));
  } catch {
    // Recovered on purpose: without a guess the hook waits for git's answer, as before.
    return undefined;
  }
}

/** `found` when it has a work tree, else undefined. */
export function workTreeContextOf(found: GitContext | null): WorkTreeContext | undefined {
  return found === null || found.topLevel === null ? undefined : (found as WorkTreeContext);
}

/**
 * Refreshes the git settings cache after git had to be asked where the repository is, so that
 * {@link isContextConfirmed} holds next time. Best effort: a failure costs the next run a
 * rev-parse again, and is not reported (commit-msg reports a damaged cache when it reads one).
 */
async function refreshGitSettings(runner: GitRunner, io: HookIo, git: GitContext | null): Promise<void> {
  if (git === null || git.topLevel === null) return;
  try {
    await resolveMessageSettings(runner, { cwd: git.topLevel, env: io.env, git, version: PROVE_VERSION, now: Date.now });
  } catch {
    // Recovered on purpose: see above.
  }
}

function sameContext(a: GitContext, b: GitContext): boolean {
  return a.gitDir === b.gitDir && a.commonDir === b.commonDir && a.topLevel === b.topLevel;
}

/** Which version of the registries a check judges by (see {@link loadKnowledge}). */
export type RegistryVersion =
  /** As staged, from the index `env` names (GIT_INDEX_FILE during `commit -a`, `commit <path>`). */
  | { readonly staged: true; readonly env: NodeJS.ProcessEnv }
  /** As committed at `commit` (the tip of a pushed range, or of `scan --range`). */
  | { readonly commit: string; readonly env: NodeJS.ProcessEnv }
  /**
   * The work tree's file, or as staged when the work tree has none at that path: a sparse
   * checkout leaves a registry outside its cone in the index only (`prove-hooks flags`).
   */
  | { readonly workTree: true; readonly env: NodeJS.ProcessEnv };

/**
 * Loads registries and matchers; returns them with the time it took. Each registry is read in
 * the given version (staged for pre-commit and `scan --staged`; at the tip for pre-push and
 * `scan --range`), or from the work tree when git has no such file there. Resolves the sources'
 * `Miss` when a registry had to be parsed and they could not.
 */
export async function loadKnowledge<Miss extends NeedsFullCli = never>(run: FlagRunContext<Miss>, version?: RegistryVersion): Promise<LoadedKnowledge | Miss> {
  const started = monotonicMs();
  const knowledge = await loadFlagKnowledge<Miss>(run.config.flags, {
    repoRoot: run.repoRoot,
    gitCommonDir: run.git.commonDir,
    toolVersion: PROVE_VERSION,
    parseRegistry: run.sources.parseRegistry,
    ...(version === undefined ? {} : { readFromGit: (path: string, workTreeBlobId: (hexLength: number) => Promise<string | undefined>) => readRegistryFromGit(run, path, version, workTreeBlobId) }),
  });
  return isNeedsFullCli(knowledge) ? knowledge : { knowledge, ms: monotonicMs() - started };
}

/**
 * A registry's content as staged or at a commit, or null when the work tree's file is the one to
 * read: git has no such file there (untracked, ignored, or not yet added at that commit), holds a
 * symbolic link or a submodule there, or holds exactly the work tree's content (then the
 * stat-validated registry cache applies).
 */
async function readRegistryFromGit(
  run: FlagRunContext<NeedsFullCli>,
  path: string,
  version: RegistryVersion,
  workTreeBlobId: (hexLength: number) => Promise<string | undefined>,
): Promise<string | null> {
  const options = { cwd: run.repoRoot, env: version.env };
  // A path the work tree has (a file, a folder, a link) is read there, and fails there if it must.
  if ('workTree' in version && lstatSync(resolve(run.repoRoot, path), { throwIfNoEntry: false }) !== undefined) return null;
  const entry = 'commit' in version ? await listCommitted(run, path, version.commit, options) : await listStaged(run, path, options);
  if (entry === null) return null;
  const { mode, id } = entry;
  if (mode !== '100644' && mode !== '100755') return null;
  if (!('workTree' in version) && (await workTreeBlobId(id.length)) === id) return null;
  // The blob as stored, without textconv or other filters.
  const blob = await run.runner(['cat-file', 'blob', id], options).catch((error: unknown) => {
    if (!isOutputTooLarge(error)) throw error;
    const where = 'commit' in version ? `at ${version.commit.slice(0, 12)}` : 'workTree' in version ? 'in the index' : 'as staged';
    throw new RegistryError(`the flag registry ${path} ${where} is over 64 MiB: prove-hooks does not read a registry that large`, {
      hint: 'Split it into smaller registries (flags.registries), or move what is not flag definitions out of it.',
      cause: error,
    });
  });
  return blob.status === 0 ? blob.stdout : null;
}

type GitOptions = { readonly cwd: string; readonly env: NodeJS.ProcessEnv };

/** The registry's index entry (mode as git prints it, blob id), or null when it has no stage-0 entry. */
async function listStaged(run: FlagRunContext<NeedsFullCli>, path: string, options: GitOptions): Promise<{ mode: string; id: string } | null> {
  // Read from the index file itself when it is a plain one: a git process less per commit.
  const direct = readStagedEntry({ gitDir: run.git.gitDir, commonDir: run.git.commonDir, ...options }, path);
  if (direct.kind === 'entry') return { mode: direct.mode.toString(8).padStart(6, '0'), id: direct.id };
  if (direct.kind === 'absent') return null;
  // --literal-pathspecs: the configured path is a file name, never a glob; -z: paths verbatim.
  // ls-files -s: mode, blob id and stage of the index entry. Stage 0 only: a registry in a merge
  // conflict has none, and its work tree file (with the conflict markers) then fails closed.
  const listed = await run.runner(['--literal-pathspecs', 'ls-files', '-s', '-z', '--', path], options);
  return entryOf(listed, /^(\d{6}) ([0-9a-f]{40}|[0-9a-f]{64}) 0\t([^\0]*)\0/, path);
}

/** The registry's mode and blob id at `commit`, or null when it is not a file there. */
async function listCommitted(run: FlagRunContext<NeedsFullCli>, path: string, commit: string, options: GitOptions): Promise<{ mode: string; id: string } | null> {
  // ls-tree: mode, type and id at the commit.
  const listed = await run.runner(['--literal-pathspecs', 'ls-tree', '-z', commit, '--', path], options);
  return entryOf(listed, /^(\d{6}) blob ([0-9a-f]{40}|[0-9a-f]{64})\t([^\0]*)\0/, path);
}

/**
 * The mode and id of the first entry `listed` names (groups 1 to 3 of `pattern`: mode, id,
 * path), only when that entry is `path` itself: for a folder of that name git lists what it holds.
 */
function entryOf(listed: { readonly status: number | null; readonly stdout: string }, pattern: RegExp, path: string): { mode: string; id: string } | null {
  const entry = pattern.exec(listed.stdout);
  return listed.status !== 0 || entry === null || entry[3] !== path ? null : { mode: entry[1]!, id: entry[2]! };
}

/**
 * The flag check's input that comes from an opened run and its loaded knowledge: the run's flags
 * config, its state folder and work tree, today and the clock. The caller adds the target and its
 * own options (the started diff, `listReferences`).
 */
export function flagCheckInputOf(run: FlagRunContext<NeedsFullCli>, loaded: LoadedKnowledge, env: NodeJS.ProcessEnv): Omit<FlagCheckInput, 'target'> {
  return {
    flags: run.config.flags,
    knowledge: loaded.knowledge,
    stateDir: stateDirOf(run.git.commonDir),
    repoRoot: run.repoRoot,
    env,
    today: readToday(),
    now: monotonicMs,
    knowledgeMs: loaded.ms,
  };
}

/** Today in the local time zone, for the expiry rule. */
export function readToday(): string {
  return formatLocalDate(new Date());
}

/** `--format` (or `--json`) from the parsed options. Throws ValidationError for an unknown format. */
export function readFormat(options: Readonly<Record<string, unknown>>): FlagReportFormat {
  const format = options.json === true ? 'json' : (options.format ?? 'text');
  if (typeof format !== 'string' || !(FLAG_REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ValidationError(`unknown format '${String(format)}'`, { hint: `Use one of: ${FLAG_REPORT_FORMATS.join(', ')}.` });
  }
  return format as FlagReportFormat;
}

/** Prints a report: text on `text` (stderr for hooks), machine formats on stdout. */
export function writeFlagReport(io: HookIo, report: FlagReport, format: FlagReportFormat, textStream: NodeJS.WritableStream): void {
  const stream = format === 'text' ? textStream : io.stdout;
  const color = format === 'text' && shouldUseColor(stream as { isTTY?: boolean }, io.env);
  const output = formatFlagReport(report, format, { color, version: PROVE_VERSION, ruleBook: readFlagRuleBook() });
  if (output !== '') stream.write(output);
}

/** The `--timing` lines of a flag check. */
export function formatFlagTimings(timings: FlagCheckTimings, extra: { diffBytes: number; lines: number; candidateLines: number; kernel: string }): string {
  const ms = (value: number): string => `${value.toFixed(1)} ms`;
  const total = timings.diffMs + timings.prefilterMs + timings.regexMs + timings.registryMs;
  return [
    `flags timing: ${ms(total)} (${(extra.diffBytes / 1048576).toFixed(2)} MiB of diff, ${extra.lines} lines, ${extra.candidateLines} with an anchor; ${extra.kernel} prefilter)`,
    `  diff       ${ms(timings.diffMs)}  waiting for git diff`,
    `  prefilter  ${ms(timings.prefilterMs)}  parsing and the one-pass literal search`,
    `  regex      ${ms(timings.regexMs)}  patterns on lines with an anchor`,
    `  registry   ${ms(timings.registryMs)}  registries, matchers and rules`,
    '',
  ].join('\n');
}
