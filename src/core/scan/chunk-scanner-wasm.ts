// The WebAssembly binary of the prefilter's chunk scanner, assembled from readable instructions.
// `scanOne` in JavaScript (JsKernel in anchor-kernel.ts is the same loop; `classes` at address 0,
// the table at TABLE_AT, states and classes are byte offsets):
//
//   for (n = 0; p < end; p++) {
//     if (mem[p] == LF) { out[n++] = (p + shift) ^ -marked; s = 0; marked = 0; continue; }
//     s = table[s + classes[mem[p]]];
//     if (s < 0) { s = ~s; mem[hit] = p + shift; mem[hit + 4] = s; hit += 8; marked = 1; }   // an anchor ends here
//   }
//   mem[HIT_END_AT] = hit;
//   return n;
//
// Each byte's state waits on the previous one's (an add and a load), so one stream of bytes
// leaves the CPU mostly idle: `scanTwo` walks two streams (two runs of whole lines) in the same
// loop, then finishes the longer one with `scanOne`. The LF test comes first and apart from the
// table: it depends on the byte only, so the CPU resolves it early.

/** `scanTwo`'s results: line ends and hit end of stream 1, then of stream 2 (four words). */
export const RESULTS_AT = 1024;
/** Where `scanOne` leaves the end of its hits. */
export const HIT_END_AT = 1040;
/** Where the table starts in memory (a cache line after the classes and the results). */
export const TABLE_AT = 1088;

// Opcodes (WebAssembly core spec, section 5.4).
const BLOCK = 0x02;
const LOOP = 0x03;
const IF = 0x04;
const ELSE = 0x05;
const END = 0x0b;
const BR_IF = 0x0d;
const CALL = 0x10;
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
const I32_AND = 0x71;
const I32_OR = 0x72;
const I32_XOR = 0x73;
const I32_SHL = 0x74;
const I32 = 0x7f;
/** -1 as a signed LEB128 immediate. */
const MINUS_ONE = 0x7f;
const LF = 10;
const SCAN_ONE = 0;

const get = (local: number): number[] => [LOCAL_GET, local];
const set = (local: number): number[] => [LOCAL_SET, local];
const constant = (value: number): number[] => [I32_CONST, ...signedLeb(value)];
const add = (local: number, value: number): number[] => [...get(local), ...constant(value), I32_ADD, ...set(local)];
/** i32.load / store with the natural alignment (2^2) and a byte offset. */
const load32 = (offset: number): number[] => [I32_LOAD, 2, ...unsignedLeb(offset)];
const store32 = (offset: number): number[] => [I32_STORE, 2, ...unsignedLeb(offset)];
const load8 = [I32_LOAD8_U, 0, 0];

/** The locals one stream of bytes uses (indexes). */
interface Stream {
  p: number;
  end: number;
  out: number;
  hit: number;
  state: number;
  marked: number;
  count: number;
  byte: number;
}

/** One byte of a stream: its line end or its step through the automaton (no branch out). */
function step(s: Stream, shift: number): number[] {
  return [
    // if ((byte = mem[p]) == LF) { out[count++] = (p + shift) ^ -marked; state = 0; marked = 0 }
    ...get(s.p), ...load8, LOCAL_TEE, s.byte, ...constant(LF), I32_EQ, IF, VOID,
    ...get(s.out), ...get(s.count), ...constant(2), I32_SHL, I32_ADD,
    ...get(s.p), ...get(shift), I32_ADD, ...constant(0), ...get(s.marked), I32_SUB, I32_XOR, ...store32(0),
    ...add(s.count, 1), ...constant(0), ...set(s.state), ...constant(0), ...set(s.marked),
    ELSE,
    // state = table[state + classes[byte]]
    ...get(s.state), ...get(s.byte), ...constant(2), I32_SHL, ...load32(0), I32_ADD,
    ...load32(TABLE_AT), LOCAL_TEE, s.state,
    // if (state < 0) { state = ~state; record the hit (offset, state); marked = 1 }
    ...constant(0), I32_LT_S, IF, VOID,
    ...get(s.state), I32_CONST, MINUS_ONE, I32_XOR, ...set(s.state),
    ...get(s.hit), ...get(s.p), ...get(shift), I32_ADD, ...store32(0),
    ...get(s.hit), ...get(s.state), ...store32(4),
    ...add(s.hit, 8), ...constant(1), ...set(s.marked),
    END,
    END,
  ];
}

