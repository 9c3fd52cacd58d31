// A temporary repository whose commit-msg hook runs the built CLI (core.hooksPath to a
// temporary folder), and small editor scripts for GIT_EDITOR.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_PATH } from './cli.js';
import { createTempRepo, type GitResult, type TempRepo } from './git-repo.js';

export interface HookRepo extends TempRepo {
  /** Folder for scripts and scratch files outside the work tree. */
  readonly scratch: string;
  /** Commits with `-m` (all files staged first); returns git's result. */
  commit(message: string, extra?: readonly string[], env?: NodeJS.ProcessEnv): GitResult;
  /** Writes an executable editor script and returns its path (for GIT_EDITOR). */
  editor(name: string, body: string): string;
  /** The subject + body of HEAD, as git stored it. */
  headMessage(): string;
  /** `git rev-list --count HEAD`, 0 before the first commit. */
  commitCount(): number;
}

/** Writes the hook script that hands over to `node dist/cli.cjs commit-msg "$1"`. */
export function installCommitMsgHook(hooksDir: string): void {
  mkdirSync(hooksDir, { recursive: true });
  const hook = join(hooksDir, 'commit-msg');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI_PATH}" commit-msg "$1"\n`);
  chmodSync(hook, 0o755);
}

/** A fresh repository with the hook installed through core.hooksPath. */
export function createHookRepo(options: { initArgs?: readonly string[] } = {}): HookRepo {
  const repo = createTempRepo(options);
  const scratch = join(repo.home, '..', 'scratch');
  const hooksDir = join(scratch, 'hooks');
  installCommitMsgHook(hooksDir);
  repo.gitOk(['config', 'core.hooksPath', hooksDir]);
  let counter = 0;
  return {
    ...repo,
    scratch,
    commit(message, extra = [], env = {}) {
      counter += 1;
      repo.write(`file-${counter}.txt`, `change ${counter}\n`);
      repo.gitOk(['add', '-A']);
      return repo.git(['commit', '-m', message, ...extra], { env });
    },
    editor(name, body) {
      const path = join(scratch, name);
      writeFileSync(path, `#!/bin/sh\n${body}\n`);
      chmodSync(path, 0o755);
      return path;
    },
    headMessage() {
      return repo.gitOk(['log', '-1', '--format=%B']).replace(/\n+$/, '');
    },
    commitCount() {
      const result = repo.git(['rev-list', '--count', 'HEAD']);
      return result.status === 0 ? Number(result.stdout.trim()) : 0;
    },
  };
}

/** The path in the retry line `git commit [--cleanup=scissors] --edit --file=<path>` of a rejection's output. */
export function retryPathOf(output: string): string {
  const match = /git commit (?:--cleanup=scissors )?--edit --file=('(?:[^']|'\\'')*'|\S+)/.exec(output);
  if (match?.[1] === undefined) throw new Error(`no retry command in:\n${output}`);
  const word = match[1];
  return word.startsWith("'") ? word.slice(1, -1).replace(/'\\''/g, "'") : word;
}

/** Reads a file as text. */
export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
