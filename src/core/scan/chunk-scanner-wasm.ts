// The WebAssembly binary of the prefilter's chunk scanner, assembled from readable instructions.
// Equivalent JavaScript (JsKernel in anchor-kernel.ts is the same loop; `classes` at address 0,
// the table at TABLE_AT, states and classes are byte offsets):
//
//   for (p = start, s = 0; p < end; p++) {
//     if (mem[p] == LF) { out[n++] = p + shift; s = 0; continue; }
//     s = table[s + classes[mem[p]]];
//     if (s < 0) { find the next LF after p, or stop; out[n++] = ~(p + shift); s = 0; }   // a marked line
//   }
//   return n;
//
// The LF test comes first and apart from the table: it depends on the byte only, so the CPU
// resolves it early; the chain from one byte's state to the next is one add and one load.

/** Where the table starts in memory: after the 256 classes (4 bytes each) at address 0. */
export const TABLE_AT = 1024;

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
const I32_NE = 0x47;
const I32_LT_S = 0x48;
const I32_LT_U = 0x49;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_XOR = 0x73;
const I32_SHL = 0x74;
const I32 = 0x7f;
/** -1 as a signed LEB128 immediate (also LINE_END). */
const MINUS_ONE = 0x7f;
const LF = 10;

// Parameters and locals, by index.
const P = 0;
const END_AT = 1;
const OUT = 2;
const SHIFT = 3;
const STATE = 4;
const COUNT = 5;
const BYTE = 6;

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
    BLOCK, VOID, // exit
    ...get(P), ...get(END_AT), I32_GE_U, BR_IF, 0,
    LOOP, VOID, // main: one byte per turn
    // if ((byte = mem[p]) == LF) { out[count++] = p + shift; state = 0 }
    ...get(P), ...load8, LOCAL_TEE, BYTE, ...constant(LF), I32_EQ, IF, VOID,
    ...outSlot, ...get(P), ...get(SHIFT), I32_ADD, ...store32,
    ...increment(COUNT), ...constant(0), ...set(STATE),
    ELSE,
    // state = table[state + classes[byte]]
    ...get(STATE), ...get(BYTE), ...constant(2), I32_SHL, ...load32(0), I32_ADD,
    ...load32(TABLE_AT), LOCAL_TEE, STATE,
    // if (state < 0): an anchor ends here; seek the LF (exit when the chunk ends first), mark the line
    ...constant(0), I32_LT_S, IF, VOID,
    LOOP, VOID,
    ...increment(P),
    ...get(P), ...get(END_AT), I32_GE_U, BR_IF, 4, // exit
    ...get(P), ...load8, ...constant(LF), I32_NE, BR_IF, 0, // seek on
    END,
    ...outSlot, ...get(P), ...get(SHIFT), I32_ADD, I32_CONST, MINUS_ONE, I32_XOR, ...store32,
    ...increment(COUNT), ...constant(0), ...set(STATE),
    END,
    END,
    ...increment(P),
    ...get(P), ...get(END_AT), I32_LT_U, BR_IF, 0, // main on
    END,
    END,
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
 * `scanChunk(start, end, out, shift) -> lines`.
 */
export function assembleChunkScanner(): Uint8Array<ArrayBuffer> {
  const code = [1, 3, I32, ...scannerBody()]; // one local group: 3 i32 locals
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    ...section(1, [1, 0x60, 4, I32, I32, I32, I32, 1, I32]), // type: (i32 x4) -> i32
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // import memory, min 1 page
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(7, [1, ...name('scanChunk'), 0x00, 0]), // export function 0
    ...section(10, [1, ...unsignedLeb(code.length), ...code]),
  ]);
}
