// The prefilter's inner loop: one pass over a chunk of diff bytes that finds the lines the
// parser must read (LineSelector), marks those that contain an anchor and records where each
// anchor ends. A tiny WebAssembly function runs it (flat in the number of anchors); the
// JavaScript loop is the fallback where WebAssembly is unavailable.
import { RECORD_WORDS, type LineSelection, type LineSelector } from './line-records.js';
import { LineRecords, selectAllLines, selectNoLines } from '../diff/line-selection.js';
import type { AnchorAutomaton } from './anchor-automaton.js';
import { loadChunkScanner } from './chunk-scanner-binary.js';
import { CAP1_AT, RECORD_BYTES, SHIFT_AT, STREAM_BYTES, STREAMS, STREAMS_AT, StreamField, TABLE_AT } from './chunk-scanner-wasm.js';

/**
 * Where the anchors of the last selection ended: `hits[2k]` is the offset (in the selection's
 * `bytes`) of the last byte of an occurrence, `hits[2k + 1]` the automaton state reached there (a
 * row's byte offset: its outputs are the anchors that end there), in order of offset, for
 * k < count. Lines cut off at the end of the chunk may have hits too. Valid until the next call.
 */
export interface AnchorHits {
  readonly hits: Int32Array;
  readonly count: number;
}

/** A LineSelector that marks the lines containing an anchor (see LineSelector.select). */
export interface AnchorKernel extends LineSelector {
  readonly kind: 'wasm' | 'js';
  /**
   * The hits of the last selection, once: later calls return undefined until the next one, so a
   * batch of lines that no selection produced can never be paired with another's hits.
   * Undefined too for kernels that do not record them.
   */
  takeHits(): AnchorHits | undefined;
}

// The few WebAssembly JS-API members used here (the project's lib settings do not declare them).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

