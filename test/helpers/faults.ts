// Puts a file the tool reads or writes into a broken state (missing, empty, truncated, corrupt,
// wrong schema version, unreadable, a directory, a symlink out of the repository).
import { chmodSync, lstatSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const FAULTS = ['missing', 'empty', 'truncated', 'corrupt', 'wrong-version', 'unreadable', 'directory', 'symlink-out'] as const;
export type Fault = (typeof FAULTS)[number];

/** chmod 000 does not stop root from reading: the unreadable case is skipped when tests run as root. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;

export interface FaultContent {
  /** A valid file of this kind (truncated is cut from it). */
  readonly valid: string;
  /** A well-formed file of another schema version. */
  readonly wrongVersion: string;
  /** Where `symlink-out` points: a file outside the repository (created with `valid` content). */
  readonly outside: string;
}

/** Replaces whatever is at `path` with the fault. */
export function applyFault(path: string, fault: Fault, content: FaultContent): void {
  removeEntry(path);
  mkdirSync(dirname(path), { recursive: true });
  switch (fault) {
    case 'missing':
      return;
    case 'empty':
      writeFileSync(path, '');
      return;
    case 'truncated':
      writeFileSync(path, content.valid.slice(0, Math.max(1, Math.floor(content.valid.length / 2))));
      return;
    case 'corrupt':
      writeFileSync(path, '\u0000\u00ff garbage {{{ not this file at all \n\u0007');
      return;
    case 'wrong-version':
      writeFileSync(path, content.wrongVersion);
      return;
    case 'unreadable':
      writeFileSync(path, content.valid);
      chmodSync(path, 0o000);
      return;
    case 'directory':
      mkdirSync(path);
      writeFileSync(`${path}/inside`, 'a file inside the directory\n');
      return;
    case 'symlink-out':
      mkdirSync(dirname(content.outside), { recursive: true });
      writeFileSync(content.outside, content.valid);
      symlinkSync(content.outside, path);
      return;
  }
}

/** Removes a file, directory or link at `path` (making it writable first), if anything is there. */
export function removeEntry(path: string): void {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return;
  if (!stats.isSymbolicLink()) chmodSync(path, 0o700);
  rmSync(path, { recursive: true, force: true });
}
