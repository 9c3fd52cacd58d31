// The WebAssembly binary of the prefilter's chunk scanner, assembled from readable instructions.
// Equivalent JavaScript (JsKernel in anchor-kernel.ts is the same loop):
//
//   for (p = start, s = 0; p < end; p++) {
//     if (mem[p] == LF) { out[n++] = p + shift; s = 0; continue; }
//     s = table[s + classes[mem[p]]];
//     if (s < 0) { find the next LF at p; out[n++] = ~(p + shift); s = 0; }   // a marked line
//   }
//   return n;

// Opcodes (WebAssembly core spec, section 5.4).
const BLOCK = 0x02;
const LOOP = 0x03;
const IF = 0x04;
const END = 0x0b;
const BR = 0x0c;
const BR_IF = 0x0d;
const VOID = 0x40;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_LOAD = 0x28;
const I32_LOAD8_U = 0x2d;
const I32_STORE = 0x36;
const I32_CONST = 0x41;
const I32_EQ = 0x46;
const I32_LT_S = 0x48;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_XOR = 0x73;
const I32_SHL = 0x74;
const I32 = 0x7f;
/** -1 as a signed LEB128 immediate. */
const MINUS_ONE = 0x7f;
const LF = 10;

// Parameters and locals, by index.
const P = 0;
const END_AT = 1;
const OUT = 2;
const TABLE = 3;
const CLASSES = 4;
const SHIFT = 5;
const STATE = 6;
const COUNT = 7;
const BYTE = 8;

const get = (local: number): number[] => [LOCAL_GET, local];
const set = (local: number): number[] => [LOCAL_SET, local];
const constant = (value: number): number[] => [I32_CONST, value];
const increment = (local: number): number[] => [...get(local), ...constant(1), I32_ADD, ...set(local)];
/** i32.load / store with the natural alignment (2^2) and a byte offset. */
const load32 = [I32_LOAD, 2, 0];
const load8 = [I32_LOAD8_U, 0, 0];
const store32 = [I32_STORE, 2, 0];
/** out[count] = <value on the stack>: pushes the address first, so the value comes second. */
const outSlot = [...get(OUT), ...get(COUNT), ...constant(2), I32_SHL, I32_ADD];
/** After a line's LF: count it, restart the automaton, step past the LF. */
const nextLine = [...increment(COUNT), ...constant(0), ...set(STATE), ...increment(P)];

const body: number[] = [
  BLOCK, VOID, // exit
  LOOP, VOID, // main: one byte per turn
  // if (p >= end) exit
  ...get(P), ...get(END_AT), I32_GE_U, BR_IF, 1,
  // if ((byte = mem[p]) == LF) { out[count] = p + shift; next line; continue main }
  ...get(P), ...load8, LOCAL_TEE, BYTE, ...constant(LF), I32_EQ, IF, VOID,
  ...outSlot, ...get(P), ...get(SHIFT), I32_ADD, ...store32,
  ...nextLine,
  BR, 1,
  END,
  // state = table[state + classes[byte]]; p++
  ...get(TABLE), ...get(STATE), ...get(CLASSES), ...get(BYTE), I32_ADD, ...load8, I32_ADD,
  ...constant(2), I32_SHL, I32_ADD, ...load32, LOCAL_TEE, STATE,
  ...increment(P),
  // if (state < 0): an anchor ends here; find the LF, mark the line
  ...constant(0), I32_LT_S, IF, VOID,
  BLOCK, VOID, // no LF before end
  LOOP, VOID, // seek
  ...get(P), ...get(END_AT), I32_GE_U, BR_IF, 1,
  ...get(P), ...load8, ...constant(LF), I32_EQ, IF, VOID,
  ...outSlot, ...get(P), ...get(SHIFT), I32_ADD, I32_CONST, MINUS_ONE, I32_XOR, ...store32,
  ...nextLine,
  BR, 4, // continue main
  END,
  ...increment(P),
  BR, 0, // continue seek
  END,
  END,
  BR, 2, // the line has no LF yet: exit
  END,
  BR, 0, // continue main
  END,
  END,
  ...get(COUNT),
  END,
];

function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  do {
    let byte = rest & 0x7f;
    rest >>>= 7;
    if (rest !== 0) byte |= 0x80;
    out.push(byte);
  } while (rest !== 0);
  return out;
}

function section(id: number, content: readonly number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

function name(text: string): number[] {
  return [text.length, ...Array.from(text, (ch) => ch.charCodeAt(0))];
}

/**
 * The module: imports `env.memory`, exports
 * `scanChunk(start, end, out, table, classes, shift) -> lines`.
 */
export function assembleChunkScanner(): Uint8Array<ArrayBuffer> {
  const code = [1, 3, I32, ...body]; // one local group: 3 i32 locals
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    ...section(1, [1, 0x60, 6, I32, I32, I32, I32, I32, I32, 1, I32]), // type: (i32 x6) -> i32
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // import memory, min 1 page
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(7, [1, ...name('scanChunk'), 0x00, 0]), // export function 0
    ...section(10, [1, ...unsignedLeb(code.length), ...code]),
  ]);
}
