#!/usr/bin/env node
// The package's `bin` (built as CommonJS, dist/cli.cjs). A plain commit-msg or check-msg run
// whose message passes is decided by the fast path (src/hooks/message-fast-path.ts, built as
// dist/message-fast-path.cjs); a plain pre-commit run with warm caches by the pre-commit fast
// path (dist/pre-commit-fast-path.cjs); every other run loads the full CLI (dist/cli-full.cjs),
// which reads the same process.argv. Both come through V8's code cache in the git dir when there is one
// (src/cli/code-cache.ts). This file stays tiny: it is parsed on every run.
import { existsSync, fstatSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type * as FastPath from '../hooks/message-fast-path.js';
import type * as PreCommitFastPath from '../hooks/pre-commit-fast-path.js';
import { loadWithCodeCache } from './code-cache.js';
import { processIo } from './process-io.js';

/** Commands whose compiled code is worth keeping in the git dir: the hooks and the checks CI and scripts run. */
const CACHED_COMMANDS = new Set(['commit-msg', 'check-msg', 'pre-commit', 'pre-push', 'scan', 'flags']);

/** The full CLI (dist/cli-full.cjs), which reads process.argv and sets the exit code itself. */
function runFullCli(): void {
  const file = join(__dirname, 'cli-full.cjs');
  const command = argv[0] ?? '';
  const gitDir = CACHED_COMMANDS.has(command) ? gitDirAbove(process.cwd()) : undefined;
  if (gitDir === undefined) {
    require(file);
    return;
  }
  // Kept after a run that ended with a verdict (0 or 1), so the cache holds the code such a run compiles.
  const keep = () => process.exitCode === 0 || process.exitCode === 1;
  loadWithCodeCache(file, { dir: join(gitDir, 'prove-hooks', 'code-cache'), tag: `full-${command}`, keep, saveAt: 'exit' }, () => undefined);
}

/** Writes to fd 1 directly; falls back to the stream when the descriptor is busy (a full non-blocking pipe). */
function writeStdout(text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch {
    process.stdout.write(bytes.subarray(written));
  }
}

function runFastPath(): FastPath.FastPathOutcome {
  const io: FastPath.FastPathIo = {
    argv,
    env: process.env,
    cwd: process.cwd(),
    // Getters: node creates a standard stream on first access, which costs a few milliseconds.
    // check-msg's one confirmation line goes straight to fd 1: creating process.stdout (a pipe
    // stream) would cost more than the whole check. A terminal is a character device.
    stdout: {
      write: (chunk: string) => writeStdout(chunk),
      get isTTY() {
        return fstatSync(1).isCharacterDevice();
      },
    },
    get stderr() {
      return process.stderr;
    },
  };
  const file = join(__dirname, 'message-fast-path.cjs');
  const gitDir = argv[0] === 'commit-msg' ? gitDirOfMessage(argv[1]!) : gitDirAbove(process.cwd());
  // The bytecode cache lives in the git dir, like all of prove-hooks' state; without one, a plain load.
  if (gitDir === undefined) return (require(file) as typeof FastPath).tryFastMessageCheck(io);
  const cache = { dir: join(gitDir, 'prove-hooks', 'code-cache'), tag: argv[0]!, keep: (outcome: FastPath.FastPathOutcome) => outcome.decided };
  return loadWithCodeCache(file, cache, (fastPath: typeof FastPath) => fastPath.tryFastMessageCheck(io));
}

/** `pre-commit` with warm caches, by dist/pre-commit-fast-path.cjs (the hook without the config and registry parsers). */
function runPreCommitFastPath(): Promise<FastPath.FastPathOutcome> {
  const io = processIo();
  const file = join(__dirname, 'pre-commit-fast-path.cjs');
  const run = (fastPath: typeof PreCommitFastPath) => fastPath.tryFastPreCommit(argv, io);
  const gitDir = gitDirAbove(process.cwd());
  if (gitDir === undefined) return run(require(file));
  let decided = false;
  const cache = { dir: join(gitDir, 'prove-hooks', 'code-cache'), tag: 'pre-commit', keep: () => decided, saveAt: 'exit' as const };
  return loadWithCodeCache(file, cache, run).then((outcome) => {
    decided = outcome.decided;
    return outcome;
  });
}

/** git passes the hook a file in the git dir (`.git/COMMIT_EDITMSG`, a worktree's own git dir); every git dir has a HEAD. */
function gitDirOfMessage(messageFile: string): string | undefined {
  const dir = dirname(resolve(messageFile));
  return isGitDir(dir) ? dir : undefined;
}

/** The git dir of the work tree around `dir` (a `.git` folder, or where a linked worktree's `.git` file points), or undefined. */
function gitDirAbove(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const dotGit = join(current, '.git');
    if (existsSync(dotGit)) return isGitDir(dotGit) ? dotGit : gitDirOfGitfile(dotGit);
    if (dirname(current) === current) return undefined;
  }
}

/** A `.git` file reads `gitdir: <path>` (linked worktrees, submodules). */
function gitDirOfGitfile(file: string): string | undefined {
  try {
    const match = /^gitdir: (.+)$/m.exec(readFileSync(file, 'utf8'));
    const gitDir = match?.[1] === undefined ? undefined : resolve(dirname(file), match[1].trim());
    return gitDir !== undefined && isGitDir(gitDir) ? gitDir : undefined;
  } catch {
    return undefined;
  }
}

function isGitDir(dir: string): boolean {
  return existsSync(join(dir, 'HEAD'));
}

const argv = process.argv.slice(2);
const candidate = argv.length === 2 && (argv[0] === 'commit-msg' || argv[0] === 'check-msg');
if (argv.length === 1 && argv[0] === 'pre-commit') {
  // Anything unexpected in the fast path itself: the full CLI runs and reports it.
  void new Promise<FastPath.FastPathOutcome>((resolve) => resolve(runPreCommitFastPath()))
    .catch(() => ({ decided: false as const, reason: 'fast path failed' }))
    .then((outcome) => {
      if (outcome.decided) process.exitCode = outcome.exitCode;
      else runFullCli();
    });
} else {
  const fast = candidate ? runFastPath() : undefined;
  if (fast?.decided === true) process.exitCode = fast.exitCode;
  else runFullCli();
}
