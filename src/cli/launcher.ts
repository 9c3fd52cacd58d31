#!/usr/bin/env node
// The package's `bin` (built as CommonJS, dist/cli.cjs). A plain commit-msg or check-msg run
// whose message passes is decided by the fast path (src/hooks/message-fast-path.ts, built as
// dist/message-fast-path.cjs; for the hook through V8's code cache in the git dir), without
// loading the ESM CLI; every other run imports the full CLI (dist/cli.mjs), which reads the same
// process.argv. This file stays tiny: it is parsed on every hook run, pre-commit and pre-push too.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as FastPath from '../hooks/message-fast-path.js';
import { loadWithCodeCache } from './code-cache.js';

const argv = process.argv.slice(2);
const candidate = argv.length === 2 && (argv[0] === 'commit-msg' || argv[0] === 'check-msg');
const fast = candidate ? runFastPath() : undefined;
if (fast?.decided === true) {
  process.exitCode = fast.exitCode;
} else {
  // A variable specifier: esbuild leaves this import() alone, so the ESM CLI stays its own file.
  const fullCli = pathToFileURL(join(__dirname, 'cli.mjs')).href;
  void import(fullCli);
}

function runFastPath(): FastPath.FastPathOutcome {
  const io: FastPath.FastPathIo = {
    argv,
    env: process.env,
    cwd: process.cwd(),
    // Getters: node creates a standard stream on first access, which costs a few milliseconds.
    get stdout() {
      return process.stdout;
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

/** git passes the hook a file in the git dir (`.git/COMMIT_EDITMSG`, a worktree's own git dir); every git dir has a HEAD. */
function gitDirOfMessage(messageFile: string): string | undefined {
  const dir = dirname(resolve(messageFile));
  return existsSync(join(dir, 'HEAD')) ? dir : undefined;
}

/** The `.git` folder of the work tree around `dir`; undefined at a gitfile (linked worktree) or outside one. */
function gitDirAbove(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const dotGit = join(current, '.git');
    if (existsSync(dotGit)) return existsSync(join(dotGit, 'HEAD')) ? dotGit : undefined;
    if (dirname(current) === current) return undefined;
  }
}
