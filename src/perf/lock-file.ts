// An exclusive lock file (created with O_EXCL) with stale-lock detection by age and by owner pid.
// Used to serialise compactions of the timing log; appends never take it.
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';

/** What is written into a lock file: who holds it and since when. */
export interface LockOwner {
  readonly pid: number;
  /** Random per acquisition, so a process never releases a lock someone else re-took. */
  readonly token: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
}

export interface LockOptions {
  readonly pid: number;
  readonly token: string;
  /** Epoch milliseconds (injected for tests). */
  readonly nowEpochMs: () => number;
  /** A lock older than this is stale whatever its owner. */
  readonly staleAfterMs: number;
  /** Whether a pid on this machine is still running. */
  readonly isAlive: (pid: number) => boolean;
}

export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** True when a stale lock had to be broken to get this one. */
  readonly brokeStale: boolean;
  /** Removes the lock if it is still ours. */
  release(): void;
}

/** Tries once (after breaking a stale lock, twice) to take the lock; undefined when it is held. */
export function tryAcquireLock(path: string, options: LockOptions): HeldLock | undefined {
  const owner: LockOwner = { pid: options.pid, token: options.token, createdAt: options.nowEpochMs() };
  if (createExclusive(path, owner)) return heldLock(path, owner, false);
  const seen = readOwnerText(path);
  if (seen === undefined) return createExclusive(path, owner) ? heldLock(path, owner, false) : undefined;
  if (!isStale(path, seen, options)) return undefined;
  if (!breakStaleLock(path, seen, options)) return undefined;
  return createExclusive(path, owner) ? heldLock(path, owner, true) : undefined;
}

/** Whether a pid is running on this machine (signal 0 checks without sending anything). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; ESRCH: it is gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function createExclusive(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock file's text, or undefined when it vanished meanwhile (its holder released it). */
function readOwnerText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.token === 'string' && typeof value.createdAt === 'number') {
      return value as LockOwner;
    }
  } catch {
    // An empty or torn lock file: its writer died between create and write. Treated as stale below.
  }
  return undefined;
}

function isStale(path: string, text: string, options: LockOptions): boolean {
  const owner = parseOwner(text);
  // Unreadable content: its writer died between create and write, or is writing right now.
  // Only the file's age can tell those apart.
  if (owner === undefined) return options.nowEpochMs() - modifiedAtMs(path) > options.staleAfterMs;
  if (options.nowEpochMs() - owner.createdAt > options.staleAfterMs) return true;
  return !options.isAlive(owner.pid);
}

/**
 * Moves the stale lock aside under a unique name, then checks that what was moved is the stale
 * lock that was inspected. If another process replaced it meanwhile, it is put back (link fails
 * if a third process already took the lock, in which case that process holds it).
 */
function breakStaleLock(path: string, seen: string, options: LockOptions): boolean {
  const aside = `${path}.stale-${options.pid}-${options.token}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== seen) {
    try {
      linkSync(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

function modifiedAtMs(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch (error) {
    // Gone meanwhile: its holder released it, so it is not stale (the next attempt may succeed).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Number.POSITIVE_INFINITY;
    throw error;
  }
}

function heldLock(path: string, owner: LockOwner, brokeStale: boolean): HeldLock {
  return {
    path,
    owner,
    brokeStale,
    release(): void {
      const text = readOwnerText(path);
      if (text === undefined || parseOwner(text)?.token !== owner.token) return;
      unlinkSync(path);
    },
  };
}
