// The prepare-commit-msg fast path (dist/prepare-fast-path.cjs): the full CLI's hook
// (src/hooks/prepare-commit-msg.ts) with the cache-only sources, as the message fast path runs
// commit-msg. A file of its own, not a part of dist/message-fast-path.cjs: filling a template
// needs neither the message check, its report nor the monitor, and what a bundle holds is loaded
// (its bytecode deserialized, its top level run) on every run: measured in docs/ARCHITECTURE.md.
import { isNeedsFullCli } from '../config/needs-full-cli.js';
import { locateRepositoryOfHook } from '../git/repository.js';
import { CACHE_ONLY_SOURCES } from './cache-only-sources.js';
import type { FastPathIo, FastPathOutcome } from './message-fast-path.js';
import { runPrepareMessageHook } from './prepare-commit-msg.js';

export type { FastPathIo, FastPathOutcome } from './message-fast-path.js';

/**
 * `prove-hooks prepare-commit-msg <file> [<source> [<commit>]]`: the full CLI's hook
 * (src/hooks/prepare-commit-msg.ts) with the cache-only sources, filling the template (or
 * leaving the file, or printing its one-line problem) exactly as the full CLI does, exit 0.
 * Other arguments or a cache miss (config, git settings, a HEAD the file cannot tell) return
 * `decided: false` having written nothing. (The launcher answers the other sources, -m, merge,
 * squash, amend, without loading this file.)
 */
export async function tryFastPrepareMessage(io: FastPathIo): Promise<FastPathOutcome> {
  const { argv } = io;
  const [command, file] = argv;
  if (command !== 'prepare-commit-msg' || file === undefined || file.startsWith('-') || argv.length > 4) return handOver('not a plain prepare-commit-msg run');
  const repository = locateRepositoryOfHook(io.gitDir, io.cwd, io.env, file);
  const outcome = await runPrepareMessageHook({ cwd: io.cwd, env: io.env, ...(repository === undefined ? {} : { repository }), sources: CACHE_ONLY_SOURCES, get stderr() { return io.stderr; } }, argv.slice(1));
  return isNeedsFullCli(outcome) ? handOver(outcome.reason) : { decided: true, exitCode: outcome };
}

function handOver(reason: string): FastPathOutcome {
  return { decided: false, reason };
}
