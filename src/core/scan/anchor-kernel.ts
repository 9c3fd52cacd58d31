// The prefilter's inner loop: one pass over a chunk of diff bytes that finds every line end and
// marks the lines that contain an anchor. A tiny WebAssembly function runs it (flat in the number
// of anchors); the JavaScript loop is the fallback where WebAssembly is unavailable.
import type { LineSplitter } from '../diff/diff-types.js';
import { MARK_ALL_LINES, MARK_NO_LINES } from '../diff/line-split.js';
import type { AnchorAutomaton } from './anchor-automaton.js';
import { TABLE_AT, assembleChunkScanner } from './chunk-scanner-wasm.js';

/** A LineSplitter that marks the lines containing an anchor (see LineSplitter.split). */
export interface AnchorKernel extends LineSplitter {
  readonly kind: 'wasm' | 'js';
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

/** Builds the fastest kernel available; `prefer: 'js'` forces the fallback (tests, benchmarks). */
export function createAnchorKernel(automaton: AnchorAutomaton, prefer: 'wasm' | 'js' = 'wasm'): AnchorKernel {
  if (automaton.matchesNothing) return { kind: 'js', split: MARK_NO_LINES.split };
  if (automaton.matchesEverything) return { kind: 'js', split: MARK_ALL_LINES.split };
  const wasm = findWasm();
  if (prefer === 'wasm' && wasm !== undefined) return new WasmKernel(automaton, wasm);
  return new JsKernel(automaton);
}

class JsKernel implements AnchorKernel {
  readonly kind = 'js';
  constructor(private readonly automaton: AnchorAutomaton) {}

  split(bytes: Uint8Array, from: number, to: number, ends: Int32Array): number {
    const { table, classes } = this.automaton;
    let count = 0;
    let state = 0;
    for (let p = from; p < to; p++) {
      const byte = bytes[p]!;
      if (byte === LF) {
        ends[count++] = p;
        state = 0;
        continue;
      }
      state = table[(state + classes[byte]!) >> 2]!;
      if (state < 0) {
        const end = bytes.indexOf(LF, p + 1);
        if (end === -1 || end >= to) break;
        ends[count++] = ~end;
        state = 0;
        p = end;
      }
    }
    return count;
  }
}

const PAGE = 65536;

class WasmKernel implements AnchorKernel {
  readonly kind = 'wasm';
  private readonly memory: WasmMemory;
  private readonly scanChunk: (start: number, end: number, out: number, shift: number) => number;
  private readonly dataAt: number;
  private view: Uint8Array;

  constructor(automaton: AnchorAutomaton, wasm: WasmApi) {
    // Layout: the classes (1 KiB) at 0, the table at TABLE_AT, then each chunk's bytes and line ends.
    this.dataAt = TABLE_AT + automaton.table.byteLength;
    this.memory = new wasm.Memory({ initial: Math.ceil((this.dataAt + 5 * (1 << 18)) / PAGE) });
    const module = new wasm.Module(assembleChunkScanner());
    const instance = new wasm.Instance(module, { env: { memory: this.memory } });
    this.scanChunk = instance.exports.scanChunk as WasmKernel['scanChunk'];
    this.view = new Uint8Array(this.memory.buffer);
    new Int32Array(this.memory.buffer, 0, 256).set(automaton.classes);
    new Int32Array(this.memory.buffer, TABLE_AT, automaton.table.length).set(automaton.table);
  }

  split(bytes: Uint8Array, from: number, to: number, ends: Int32Array): number {
    const length = to - from;
    if (length <= 0) return 0;
    // Layout after the table: the bytes, then room for one line end per byte.
    const bytesAt = this.dataAt;
    const outAt = (bytesAt + length + 3) & ~3;
    this.ensure(outAt + 4 * length);
    this.view.set(bytes.subarray(from, to), bytesAt);
    const count = this.scanChunk(bytesAt, bytesAt + length, outAt, from - bytesAt);
    ends.set(new Int32Array(this.memory.buffer, outAt, count));
    return count;
  }

  private ensure(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes <= have) return;
    this.memory.grow(Math.ceil((bytes - have) / PAGE));
    this.view = new Uint8Array(this.memory.buffer);
  }
}
