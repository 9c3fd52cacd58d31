// The previous run's flag inventory, kept in the git common dir next to the per-blob cache (shared
// by every worktree of a clone): the aggregate state (per file its result key and what it adds)
// and, per registry flag, its locations already serialised. A warm run of `prove-hooks flags`
// applies the few changed files to it and writes the unchanged flags' text as it was, instead of
// decoding, aggregating and serialising every reference again. Versioned, checksummed, bounded
// (one inventory: the last run's), replaced when damaged or made for another identity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { InventoryState } from '../core/flags/inventory-delta.js';
import { stateDirOf } from '../state-folder.js';
import { isOtherFormatOf, writeStateFile } from './state-dir.js';

export const INVENTORY_SNAPSHOT_FILE = 'flag-inventory.snapshot';
export const INVENTORY_SNAPSHOT_FORMAT = 'prove-hooks/flag-inventory-snapshot@1';

export interface InventorySnapshot {
  /** The identity it was made for (detection, registries, day, bounds): another identity is not used. */
  readonly identity: string;
  readonly state: InventoryState;
  /** Per position in Inventory.flags, its locations serialised (the JSON report's text). */
  readonly locations: readonly string[];
}

export type SnapshotRead = { readonly kind: 'ok'; readonly snapshot: InventorySnapshot } | { readonly kind: 'none' } | { readonly kind: 'damaged'; readonly reason: string };

export function inventorySnapshotFileFor(gitCommonDir: string): string {
  return join(stateDirOf(gitCommonDir), INVENTORY_SNAPSHOT_FILE);
}

/** sha1 of a JSON description of everything the inventory depends on besides the files. */
export function snapshotIdentity(description: unknown): string {
  return createHash('sha1').update(JSON.stringify(description)).digest('hex');
}

/** Reads the snapshot made for `identity`; another identity, version or a missing file is `none`, a damaged one `damaged`. */
export function readInventorySnapshot(file: string, identity: string): SnapshotRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // Recovered on purpose: without a snapshot the inventory is aggregated from every file's result.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'none' } : { kind: 'damaged', reason: `unreadable (${(error as Error).message})` };
  }
  return parseSnapshotText(text, identity);
}

/**
 * What is wrong with a snapshot file's text, or undefined when it is whole (or of another
 * version, which a run replaces). For `doctor`: the same reading a run does, for the identity
 * the file names.
 */
export function inventorySnapshotProblem(text: string): string | undefined {
  const lf = text.indexOf('\n');
  const madeFor = (lf === -1 ? '' : text.slice(0, lf)).split(' ')[3] ?? '';
  const read = parseSnapshotText(text, madeFor);
  return read.kind === 'damaged' ? read.reason : undefined;
}

function parseSnapshotText(text: string, identity: string): SnapshotRead {
  const lf = text.indexOf('\n');
  if (lf === -1) return { kind: 'damaged', reason: 'cut short' };
  const [format, checksum, length, madeFor] = text.slice(0, lf).split(' ');
  if (isOtherFormatOf(format, INVENTORY_SNAPSHOT_FORMAT)) return { kind: 'none' };
  if (format !== INVENTORY_SNAPSHOT_FORMAT) return { kind: 'damaged', reason: 'not a flag inventory snapshot' };
  if (madeFor !== identity) return { kind: 'none' };
  const body = text.endsWith('\n') ? text.slice(lf + 1, -1) : text.slice(lf + 1);
  if (String(body.length) !== length || checksumOf(body) !== checksum) return { kind: 'damaged', reason: 'damaged (checksum mismatch)' };
  const lines = body.split('\n');
  try {
    const state = JSON.parse(lines[0]!) as InventoryState;
    if (!Array.isArray(state.files) || !Array.isArray(state.counts) || !Array.isArray(state.unknown) || lines.length - 1 !== state.counts.length) return { kind: 'damaged', reason: 'damaged' };
    return { kind: 'ok', snapshot: { identity, state, locations: lines.slice(1) } };
  } catch {
    // Recovered on purpose: the checksum held but the text is not ours; rebuilt by this run.
    return { kind: 'damaged', reason: 'damaged' };
  }
}

/** Writes the snapshot; a failure is returned as a notice (the inventory is complete without it). */
export function writeInventorySnapshot(file: string, snapshot: InventorySnapshot): string | undefined {
  // Written line by line: the body of a large repository is megabytes, never joined into one more string or buffer.
  const lines = [JSON.stringify(snapshot.state), ...snapshot.locations];
  const hash = createHash('sha1');
  let length = lines.length - 1;
  lines.forEach((line, at) => {
    hash.update(line);
    if (at < lines.length - 1) hash.update('\n');
    length += line.length;
  });
  const header = `${INVENTORY_SNAPSHOT_FORMAT} ${hash.digest('hex')} ${length} ${snapshot.identity}\n`;
  function* parts(): Generator<Buffer> {
    yield Buffer.from(header, 'utf8');
    for (const line of lines) yield Buffer.from(`${line}\n`, 'utf8');
  }
  try {
    writeStateFile(file, parts());
    return undefined;
  } catch (error) {
    return `prove-hooks: cannot write the flag inventory snapshot ${file} (${(error as Error).message}); the next run aggregates every file again`;
  }
}

function checksumOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