/** scanOne(p, end, out, shift, hit, state, marked) -> line ends; the hits' end at HIT_END_AT. */
function scanOneBody(): number[] {
  const s: Stream = { p: 0, end: 1, out: 2, hit: 4, state: 5, marked: 6, count: 7, byte: 8 };
  const shift = 3;
  return [
    1, 2, I32, // locals: count, byte
    BLOCK, VOID,
    ...get(s.p), ...get(s.end), I32_GE_U, BR_IF, 0,
    LOOP, VOID,
    ...step(s, shift),
    ...add(s.p, 1),
    ...get(s.p), ...get(s.end), I32_LT_U, BR_IF, 0,
    END,
    END,
    ...constant(0), ...get(s.hit), ...store32(HIT_END_AT),
    ...get(s.count),
    END,
  ];
}

/**
 * scanTwo(p1, end1, p2, end2, out1, out2, hit1, hit2, shift): both streams start at a line's
 * start; their results go to RESULTS_AT.
 */
function scanTwoBody(): number[] {
  const one: Stream = { p: 0, end: 1, out: 4, hit: 6, state: 9, marked: 11, count: 13, byte: 15 };
  const two: Stream = { p: 2, end: 3, out: 5, hit: 7, state: 10, marked: 12, count: 14, byte: 16 };
  const shift = 8;
  /** The rest of a stream by scanOne, from where the common loop left it. */
  const finish = (s: Stream): number[] => [
    ...get(s.count),
    ...get(s.p), ...get(s.end), ...get(s.out), ...get(s.count), ...constant(2), I32_SHL, I32_ADD,
    ...get(shift), ...get(s.hit), ...get(s.state), ...get(s.marked), CALL, SCAN_ONE,
    I32_ADD, ...set(s.count),
    ...constant(0), ...load32(HIT_END_AT), ...set(s.hit),
  ];
  return [
    1, 8, I32, // locals: state, marked, count and byte of each stream
    BLOCK, VOID,
    ...get(one.p), ...get(one.end), I32_GE_U, ...get(two.p), ...get(two.end), I32_GE_U, I32_OR, BR_IF, 0,
    LOOP, VOID,
    ...step(one, shift),
    ...step(two, shift),
    ...add(one.p, 1), ...add(two.p, 1),
    ...get(one.p), ...get(one.end), I32_LT_U, ...get(two.p), ...get(two.end), I32_LT_U, I32_AND, BR_IF, 0,
    END,
    END,
    ...finish(one),
    ...finish(two),
    ...constant(0), ...get(one.count), ...store32(RESULTS_AT),
    ...constant(0), ...get(one.hit), ...store32(RESULTS_AT + 4),
    ...constant(0), ...get(two.count), ...store32(RESULTS_AT + 8),
    ...constant(0), ...get(two.hit), ...store32(RESULTS_AT + 12),
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

function signedLeb(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    if ((rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

function section(id: number, content: readonly number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

function name(text: string): number[] {
  return [text.length, ...Array.from(text, (ch) => ch.charCodeAt(0))];
}

/**
 * The module: imports `env.memory`, exports `scanOne(p, end, out, shift, hit, state, marked) ->
 * lines` and `scanTwo(p1, end1, p2, end2, out1, out2, hit1, hit2, shift)`.
 */
export function assembleChunkScanner(): Uint8Array<ArrayBuffer> {
  const one = scanOneBody();
  const two = scanTwoBody();
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    // types: 0 = (i32 x7) -> i32, 1 = (i32 x9) -> ()
    ...section(1, [2, 0x60, 7, ...new Array<number>(7).fill(I32), 1, I32, 0x60, 9, ...new Array<number>(9).fill(I32), 0]),
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // import memory, min 1 page
    ...section(3, [2, 0, 1]), // function 0 has type 0, function 1 type 1
    ...section(7, [2, ...name('scanOne'), 0x00, SCAN_ONE, ...name('scanTwo'), 0x00, 1]), // exports
    ...section(10, [2, ...unsignedLeb(one.length), ...one, ...unsignedLeb(two.length), ...two]),
  ]);
}
