// The prefilter's inner loop: which lines of a batch contain an anchor. A tiny WebAssembly
// function runs the automaton (about 1.5x the speed of the same loop in JavaScript, and flat in
// the number of anchors); the JavaScript loop is the fallback where WebAssembly is unavailable.
import type { LineBatch } from '../diff/diff-types.js';
import type { AnchorAutomaton } from './anchor-automaton.js';
import { assembleLineScanner } from './line-scanner-wasm.js';

/** Finds the lines of a batch that contain at least one anchor. */
export interface AnchorKernel {
  readonly kind: 'wasm' | 'js';
  /**
   * Writes the indexes (into the batch) of the lines that contain an anchor to `out`, in order,
   * and returns how many. `out` must have room for `batch.count` entries.
   */
  findLines(batch: LineBatch, out: Int32Array): number;
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

/** Builds the fastest kernel available; `prefer: 'js'` forces the fallback (tests, benchmarks). */
export function createAnchorKernel(automaton: AnchorAutomaton, prefer: 'wasm' | 'js' = 'wasm'): AnchorKernel {
  if (automaton.matchesNothing) return { kind: 'js', findLines: () => 0 };
  if (automaton.matchesEverything) return { kind: 'js', findLines: findAllLines };
  const wasm = findWasm();
  if (prefer === 'wasm' && wasm !== undefined) return new WasmKernel(automaton, wasm);
  return new JsKernel(automaton);
}

function findAllLines(batch: LineBatch, out: Int32Array): number {
  for (let i = 0; i < batch.count; i++) out[i] = i;
  return batch.count;
}

class JsKernel implements AnchorKernel {
  readonly kind = 'js';
  constructor(private readonly automaton: AnchorAutomaton) {}

  findLines(batch: LineBatch, out: Int32Array): number {
    const { table, classes } = this.automaton;
    const { bytes, starts, ends, count } = batch;
    let hits = 0;
    for (let line = 0; line < count; line++) {
      let state = 0;
      for (let p = starts[line]!, end = ends[line]!; p < end; p++) {
        state = table[state + classes[bytes[p]!]!]!;
        if (state < 0) {
          out[hits++] = line;
          break;
        }
      }
    }
    return hits;
  }
}

const PAGE = 65536;

class WasmKernel implements AnchorKernel {
  readonly kind = 'wasm';
  private readonly memory: WasmMemory;
  private readonly scanLines: (lines: number, count: number, out: number, table: number, classes: number) => number;
  private readonly classesAt: number;
  private readonly dataAt: number;
  private view: Uint8Array;

  constructor(automaton: AnchorAutomaton, wasm: WasmApi) {
    const tableBytes = automaton.table.byteLength;
    this.classesAt = tableBytes;
    this.dataAt = tableBytes + 256;
    this.memory = new wasm.Memory({ initial: Math.ceil((this.dataAt + (1 << 20)) / PAGE) });
    const module = new wasm.Module(assembleLineScanner());
    const instance = new wasm.Instance(module, { env: { memory: this.memory } });
    this.scanLines = instance.exports.scanLines as WasmKernel['scanLines'];
    this.view = new Uint8Array(this.memory.buffer);
    new Int32Array(this.memory.buffer, 0, automaton.table.length).set(automaton.table);
    this.view.set(automaton.classes, this.classesAt);
  }

  findLines(batch: LineBatch, out: Int32Array): number {
    const { count, starts, ends, bytes } = batch;
    if (count === 0) return 0;
    const first = starts[0]!;
    const last = ends[count - 1]!;
    // Layout after the table and classes: line pairs, hit indexes, then the bytes.
    const linesAt = this.dataAt;
    const outAt = linesAt + count * 8;
    const bytesAt = outAt + count * 4;
    this.ensure(bytesAt + (last - first));
    const view = this.view;
    view.set(bytes.subarray(first, last), bytesAt);
    const pairs = new Int32Array(this.memory.buffer, linesAt, count * 2);
    const shift = bytesAt - first;
    for (let i = 0; i < count; i++) {
      pairs[2 * i] = starts[i]! + shift;
      pairs[2 * i + 1] = ends[i]! + shift;
    }
    const hits = this.scanLines(linesAt, count, outAt, 0, this.classesAt);
    out.set(new Int32Array(this.memory.buffer, outAt, hits));
    return hits;
  }

  private ensure(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes <= have) return;
    this.memory.grow(Math.ceil((bytes - have) / PAGE));
    this.view = new Uint8Array(this.memory.buffer);
  }
}
