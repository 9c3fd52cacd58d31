#!/usr/bin/env node
// The package's `bin` (built as CommonJS, dist/cli.cjs). A plain commit-msg or check-msg run
// whose message passes is decided by the fast path (src/hooks/message-fast-path.ts, built as
// dist/message-fast-path.cjs), a plain prepare-commit-msg run by its own (src/hooks/prepare-fast-path.ts,
// dist/prepare-fast-path.cjs); a plain pre-commit run with warm caches by the pre-commit fast
// path (dist/pre-commit-fast-path.cjs); every other run loads the full CLI (dist/cli-full.cjs),
// which reads the same process.argv. Both come through V8's code cache in the git dir when there is one
// (src/cli/code-cache.ts). prepare-commit-msg with a message source git brought (-m, merge,
// amend) is answered here without loading anything.
// Which hook takes which fast path, and whose code is cached, is the hook table's
// (hooks/hook-table.ts). This file stays tiny: it is parsed on every run.
import { fstatSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { locateGitDirOfHook, type ProvenGitDir } from '../git/repository.js';
import { stateDirOf } from '../state-folder.js';
import type * as FastPath from '../hooks/message-fast-path.js';
import type * as PrepareFastPath from '../hooks/prepare-fast-path.js';
import type * as PreCommitFastPath from '../hooks/pre-commit-fast-path.js';
import type * as FullCli from './main.js';
import { hookSpecOf, type LauncherFastPath } from '../hooks/hook-table.js';
import { loadWithCodeCache } from './code-cache.js';
import { processIo, quietWhenClosed } from './process-io.js';

/**
 * Commands other than the hooks whose compiled code is worth keeping in the git dir: the checks
 * CI and scripts run (for a hook, the hook table's `codeCached` says).
 */
const CACHED_COMMANDS = new Set(['check-msg', 'scan', 'flags']);

/** The full CLI (dist/cli-full.cjs), whose `main` reads process.argv and sets the exit code itself. */
function runFullCli(): void {
  const file = join(__dirname, 'cli-full.cjs');
  const command = argv[0] ?? '';
  const dir = (hook?.codeCached ?? CACHED_COMMANDS.has(command)) ? codeCacheDirOf(provenGitDir()) : undefined;
  if (dir === undefined) {
    (require(file) as typeof FullCli).main();
    return;
  }
  // Kept after a run that ended with a verdict (0 or 1), so the cache holds the code such a run compiles.
  const keep = () => process.exitCode === 0 || process.exitCode === 1;
  loadWithCodeCache(file, { dir, tag: `full-${command}`, keep, saveAt: 'exit' }, (full: typeof FullCli) => full.main());
}

/**
 * Writes to fd 1 or 2 directly; falls back to the stream when the descriptor is busy (a full
 * non-blocking pipe). A reader that has gone (EPIPE) gets nothing more: the verdict is the exit code.
 */
function writeDirect(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
    quietWhenClosed(fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(written));
  }
}

function runFastPath(): Promise<FastPath.FastPathOutcome> {
  const prepare = fastPath === 'prepare';
  const gitDir = provenGitDir();
  const io: FastPath.FastPathIo = {
    argv,
    env: process.env,
    cwd: process.cwd(),
    ...(gitDir === undefined ? {} : { gitDir }),
    // Getters: node creates a standard stream on first access, which costs a few milliseconds.
    // check-msg's one confirmation line goes straight to fd 1: creating process.stdout (a pipe
    // stream) would cost more than the whole check. A terminal is a character device.
    stdout: {
      write: (chunk: string) => writeDirect(1, chunk),
      get isTTY() {
        return fstatSync(1).isCharacterDevice();
      },
    },
    // The same for fd 2: the delta line of a slow run, a notice, an error.
    stderr: { write: (chunk: string) => writeDirect(2, chunk) },
  };
  // prepare-commit-msg has a file of its own: it needs neither the message check nor the monitor.
  const file = join(__dirname, prepare ? 'prepare-fast-path.cjs' : 'message-fast-path.cjs');
  const dir = codeCacheDirOf(gitDir);
  const check = (fastPath: typeof FastPath & typeof PrepareFastPath) => (prepare ? fastPath.tryFastPrepareMessage(io) : fastPath.tryFastMessageCheck(io));
  // The bytecode cache lives in the git dir, like all of prove-hooks' state; without one, a plain load.
  if (dir === undefined) return check(require(file) as typeof FastPath & typeof PrepareFastPath);
  // Kept after a run the fast path decided, so the cache holds the code such a run compiles.
  let decided = false;
  const cache = { dir, tag: argv[0]!, keep: () => decided, saveAt: 'exit' as const };
  return loadWithCodeCache(file, cache, check).then((outcome) => {
    decided = outcome.decided;
    return outcome;
  });
}

