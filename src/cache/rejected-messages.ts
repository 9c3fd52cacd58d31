// Rejected commit messages, kept in the git dir so that the next commit (which overwrites
// COMMIT_EDITMSG) cannot lose them: one file per rejection, the newest few kept.
import { linkSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stateDirOf } from '../state-folder.js';
import { ensureStateDir } from '../state-dir.js';

/** How many rejected messages are kept per git dir; older ones are deleted. */
export const REJECTED_KEEP = 20;

/**
 * `0000000042-20261122-153045-123-4711.txt`: a sequence number one above the highest in the
 * folder, then local time, ms and process id for people reading the folder. Only the sequence
 * orders them: local time goes backwards with a TZ change or a clock set back.
 */
const REJECTED_NAME = /^(\d{10})-\d{8}-\d{6}-\d{3}-\d+\.txt$/;
/** Names written before the sequence number (`20261122-153045-123-4711[-n].txt`): older than any numbered one. */
const LEGACY_NAME = /^\d{8}-\d{6}-\d{3}-\d+(?:-\d+)?\.txt$/;
const SEQUENCE_DIGITS = 10;

/** Where rejected messages of a git dir live. */
export function rejectedMessagePaths(gitDir: string): { readonly dir: string; readonly last: string } {
  const base = stateDirOf(gitDir);
  return { dir: join(base, 'rejected'), last: join(base, 'last-rejected.txt') };
}

export interface SavedMessage {
  /** The file to retry from; never deleted by the run that names it; stays until {@link REJECTED_KEEP} newer rejections replace it. */
  readonly path: string;
  /** Copy of the newest rejection, always at the same place. */
  readonly lastPath: string;
  /** Old files that could not be deleted, if any (for a notice). */
  readonly pruneProblem: string | undefined;
}

/**
 * Saves `message` as a new file and as `last-rejected.txt`, then deletes all but the newest
 * {@link REJECTED_KEEP}. Throws the fs error when the message cannot be saved at all.
 */
export function saveRejectedMessage(gitDir: string, message: string | Uint8Array, now: Date, pid: number): SavedMessage {
  const { dir, last } = rejectedMessagePaths(gitDir);
  // Real folders only: a symbolic link planted there would lead the message out of the git dir.
  ensureStateDir(gitDir, 'rejected');
  const stem = `${formatStamp(now)}-${pid}`;
  // Written whole to a temporary file first, then linked under its final name: a kill at any
  // moment leaves either no saved message or a complete one, never an empty or cut file.
  const temp = join(dirname(dir), `rejected-${stem}.tmp`);
  writeWhole(temp, message);
  let sequence = highestSequence(dir) + 1;
  const nameAt = (n: number) => join(dir, `${String(n).padStart(SEQUENCE_DIGITS, '0')}-${stem}.txt`);
  let path = nameAt(sequence);
  try {
    for (let n = 1; ; n++) {
      try {
        // A hard link never replaces an earlier rejection: a concurrent run that took this
        // sequence number makes this one take the next.
        linkSync(temp, path);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' && n <= 100) {
          path = nameAt(++sequence);
          continue;
        }
        // A file system without hard links: create the name exclusively and write into it.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
          writeFileSync(path, message, { flag: 'wx' });
          break;
        }
        throw error;
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
  const lastTemp = `${last}.${pid}.tmp`;
  writeWhole(lastTemp, message);
  renameSync(lastTemp, last);
  return { path, lastPath: last, pruneProblem: pruneRejected(dir, basename(path)) };
}

/** The highest sequence number in the folder (0 when there is none). */
function highestSequence(dir: string): number {
  let highest = 0;
  for (const name of readdirSync(dir)) {
    const match = REJECTED_NAME.exec(name);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/** Writes a new file whole; `wx` after removing a leftover, so a link planted at the name is never written through. */
function writeWhole(path: string, text: string | Uint8Array): void {
  rmSync(path, { force: true });
  writeFileSync(path, text, { flag: 'wx' });
}

/**
 * Deletes the oldest files beyond {@link REJECTED_KEEP}, by sequence number (unnumbered older
 * names first), never `keep`: the file this run just named. Returns a problem description or undefined.
 */
function pruneRejected(dir: string, keep: string): string | undefined {
  try {
    const rank = (name: string): number => Number(REJECTED_NAME.exec(name)?.[1] ?? 0);
    const names = readdirSync(dir)
      .filter((name) => REJECTED_NAME.test(name) || LEGACY_NAME.test(name))
      .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const doomed = names.slice(0, Math.max(0, names.length - REJECTED_KEEP)).filter((name) => name !== keep);
    for (const name of doomed) rmSync(join(dir, name), { force: true });
    return undefined;
  } catch (error) {
    return `could not delete old rejected messages in ${dir}: ${(error as Error).message}`;
  }
}

function formatStamp(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}-${pad(date.getMilliseconds(), 3)}`
  );
}
