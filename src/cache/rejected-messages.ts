// Rejected commit messages, kept in the git dir so that the next commit (which overwrites
// COMMIT_EDITMSG) cannot lose them: one file per rejection, the newest few kept.
import { linkSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stateDirOf } from '../state-folder.js';
import { ensureStateDir } from './state-dir.js';

/** How many rejected messages are kept per git dir; older ones are deleted. */
export const REJECTED_KEEP = 20;

/** Names sort in time order: `20261122-153045-123-4711.txt` (local time, ms, process id). */
const REJECTED_NAME = /^\d{8}-\d{6}-\d{3}-\d+(?:-\d+)?\.txt$/;

/** Where rejected messages of a git dir live. */
export function rejectedMessagePaths(gitDir: string): { readonly dir: string; readonly last: string } {
  const base = stateDirOf(gitDir);
  return { dir: join(base, 'rejected'), last: join(base, 'last-rejected.txt') };
}

export interface SavedMessage {
  /** The file to retry from; stays until {@link REJECTED_KEEP} newer rejections replace it. */
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
export function saveRejectedMessage(gitDir: string, message: string, now: Date, pid: number): SavedMessage {
  const { dir, last } = rejectedMessagePaths(gitDir);
  // Real folders only: a symbolic link planted there would lead the message out of the git dir.
  ensureStateDir(gitDir, 'rejected');
  const stem = `${formatStamp(now)}-${pid}`;
  // Written whole to a temporary file first, then linked under its final name: a kill at any
  // moment leaves either no saved message or a complete one, never an empty or cut file.
  const temp = join(dirname(dir), `rejected-${stem}.tmp`);
  writeWhole(temp, message);
  let path = join(dir, `${stem}.txt`);
  try {
    for (let n = 1; ; n++) {
      try {
        // A hard link never replaces an earlier rejection that happens to share the name.
        linkSync(temp, path);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' && n <= 100) {
          path = join(dir, `${stem}-${n}.txt`);
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
  return { path, lastPath: last, pruneProblem: pruneRejected(dir) };
}

/** Writes a new file whole; `wx` after removing a leftover, so a link planted at the name is never written through. */
function writeWhole(path: string, text: string): void {
  rmSync(path, { force: true });
  writeFileSync(path, text, { flag: 'wx' });
}

/** Deletes the oldest files beyond {@link REJECTED_KEEP}; returns a problem description or undefined. */
function pruneRejected(dir: string): string | undefined {
  try {
    const names = readdirSync(dir).filter((name) => REJECTED_NAME.test(name)).sort();
    for (const name of names.slice(0, Math.max(0, names.length - REJECTED_KEEP))) rmSync(join(dir, name), { force: true });
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
