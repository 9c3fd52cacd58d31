// The prepare-commit-msg hook: when git opens the editor for a new message, put a first line made
// from the branch name (`feat/T-2025-01-18-001-login` -> `feat: <subject> [T-2025-01-18-001] [MODE:F]`)
// above git's comments. Collects the branch, the config and git's comment char; the core decides.
// The full CLI and the message fast path run this same code with their own sources
// (src/hooks/hook-sources.ts): the fast path's cache-only sources answer `needs-full-cli` on a miss.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configCacheFileFor, configScopeFor } from '../config/config-places.js';
import { compileBranchPattern } from '../config/linear-regexp.js';
import { isNeedsFullCli, type NeedsFullCli } from '../config/needs-full-cli.js';
import { buildTemplateHeader, fillMessageTemplate, parseBranchTask } from '../core/commit-message/template.js';
import { ExitCode, FileReadError, toProveError } from '../errors.js';
import { locateRepositoryOfMessageFile, type GitContext } from '../git/repository.js';
import { skipRequestedBy } from '../report/skip-notice.js';
import { PROVE_VERSION } from '../version.js';
import type { HookSources } from './hook-sources.js';

/**
 * The message sources git passes as `$2` for which a template is considered: none (a plain
 * `git commit`) and `template` (`-t`, commit.template). `message` (-m, -F), `merge`, `squash`
 * and `commit` (--amend, -c, -C) bring their own text, which is never touched.
 */
export function isTemplateSource(source: string | undefined): boolean {
  return source === undefined || source === '' || source === 'template';
}

export interface PrepareMessageIo<Miss extends NeedsFullCli = never> {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Where the config, git's comment char and the branch come from: the full CLI's loaders or the fast path's caches. */
  readonly sources: HookSources<Miss>;
  /** The repository, when the caller located it already, exactly as this hook would (HookIo.repository). */
  readonly repository?: GitContext | null;
}

/** What the hook did, for the command's output and for tests. */
export type PrepareMessageOutcome =
  | { readonly status: 'filled'; readonly header: string }
  | { readonly status: 'left'; readonly reason: string };

/**
 * The hook as git runs it (`prepare-commit-msg <file> [<source> [<commit>]]`), the same for the
 * full CLI and the fast path. Always exit 0: a template is a convenience, and a non-zero exit
 * would abort the commit. PROVE_SKIP / HUSKY=0 leave the file silently. When it cannot run
 * (config invalid, file unreadable) it says so in one line on stderr and leaves the file; the
 * commit-msg hook then reports the same problem with its exit code. Resolves the sources' `Miss`
 * (having written nothing) when they cannot supply what it needs.
 */
export async function runPrepareMessageHook<Miss extends NeedsFullCli>(
  io: PrepareMessageIo<Miss> & { readonly stderr: { write(chunk: string): unknown } },
  args: readonly string[],
): Promise<ExitCode | Miss> {
  if (skipRequestedBy(io.env) !== undefined) return ExitCode.OK;
  try {
    const outcome = await runPrepareCommitMsg(args[0]!, args[1], io);
    if (isNeedsFullCli(outcome)) return outcome;
  } catch (error) {
    // Recovered on purpose: the message is left as git wrote it.
    // One line, however many lines the error has.
    const message = toProveError(error).message.replace(/\s*\n\s*/g, ' ');
    io.stderr.write(`prove-hooks: prepare-commit-msg: ${message} (the message template was not filled)\n`);
  }
  return ExitCode.OK;
}

/**
 * Fills the message file when its source allows it, the branch holds a valid task id and the
 * file holds nothing but comments. Throws FileReadError, ConfigError or GitError when it cannot
 * run; resolves the sources' `Miss` (having written nothing) when they cannot supply what it needs.
 */
export async function runPrepareCommitMsg<Miss extends NeedsFullCli>(messageFile: string, source: string | undefined, io: PrepareMessageIo<Miss>): Promise<PrepareMessageOutcome | Miss> {
  if (!isTemplateSource(source)) return { status: 'left', reason: `the message comes from ${source}` };
  const git = io.repository !== undefined ? io.repository : locateRepositoryOfMessageFile(messageFile, io.cwd, io.env);
  if (git === null) return { status: 'left', reason: 'not in a git repository' };
  const config = await io.sources.resolveConfig({ scope: configScopeFor(io.cwd, git), cacheFile: configCacheFileFor(git), version: PROVE_VERSION });
  if (isNeedsFullCli(config)) return config;
  const { commitMsg, prepareCommitMsg } = config.config;
  if (!prepareCommitMsg.enabled) return { status: 'left', reason: 'prepareCommitMsg.enabled is false' };
  const branch = await io.sources.readBranch({ gitDir: git.gitDir, cwd: io.cwd, env: io.env });
  if (isNeedsFullCli(branch)) return branch;
  if (branch === null) return { status: 'left', reason: 'HEAD is detached' };
  const task = parseBranchTask(branch, commitMsg, prepareCommitMsg, compileBranchPattern);
  if (task === undefined) return { status: 'left', reason: `the branch ${branch} holds no task id` };
  const resolved = await io.sources.resolveMessageSettings({ cwd: io.cwd, env: io.env, git });
  if (isNeedsFullCli(resolved)) return resolved;
  const path = resolve(io.cwd, messageFile);
  const header = buildTemplateHeader(task, commitMsg, prepareCommitMsg);
  const filled = fillMessageTemplate(readMessage(path), header, resolved.settings.commentChar);
  if (filled === undefined) return { status: 'left', reason: 'the message file already holds text' };
  writeMessage(path, filled);
  return { status: 'filled', header };
}

function readMessage(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new FileReadError(`cannot read the commit message file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}

function writeMessage(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new FileReadError(`cannot write the commit message file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}