/** `pre-commit` with warm caches, by dist/pre-commit-fast-path.cjs (the hook without the config and registry parsers). */
function runPreCommitFastPath(): Promise<FastPath.FastPathOutcome> {
  const io = processIo();
  const file = join(__dirname, 'pre-commit-fast-path.cjs');
  const gitDir = provenGitDir();
  // Handed the git dir proven for the code cache, so the hook does not probe it again.
  const run = (fastPath: typeof PreCommitFastPath) => fastPath.tryFastPreCommit(argv, io, gitDir);
  const dir = codeCacheDirOf(gitDir);
  if (dir === undefined) return run(require(file));
  let decided = false;
  const cache = { dir, tag: argv[0]!, keep: () => decided, saveAt: 'exit' as const };
  return loadWithCodeCache(file, cache, run).then((outcome) => {
    decided = outcome.decided;
    return outcome;
  });
}

/**
 * This run's git dir, by the locator's quick check where a hook runs (`locateGitDirOfHook`; the
 * fast path then locates the whole repository from cached code, without probing it again), or
 * undefined (the code then loads without a cache and the hook locates the repository itself).
 */
function provenGitDir(): ProvenGitDir | undefined {
  // A message hook's first argument is its message file, in the git dir of the commit.
  const messageHook = hook !== undefined && hook.fastPath !== 'staged' && hook.fastPath !== null;
  return locateGitDirOfHook(process.cwd(), process.env, messageHook ? argv[1] : undefined);
}

/** The folder of V8's code cache, in the git dir. */
function codeCacheDirOf(git: ProvenGitDir | undefined): string | undefined {
  return git === undefined ? undefined : join(stateDirOf(git.gitDir), 'code-cache');
}

const argv = process.argv.slice(2);
const hook = hookSpecOf(argv[0]);
// For a hook, the table says; of the other commands, check-msg has the message fast path.
const fastPath: LauncherFastPath | null = hook === undefined ? (argv[0] === 'check-msg' ? 'message' : null) : hook.fastPath;
// Each fast path takes a plain run only: its arguments as git (or the user) gives them, no options.
const candidate = (fastPath === 'message' && argv.length === 2) || (fastPath === 'prepare' && argv.length >= 2 && argv.length <= 4);
if (fastPath === 'prepare' && argv.length >= 3 && argv.length <= 4 && argv[2] !== '' && argv[2] !== 'template') {
  // git brought its own message (-m, -F, merge, squash, amend): nothing to do, nothing to load.
  process.exitCode = 0;
} else if (fastPath === 'staged' && argv.length === 1) {
  // Anything unexpected in the fast path itself: the full CLI runs and reports it.
  void new Promise<FastPath.FastPathOutcome>((resolve) => resolve(runPreCommitFastPath()))
    .catch(() => ({ decided: false as const, reason: 'fast path failed' }))
    .then((outcome) => {
      if (outcome.decided) process.exitCode = outcome.exitCode;
      else runFullCli();
    });
} else if (candidate) {
  // As for pre-commit: anything unexpected in the fast path itself, and the full CLI runs and reports it.
  void new Promise<FastPath.FastPathOutcome>((resolve) => resolve(runFastPath()))
    .catch(() => ({ decided: false as const, reason: 'fast path failed' }))
    .then((outcome) => {
      if (outcome.decided) process.exitCode = outcome.exitCode;
      else runFullCli();
    });
} else {
  runFullCli();
}
