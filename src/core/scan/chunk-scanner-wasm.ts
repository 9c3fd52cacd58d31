// The WebAssembly binary of the prefilter's chunk scanner, assembled from readable instructions.
// Equivalent JavaScript (JsKernel in anchor-kernel.ts is the same loop; `classes` at address 0,
// the table at TABLE_AT, states and classes are byte offsets):
//
//   for (p = start, s = 0, marked = 0; p < end; p++) {
//     if (mem[p] == LF) { out[n++] = (p + shift) ^ -marked; s = 0; marked = 0; continue; }
//     s = table[s + classes[mem[p]]];
//     if (s < 0) { s = ~s; hits[h++] = p + shift; hits[h++] = s; marked = 1; }   // an anchor ends here
//   }
//   mem[HIT_COUNT_AT] = h / 2;
//   return n;
//
// The LF test comes first and apart from the table: it depends on the byte only, so the CPU
// resolves it early; the chain from one byte's state to the next is one add and one load.

/** Where the scanner leaves the number of hits of its last call (after the 256 classes at 0). */
export const HIT_COUNT_AT = 1024;
/** Where the table starts in memory (a cache line after the classes and the hit count). */
export const TABLE_AT = 1088;

// Opcodes (WebAssembly core spec, section 5.4).
const BLOCK = 0x02;
const LOOP = 0x03;
const IF = 0x04;
const ELSE = 0x05;
const END = 0x0b;
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
const I32_LT_U = 0x49;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_SUB = 0x6b;
const I32_XOR = 0x73;
const I32_SHL = 0x74;
const I32_SHR_U = 0x76;
const I32 = 0x7f;
/** -1 as a signed LEB128 immediate (also LINE_END). */
const MINUS_ONE = 0x7f;
const LF = 10;

// Parameters and locals, by index.
const P = 0;
const END_AT = 1;
const OUT = 2;
const SHIFT = 3;
const HITS = 4;
const STATE = 5;
const COUNT = 6;
const BYTE = 7;
const MARKED = 8;
const HIT = 9;

const get = (local: number): number[] => [LOCAL_GET, local];
const set = (local: number): number[] => [LOCAL_SET, local];
const constant = (value: number): number[] => [I32_CONST, value];
const increment = (local: number): number[] => [...get(local), ...constant(1), I32_ADD, ...set(local)];
/** i32.load / store with the natural alignment (2^2) and a byte offset (unsigned LEB128). */
const load32 = (offset: number): number[] => [I32_LOAD, 2, ...unsignedLeb(offset)];
const load8 = [I32_LOAD8_U, 0, 0];
const store32 = [I32_STORE, 2, 0];
/** out[count] = <value on the stack>: pushes the address first, so the value comes second. */
const outSlot = [...get(OUT), ...get(COUNT), ...constant(2), I32_SHL, I32_ADD];

/** The function's body (built on demand: nothing runs at import). */
function scannerBody(): number[] {
  return [
    ...get(HITS), ...set(HIT),
    BLOCK, VOID, // exit
    ...get(P), ...get(END_AT), I32_GE_U, BR_IF, 0,
    LOOP, VOID, // main: one byte per turn
    // if ((byte = mem[p]) == LF) { out[count++] = (p + shift) ^ -marked; state = 0; marked = 0 }
    ...get(P), ...load8, LOCAL_TEE, BYTE, ...constant(LF), I32_EQ, IF, VOID,
    ...outSlot, ...get(P), ...get(SHIFT), I32_ADD, ...constant(0), ...get(MARKED), I32_SUB, I32_XOR, ...store32,
    ...increment(COUNT), ...constant(0), ...set(STATE), ...constant(0), ...set(MARKED),
    ELSE,
    // state = table[state + classes[byte]]
    ...get(STATE), ...get(BYTE), ...constant(2), I32_SHL, ...load32(0), I32_ADD,
    ...load32(TABLE_AT), LOCAL_TEE, STATE,
    // if (state < 0): an anchor ends here; state = ~state; record the hit, mark the line
    ...constant(0), I32_LT_S, IF, VOID,
    ...get(STATE), I32_CONST, MINUS_ONE, I32_XOR, ...set(STATE),
    ...get(HIT), ...get(P), ...get(SHIFT), I32_ADD, ...store32,
    ...get(HIT), ...get(STATE), I32_STORE, 2, 4,
    ...get(HIT), ...constant(8), I32_ADD, ...set(HIT),
    ...constant(1), ...set(MARKED),
    END,
    END,
    ...increment(P),
    ...get(P), ...get(END_AT), I32_LT_U, BR_IF, 0, // main on
    END,
    END,
    // mem[HIT_COUNT_AT] = (hit - hits) >> 3
    ...constant(0), ...get(HIT), ...get(HITS), I32_SUB, ...constant(3), I32_SHR_U, I32_STORE, 2, ...unsignedLeb(HIT_COUNT_AT),
    ...get(COUNT),
    END,
  ];
}

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
 * `scanChunk(start, end, out, shift, hits) -> lines`.
 */
export function assembleChunkScanner(): Uint8Array<ArrayBuffer> {
  const code = [1, 5, I32, ...scannerBody()]; // one local group: 5 i32 locals
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 1, I32]), // type: (i32 x5) -> i32
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // import memory, min 1 page
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(7, [1, ...name('scanChunk'), 0x00, 0]), // export function 0
    ...section(10, [1, ...unsignedLeb(code.length), ...code]),
  ]);
}
