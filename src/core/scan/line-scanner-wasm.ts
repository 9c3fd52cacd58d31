// The WebAssembly binary of the prefilter's line scanner, assembled from readable instructions.
// Equivalent JavaScript (JsKernel in anchor-kernel.ts is the same loop):
//
//   for (i = 0; i < count; i++) {
//     p = lines[2i]; end = lines[2i+1]; s = 0;
//     while (p < end) { s = table[s + classes[mem[p]]]; if (s < 0) { out[hits++] = i; break; } p++; }
//   }
//   return hits;

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
const I32_LT_S = 0x48;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const I32 = 0x7f;

// Parameters and locals, by index.
const LINES = 0;
const COUNT = 1;
const OUT = 2;
const TABLE = 3;
const CLASSES = 4;
const LINE = 5;
const P = 6;
const END_AT = 7;
const STATE = 8;
const HITS = 9;

const get = (local: number): number[] => [LOCAL_GET, local];
const set = (local: number): number[] => [LOCAL_SET, local];
const constant = (value: number): number[] => [I32_CONST, value];
const increment = (local: number): number[] => [...get(local), ...constant(1), I32_ADD, ...set(local)];
/** i32.load / store with the natural alignment (2^2) and a byte offset. */
const load32 = (offset: number): number[] => [I32_LOAD, 2, offset];
const load8 = [I32_LOAD8_U, 0, 0];
const store32 = [I32_STORE, 2, 0];

const body: number[] = [
  BLOCK, VOID,
  LOOP, VOID,
  // if (line >= count) break
  ...get(LINE), ...get(COUNT), I32_GE_U, BR_IF, 1,
  // p = lines + line*8; end = load(p + 4); p = load(p); state = 0
  ...get(LINES), ...get(LINE), ...constant(3), I32_SHL, I32_ADD, LOCAL_TEE, P,
  ...load32(4), ...set(END_AT),
  ...get(P), ...load32(0), ...set(P),
  ...constant(0), ...set(STATE),
  BLOCK, VOID,
  LOOP, VOID,
  // if (p >= end) next line
  ...get(P), ...get(END_AT), I32_GE_U, BR_IF, 1,
  // state = table[(state + classes[mem[p]]) * 4]
  ...get(TABLE), ...get(STATE), ...get(CLASSES), ...get(P), ...load8, I32_ADD, ...load8, I32_ADD,
  ...constant(2), I32_SHL, I32_ADD, ...load32(0), LOCAL_TEE, STATE,
  // if (state < 0) { out[hits++] = line; next line }
  ...constant(0), I32_LT_S, IF, VOID,
  ...get(OUT), ...get(HITS), ...constant(2), I32_SHL, I32_ADD, ...get(LINE), ...store32,
  ...increment(HITS),
  BR, 2,
  END,
  ...increment(P),
  BR, 0,
  END,
  END,
  ...increment(LINE),
  BR, 0,
  END,
  END,
  ...get(HITS),
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

/** The module: imports `env.memory`, exports `scanLines(lines, count, out, table, classes) -> hits`. */
export function assembleLineScanner(): Uint8Array<ArrayBuffer> {
  const code = [1, 5, I32, ...body]; // one local group: 5 i32 locals
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 1, I32]), // type: (i32 x5) -> i32
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // import memory, min 1 page
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(7, [1, ...name('scanLines'), 0x00, 0]), // export function 0
    ...section(10, [1, ...unsignedLeb(code.length), ...code]),
  ]);
}
