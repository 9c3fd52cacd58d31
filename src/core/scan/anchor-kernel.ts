// The prefilter's inner loop: one pass over a chunk of diff bytes that finds every line end,
// marks the lines that contain an anchor and records where each anchor ends. A tiny WebAssembly
// function runs it (flat in the number of anchors); the JavaScript loop is the fallback where
// WebAssembly is unavailable.
import type { LineSplitter } from '../diff/diff-types.js';
import { MARK_ALL_LINES, MARK_NO_LINES } from '../diff/line-split.js';
import type { AnchorAutomaton } from './anchor-automaton.js';
import { loadChunkScanner } from './chunk-scanner-binary.js';
import { HIT_END_AT, RESULTS_AT, TABLE_AT } from './chunk-scanner-wasm.js';

/**
 * Where the anchors of the last split ended: `hits[2k]` is the offset (in the split's `bytes`)
 * of the last byte of an occurrence, `hits[2k + 1]` the automaton state reached there (a row's
 * byte offset: its outputs are the anchors that end there), in order of offset, for k < count.
 * Lines cut off at the end of the chunk may have hits too. Valid until the next split.
 */
export interface AnchorHits {
  readonly hits: Int32Array;
  readonly count: number;
}

/** A LineSplitter that marks the lines containing an anchor (see LineSplitter.split). */
export interface AnchorKernel extends LineSplitter {
  readonly kind: 'wasm' | 'js';
  /**
   * The hits of the last split, once: later calls return undefined until the next split, so a
   * batch of lines that no split produced can never be paired with another's hits. Undefined
   * too for kernels that do not record them.
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
  if (automaton.matchesNothing) return { kind: 'js', split: MARK_NO_LINES.split, takeHits: noHits };
  if (automaton.matchesEverything) return { kind: 'js', split: MARK_ALL_LINES.split, takeHits: noHits };
  const wasm = findWasm();
  if (prefer === 'wasm' && wasm !== undefined) return new WasmKernel(automaton, wasm);
  return new JsKernel(automaton);
}

class JsKernel implements AnchorKernel {
  readonly kind = 'js';
  private hits = new Int32Array(1024);
  private last: AnchorHits | undefined;
  constructor(private readonly automaton: AnchorAutomaton) {}

  split(bytes: Uint8Array, from: number, to: number, ends: Int32Array): number {
    const { table, classes } = this.automaton;
    if (this.hits.length < 2 * (to - from)) this.hits = new Int32Array(2 * (to - from));
    const hits = this.hits;
    let count = 0;
    let hitCount = 0;
    let state = 0;
    let marked = 0;
    for (let p = from; p < to; p++) {
      const byte = bytes[p]!;
      if (byte === LF) {
        ends[count++] = p ^ -marked;
        state = 0;
        marked = 0;
        continue;
      }
      state = table[(state + classes[byte]!) >> 2]!;
      if (state < 0) {
        state = ~state;
        hits[hitCount++] = p;
        hits[hitCount++] = state;
        marked = 1;
      }
    }
    this.last = { hits, count: hitCount >> 1 };
    return count;
  }

  takeHits(): AnchorHits | undefined {
    const last = this.last;
    this.last = undefined;
    return last;
  }
}

const PAGE = 65536;
/** Below this many bytes a chunk is walked as one stream (splitting it would not pay). */
const TWO_STREAMS_MIN_BYTES = 4096;

class WasmKernel implements AnchorKernel {
  readonly kind = 'wasm';
  private readonly memory: WasmMemory;
  private readonly scanOne: (p: number, end: number, out: number, shift: number, hit: number, state: number, marked: number) => number;
  private readonly scanTwo: (p1: number, end1: number, p2: number, end2: number, out1: number, out2: number, hit1: number, hit2: number, shift: number) => void;
  private readonly dataAt: number;
  private view: Uint8Array;
  private words: Int32Array;
  private last: AnchorHits | undefined;

  constructor(automaton: AnchorAutomaton, wasm: WasmApi) {
    // Layout: the classes (1 KiB) at 0, the results, the table at TABLE_AT, then each chunk's
    // bytes, line ends and hits.
    this.dataAt = TABLE_AT + automaton.table.byteLength;
    this.memory = new wasm.Memory({ initial: Math.ceil((this.dataAt + 13 * (1 << 17)) / PAGE) });
    const module = new wasm.Module(loadChunkScanner());
    const instance = new wasm.Instance(module, { env: { memory: this.memory } });
    this.scanOne = instance.exports.scanOne as WasmKernel['scanOne'];
    this.scanTwo = instance.exports.scanTwo as WasmKernel['scanTwo'];
    this.view = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
    this.words.set(automaton.classes, 0);
    this.words.set(automaton.table, TABLE_AT >> 2);
  }

  split(bytes: Uint8Array, from: number, to: number, ends: Int32Array): number {
    const length = to - from;
    this.last = undefined;
    if (length <= 0) return 0;
    // Layout after the table: the bytes, room for one line end per byte, then for one hit (two
    // words) per byte. Two streams split that room where their bytes split.
    const bytesAt = this.dataAt;
    const outAt = (bytesAt + length + 3) & ~3;
    const hitsAt = outAt + 4 * length;
    this.ensure(hitsAt + 8 * length);
    this.view.set(bytes.subarray(from, to), bytesAt);
    const shift = from - bytesAt;
    // Stream 2 starts after the first LF past the middle, so both start at a line's start.
    const middle = length < TWO_STREAMS_MIN_BYTES ? -1 : bytes.indexOf(LF, from + (length >> 1));
    if (middle === -1 || middle + 1 >= to) {
      const count = this.scanOne(bytesAt, bytesAt + length, outAt, shift, hitsAt, 0, 0);
      ends.set(this.words.subarray(outAt >> 2, (outAt >> 2) + count));
      const hitCount = (this.words[HIT_END_AT >> 2]! - hitsAt) >> 3;
      this.last = { hits: this.words.subarray(hitsAt >> 2, (hitsAt >> 2) + 2 * hitCount), count: hitCount };
      return count;
    }
    const split = middle + 1 - from;
    const out2At = outAt + 4 * split;
    const hits2At = hitsAt + 8 * split;
    this.scanTwo(bytesAt, bytesAt + split, bytesAt + split, bytesAt + length, outAt, out2At, hitsAt, hits2At, shift);
    const words = this.words;
    const results = RESULTS_AT >> 2;
    const count1 = words[results]!;
    const hits1 = (words[results + 1]! - hitsAt) >> 3;
    const count2 = words[results + 2]!;
    const hits2 = (words[results + 3]! - hits2At) >> 3;
    ends.set(words.subarray(outAt >> 2, (outAt >> 2) + count1));
    ends.set(words.subarray(out2At >> 2, (out2At >> 2) + count2), count1);
    // Stream 2's hits moved up to follow stream 1's: one run in order of offset.
    words.copyWithin((hitsAt >> 2) + 2 * hits1, hits2At >> 2, (hits2At >> 2) + 2 * hits2);
    this.last = { hits: words.subarray(hitsAt >> 2, (hitsAt >> 2) + 2 * (hits1 + hits2)), count: hits1 + hits2 };
    return count1 + count2;
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
