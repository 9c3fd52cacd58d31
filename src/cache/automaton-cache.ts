// The compiled prefilter automaton, persisted between hook runs in the git common dir: building
// it is the largest fixed cost of a flag check on a small commit (about 10 ms for 300 flags with
// aliases, before the JIT has warmed up), and it depends only on the anchor list. A cache file
// is used only when its anchors are exactly this run's (compared as text, not by a hash) and
// its CRC-32 matches; anything else (damaged, foreign, another version) is rebuilt, never trusted.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnchorAutomaton } from '../core/scan/anchor-automaton.js';
import { crc32HexOf, loadCrc32 } from '../checksum.js';
import { writeStateFile } from '../state-dir.js';

const MAGIC = 'prove-hooks/anchor-automaton@2\n';
/** Written as an Int32: reads back as this value only with the byte order it was written in. */
const BYTE_ORDER_MARK = 0x01020304;
/** Automata kept: one per anchor set (registries differ between branches and worktrees). */
export const AUTOMATON_CACHE_MAX_FILES = 4;

interface Header {
  readonly tool: string;
  readonly width: number;
  readonly stateCount: number;
  readonly matchesEverything: boolean;
  readonly matchesNothing: boolean;
  readonly anchorBytes: number;
  readonly tableLength: number;
  readonly outputStartsLength: number;
  readonly outputsLength: number;
}

/**
 * The automaton of `anchors`: from `dir` when a file there holds exactly these anchors, else
 * compiled by `compile` (the core's compileAnchors, passed in by the hooks' tier) and written
 * there for the next run (a write that fails only costs that run's time).
 * `onRebuild` is called when a file for these anchors was there but could not be used (damaged,
 * foreign, another version) and is rebuilt: a recovery, unlike a first run with new anchors.
 */
export function compileAnchorsCached(
  dir: string,
  anchors: readonly string[],
  toolVersion: string,
  compile: (anchors: readonly string[]) => AnchorAutomaton,
  onRebuild?: () => void,
): AnchorAutomaton {
  // JSON, not a join: [] and [""] (no anchor, and an empty one that matches every line) must differ.
  const text = JSON.stringify(anchors);
  // Named by the CRC-32 of the anchors' text (zlib's, loaded here anyway to check the file):
  // FNV-1a in JavaScript took about 1 ms over the 10 KB of 300 flags' anchors.
  const file = join(dir, `anchor-automaton-${crc32HexOf(text)}.bin`);
  const found = lookUpAutomatonFile(file, text, toolVersion);
  if (found.kind === 'found') return found.automaton;
  if (found.kind === 'unusable') onRebuild?.();
  const automaton = compile(anchors);
  writeAutomatonFile(file, text, toolVersion, automaton);
  return automaton;
}

/** The automaton stored in `file` for exactly `anchorsText`, or undefined (absent, damaged, foreign, other anchors). */
export function readAutomatonFile(file: string, anchorsText: string, toolVersion: string): AnchorAutomaton | undefined {
  const found = lookUpAutomatonFile(file, anchorsText, toolVersion);
  return found.kind === 'found' ? found.automaton : undefined;
}

/** What a cache file held: the automaton, nothing (absent), or a file that cannot be used. */
type AutomatonLookup = { readonly kind: 'found'; readonly automaton: AnchorAutomaton } | { readonly kind: 'absent' } | { readonly kind: 'unusable' };

function lookUpAutomatonFile(file: string, anchorsText: string, toolVersion: string): AutomatonLookup {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    // Absent (the first run with these anchors) or unreadable: compiled, and the file rewritten.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'absent' } : { kind: 'unusable' };
  }
  try {
    // Int32 views need 4-byte alignment; a small file may come back in a pooled, offset buffer.
    const automaton = decode(bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(new Uint8Array(bytes).buffer), anchorsText, toolVersion);
    return automaton === undefined ? { kind: 'unusable' } : { kind: 'found', automaton };
  } catch {
    // Recovered on purpose: a file that does not decode is rebuilt (and the rebuild recorded).
    return { kind: 'unusable' };
  }
}

