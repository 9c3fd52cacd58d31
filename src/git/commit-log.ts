// The one way commits are listed with their messages (`git log -z`): the flags that make the
// output parseable whatever the user's config says, its parser, and the shallow-clone cut.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A listed commit: its id, its parents, and its raw message as stored. */
export interface LoggedCommit {
  readonly id: string;
  readonly parents: readonly string[];
  /** The raw message, as stored (already cleaned up when it was committed). */
  readonly message: string;
}

/** `git log` options before the revisions: each line says why. Read by {@link parseCommitLog}. */
export const COMMIT_LOG_ARGS: readonly string[] = [
  'log',
  // NUL between commits: a message can hold any text but NUL.
  '-z',
  // log.showSignature would print signature checks into the output.
  '--no-show-signature',
  // Messages as UTF-8 whatever i18n.logOutputEncoding says.
  '--encoding=UTF-8',
  '--format=%H %P%n%B',
];

/** The commits of `git log` run with {@link COMMIT_LOG_ARGS}, in its order. */
export function parseCommitLog(output: string): LoggedCommit[] {
  return output
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const newline = record.indexOf('\n');
      const [id = '', ...parents] = (newline === -1 ? record : record.slice(0, newline)).split(' ').filter(Boolean);
      return { id, parents, message: newline === -1 ? '' : record.slice(newline + 1) };
    });
}

/** The ids in a shallow clone's `shallow` file: commits whose parents are not in this clone. */
export function readShallowCommits(commonDir: string): Set<string> {
  const file = join(commonDir, 'shallow');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
}