function findWasm(): WasmApi | undefined {
  return (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
}

const LF = 10;
const noHits = (): undefined => undefined;

/** Builds the fastest kernel available; `prefer: 'js'` forces the fallback (tests, benchmarks). */
export function createAnchorKernel(automaton: AnchorAutomaton, prefer: 'wasm' | 'js' = 'wasm'): AnchorKernel {
  if (automaton.matchesNothing) return { kind: 'js', select: selectNoLines().select, takeHits: noHits };
  if (automaton.matchesEverything) return { kind: 'js', select: selectAllLines().select, takeHits: noHits };
  const wasm = findWasm();
  if (prefer === 'wasm' && wasm !== undefined) return new WasmKernel(automaton, wasm);
  return new JsKernel(automaton);
}

/** The cap as the kernels compare it: bytes after the marker plus one, at most 2^31 - 1 (compared unsigned). */
const capPlusOne = (maxLineBytes: number): number => Math.min(Math.max(0, maxLineBytes) + 1, 0x7fffffff);

class JsKernel implements AnchorKernel {
  readonly kind = 'js';
  private hits = new Int32Array(1024);
  private last: AnchorHits | undefined;
  private readonly records = new LineRecords();
  constructor(private readonly automaton: AnchorAutomaton) {}

  select(bytes: Uint8Array, from: number, to: number, maxLineBytes: number): LineSelection {
    const { table, classes } = this.automaton;
    if (this.hits.length < 2 * (to - from)) this.hits = new Int32Array(2 * (to - from));
    const hits = this.hits;
    const records = this.records;
    records.reset();
    let hitCount = 0;
    let state = 0;
    let marked = false;
    let lineStart = from;
    for (let p = from; p < to; p++) {
      state = table[(state + classes[bytes[p]!]!) >> 2]!;
      if (state >= 0) continue;
      state = ~state;
      if (state !== 0) {
        hits[hitCount++] = p;
        hits[hitCount++] = state;
        marked = true;
        continue;
      }
      // LF: its entry is ~0 in every state (anchor-automaton.ts LINE_END).
      records.endLine(bytes, lineStart, p, marked, maxLineBytes);
      lineStart = p + 1;
      marked = false;
    }
    records.finish(lineStart - 1);
    this.last = { hits, count: hitCount >> 1 };
    return records;
  }

  takeHits(): AnchorHits | undefined {
    const last = this.last;
    this.last = undefined;
    return last;
  }
}

const PAGE = 65536;
/** Below this many bytes a chunk is walked as one stream (splitting it would not pay). */
const STREAMS_MIN_BYTES = 8192;
/** Memory per byte of a chunk: the byte, a record's room, a hit's room. */
const BYTES_PER_INPUT_BYTE = 1 + RECORD_BYTES + 8;

class WasmKernel implements AnchorKernel {
  readonly kind = 'wasm';
  private readonly memory: WasmMemory;
  private readonly scanOne: (stream: number, p: number, end: number, state: number) => void;
  private readonly scanAll: (...startsAndEnds: number[]) => void;
  private readonly dataAt: number;
  private view: Uint8Array;
  private words: Int32Array;
  private last: AnchorHits | undefined;
  /** Where each stream's records and hits start (OUT and HIT before the scan). */
  private readonly roomStarts = new Int32Array(2 * STREAMS);
  /** Where each stream starts in the caller's bytes. */
  private readonly streamStarts = new Int32Array(STREAMS);

  constructor(automaton: AnchorAutomaton, wasm: WasmApi) {
    // Layout: the classes (1 KiB) at 0, the streams' fields, the table at TABLE_AT, then each
    // chunk's bytes, records and hits.
    this.dataAt = TABLE_AT + automaton.table.byteLength;
    this.memory = new wasm.Memory({ initial: Math.ceil((this.dataAt + BYTES_PER_INPUT_BYTE * (1 << 17)) / PAGE) });
    const module = new wasm.Module(loadChunkScanner());
    const instance = new wasm.Instance(module, { env: { memory: this.memory } });
    this.scanOne = instance.exports.scanOne as WasmKernel['scanOne'];
    this.scanAll = instance.exports.scanAll as WasmKernel['scanAll'];
    this.view = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
    this.words.set(automaton.classes, 0);
    this.words.set(automaton.table, TABLE_AT >> 2);
  }

  select(bytes: Uint8Array, from: number, to: number, maxLineBytes: number): LineSelection {
    const length = Math.max(0, to - from);
    this.last = undefined;
    // Layout after the table: the bytes, room for a record per byte and one more per stream (its
    // last), then for one hit (two words) per byte. The streams split that room where their bytes
    // split.
    const bytesAt = this.dataAt;
    const outAt = (bytesAt + length + 3) & ~3;
    const hitsAt = outAt + RECORD_BYTES * (length + STREAMS);
    this.ensure(hitsAt + 8 * length);
    this.view.set(bytes.subarray(from, from + length), bytesAt);
    const words = this.words;
    words[SHIFT_AT >> 2] = from - bytesAt;
    words[CAP1_AT >> 2] = capPlusOne(maxLineBytes);
    // STREAMS streams of whole lines: stream k > 0 starts after the first LF past k / STREAMS of
    // the bytes (one stream when a short chunk or long lines leave one of them without a line).
    const starts = this.streamStarts;
    starts[0] = from;
    let streams = length < STREAMS_MIN_BYTES ? 1 : STREAMS;
    for (let k = 1; k < streams; k++) {
      const lf = bytes.indexOf(LF, Math.max(starts[k - 1]!, from + Math.floor((length * k) / STREAMS)));
      if (lf === -1 || lf + 1 >= to) streams = 1;
      else starts[k] = lf + 1;
    }
    if (streams === 1) {
      this.startStream(0, bytesAt, outAt, hitsAt);
      this.scanOne(STREAMS_AT, bytesAt, bytesAt + length, 0);
      return this.collect(1, outAt, hitsAt);
    }
    const args: number[] = [];
    for (let k = 0; k < STREAMS; k++) {
      const start = starts[k]! - from;
      const end = (k === STREAMS - 1 ? to : starts[k + 1]!) - from;
      // Stream k's share of the room: a record per byte and one more, a hit per byte.
      this.startStream(k, bytesAt + start, outAt + RECORD_BYTES * (start + k), hitsAt + 8 * start);
      args.push(bytesAt + start, bytesAt + end);
    }
    this.scanAll(...args);
    return this.collect(STREAMS, outAt, hitsAt);
  }

  /** The records and hits of the first `streams` streams, moved to follow each other from outAt and hitsAt. */
  private collect(streams: number, outAt: number, hitsAt: number): LineSelection {
    const words = this.words;
    let recordsEnd = outAt >> 2;
    let hitsEnd = hitsAt >> 2;
    for (let k = 0; k < streams; k++) {
      const at = (STREAMS_AT + k * STREAM_BYTES) >> 2;
      const ownRecords = this.roomStarts[2 * k]! >> 2;
      const ownHits = this.roomStarts[2 * k + 1]! >> 2;
      const recordsTo = words[at + (StreamField.OUT >> 2)]! >> 2;
      const hitsTo = words[at + (StreamField.HIT >> 2)]! >> 2;
      if (ownRecords !== recordsEnd) words.copyWithin(recordsEnd, ownRecords, recordsTo);
      if (ownHits !== hitsEnd) words.copyWithin(hitsEnd, ownHits, hitsTo);
      recordsEnd += recordsTo - ownRecords;
      hitsEnd += hitsTo - ownHits;
    }
    this.last = { hits: words.subarray(hitsAt >> 2, hitsEnd), count: (hitsEnd - (hitsAt >> 2)) >> 1 };
    return { records: words.subarray(outAt >> 2, recordsEnd), count: (recordsEnd - (outAt >> 2)) / RECORD_WORDS };
  }

  /** Stream k's fields before its first byte (a line's start). */
  private startStream(k: number, lineStart: number, outAt: number, hitsAt: number): void {
    const at = (STREAMS_AT + k * STREAM_BYTES) >> 2;
    this.roomStarts[2 * k] = outAt;
    this.roomStarts[2 * k + 1] = hitsAt;
    this.words.fill(0, at, at + (STREAM_BYTES >> 2));
    this.words[at + (StreamField.OUT >> 2)] = outAt;
    this.words[at + (StreamField.HIT >> 2)] = hitsAt;
    this.words[at + (StreamField.LINE_START >> 2)] = lineStart;
  }

  takeHits(): AnchorHits | undefined {
    const last = this.last;
    this.last = undefined;
    return last;
  }

  private ensure(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes <= have) return;
    this.memory.grow(Math.ceil((bytes - have) / PAGE));
    this.view = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
  }
}