function decode(bytes: Buffer, anchorsText: string, toolVersion: string): AnchorAutomaton | undefined {
  const magic = Buffer.from(MAGIC, 'latin1');
  if (bytes.length < magic.length + 12 || !bytes.subarray(0, magic.length).equals(magic)) return undefined;
  const body = bytes.subarray(0, bytes.length - 4);
  if (loadCrc32()(body) !== bytes.readUInt32LE(bytes.length - 4)) return undefined;
  const headerLength = bytes.readUInt32LE(magic.length);
  const header = JSON.parse(bytes.toString('utf8', magic.length + 4, magic.length + 4 + headerLength)) as Header;
  if (header.tool !== toolVersion) return undefined;
  let at = magic.length + 4 + headerLength;
  if (bytes.toString('utf8', at, at + header.anchorBytes) !== anchorsText) return undefined;
  at = align4(at + header.anchorBytes);
  // Views into the file's buffer (4-byte aligned: see readAutomatonFile).
  const ints = (length: number): Int32Array => {
    if (!Number.isSafeInteger(length) || length < 0 || at + length * 4 > body.length) throw new Error('bad length');
    const view = new Int32Array(bytes.buffer, bytes.byteOffset + at, length);
    at += length * 4;
    return view;
  };
  if (ints(1)[0] !== BYTE_ORDER_MARK) return undefined;
  const table = ints(header.tableLength);
  const classes = ints(256);
  const outputStarts = ints(header.outputStartsLength);
  const outputs = ints(header.outputsLength);
  if (at !== body.length || header.tableLength !== header.width * header.stateCount || header.outputStartsLength !== header.stateCount + 1) return undefined;
  return { table, classes, width: header.width, stateCount: header.stateCount, outputStarts, outputs, matchesEverything: header.matchesEverything, matchesNothing: header.matchesNothing };
}

/** Writes the automaton (temp file, then rename); quietly does nothing when that fails. */
export function writeAutomatonFile(file: string, anchorsText: string, toolVersion: string, automaton: AnchorAutomaton): void {
  const header: Header = {
    tool: toolVersion,
    width: automaton.width,
    stateCount: automaton.stateCount,
    matchesEverything: automaton.matchesEverything,
    matchesNothing: automaton.matchesNothing,
    anchorBytes: Buffer.byteLength(anchorsText, 'utf8'),
    tableLength: automaton.table.length,
    outputStartsLength: automaton.outputStarts.length,
    outputsLength: automaton.outputs.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(align4(MAGIC.length + 4 + headerBytes.length + header.anchorBytes));
  let at = head.write(MAGIC, 0, 'latin1');
  at = head.writeUInt32LE(headerBytes.length, at);
  at += headerBytes.copy(head, at);
  head.write(anchorsText, at, 'utf8');
  const parts: Uint8Array[] = [head, new Uint8Array(Int32Array.of(BYTE_ORDER_MARK).buffer)];
  for (const array of [automaton.table, automaton.classes, automaton.outputStarts, automaton.outputs]) parts.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  const crc = Buffer.alloc(4);
  try {
    const crc32 = loadCrc32();
    let value = 0;
    // Empty parts skipped: Node 20's crc32 returns 0, not `value`, for a view of an empty ArrayBuffer.
    for (const part of parts) if (part.length > 0) value = crc32(part, value);
    crc.writeUInt32LE(value >>> 0);
    writeStateFile(file, [...parts, crc]);
    pruneAutomatonFiles(join(file, '..'), file);
  } catch {
    // Recovered on purpose: without the file the next run compiles again.
  }
}

/** Keeps `keep` and the newest other automata, AUTOMATON_CACHE_MAX_FILES in all; removes older ones and stale temp files. */
function pruneAutomatonFiles(dir: string, keep: string): void {
  const now = Date.now();
  const files = readdirSync(dir)
    .filter((name) => name.startsWith('anchor-automaton-'))
    .map((name) => ({ path: join(dir, name), mtimeMs: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  let kept = 1;
  for (const { path, mtimeMs } of files) {
    if (path === keep) continue;
    // Another run's file being written: left alone unless it is a minute old (that run died).
    if (path.endsWith('.tmp')) {
      if (now - mtimeMs > 60_000) rmSync(path, { force: true });
      continue;
    }
    if (kept < AUTOMATON_CACHE_MAX_FILES) kept += 1;
    else rmSync(path, { force: true });
  }
}

const align4 = (n: number): number => (n + 3) & ~3;
