// The WebAssembly binary of the prefilter's chunk scanner, assembled from readable instructions.
// One stream of bytes in JavaScript (JsKernel in anchor-kernel.ts is the same loop; `classes` at
// address 0, the table at TABLE_AT, states and classes are byte offsets; LF's table entry is
// always ~0, see anchor-automaton.ts LINE_END; `stream` is the stream's fields):
//
//   for (; p < end; p++) {
//     s = table[s + classes[mem[p]]];
//     if (s < 0) onEnd(stream, p, s = ~s);
//   }
//   record(-1, stream.lineStart - 1)   // the counts after the last record
//
//   onEnd(stream, p, s):
//     if (s != 0) { mem[hit] = p + shift; mem[hit + 4] = s; hit += 8; marked = 1; return; }  // an anchor ends at p
//     // a line ends at p (LF): count it if plain, record any other (LineRecords.endLine)
//     first = mem[lineStart];
//     if (!marked && (first == '+' || first == '-') && p - lineStart <= cap1) {
//       first == '+' ? (plus++, lastPlus = lineStart) : (minus++, lastMinus = lineStart);
//     } else {
//       record(lineStart, p ^ -marked)   // [start, end, plus, minus, lastPlus, lastMinus] (+ shift); plus = minus = 0
//     }
//     lineStart = p + 1; marked = 0;
//
// Each byte's state waits on the previous one's (an add and a load), so one stream of bytes
// leaves the CPU mostly idle: `scanAll` walks STREAMS streams (runs of whole lines) in one loop
// that holds only their positions and states, and leaves it only when one of them meets a
// negative entry (1 byte in 50 or so). The streams' other fields wait in memory for onEnd.

/**
 * A stream's fields between bytes, in memory (byte offsets in its block): only a line's or an
 * anchor's end reads or writes them, so the loop over the bytes keeps nothing but the streams'
 * positions and automaton states in registers.
 */
export const StreamField = { OUT: 0, HIT: 4, MARKED: 8, LINE_START: 12, PLUS: 16, MINUS: 20, LAST_PLUS: 24, LAST_MINUS: 28 } as const;
/** The fields of stream k (0 to STREAMS - 1) are at STREAMS_AT + k * STREAM_BYTES. */
export const STREAMS = 4;
export const STREAMS_AT = 1024;
export const STREAM_BYTES = 32;
/** Added to a memory address to make it an offset in the caller's bytes. */
export const SHIFT_AT = STREAMS_AT + STREAMS * STREAM_BYTES;
/** The cap on a plain line's bytes after its marker, plus one (compared unsigned). */
export const CAP1_AT = SHIFT_AT + 4;
/** Where the table starts in memory (cache-line aligned, after the classes and the streams). */
export const TABLE_AT = 1216;
/** Bytes per record (RECORD_WORDS words). */
export const RECORD_BYTES = 24;

// Opcodes (WebAssembly core spec, section 5.4).
const BLOCK = 0x02;
const LOOP = 0x03;
const IF = 0x04;
const ELSE = 0x05;
const END = 0x0b;
const BR = 0x0c;
const BR_IF = 0x0d;
const RETURN = 0x0f;
const CALL = 0x10;
const SELECT = 0x1b;
const VOID = 0x40;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_LOAD = 0x28;
const I32_LOAD8_U = 0x2d;
const I32_STORE = 0x36;
const I32_CONST = 0x41;
const I32_EQZ = 0x45;
const I32_EQ = 0x46;
const I32_LT_S = 0x48;
const I32_LT_U = 0x49;
const I32_LE_U = 0x4d;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_SUB = 0x6b;
const I32_AND = 0x71;
const I32_OR = 0x72;
const I32_XOR = 0x73;
const I32_SHL = 0x74;
const I32 = 0x7f;
const PLUS = 43;
// Function indexes.
const ON_END = 0;
const SCAN_ONE = 1;
const SCAN_ALL = 2;

const get = (local: number): number[] => [LOCAL_GET, local];
const set = (local: number): number[] => [LOCAL_SET, local];
const constant = (value: number): number[] => [I32_CONST, ...signedLeb(value)];
const add = (local: number, value: number): number[] => [...get(local), ...constant(value), I32_ADD, ...set(local)];
/** i32.load / store with the natural alignment (2^2) and a byte offset. */
const load32 = (offset: number): number[] => [I32_LOAD, 2, ...unsignedLeb(offset)];
const store32 = (offset: number): number[] => [I32_STORE, 2, ...unsignedLeb(offset)];
const load8 = [I32_LOAD8_U, 0, 0];
/** A word at a fixed address. */
const global = (address: number): number[] => [...constant(0), ...load32(address)];

/**
 * onEnd(stream, p, state): a negative table entry at p, `state` its complement. An anchor's end
 * (state != 0) is recorded as a hit; a line's (state 0, LF) is counted or recorded.
 */
function onEndBody(): number[] {
  const [stream, p, state, start, first, out] = [0, 1, 2, 3, 4, 5];
  const field = (name: keyof typeof StreamField): number[] => [...get(stream), ...load32(StreamField[name])];
  const setField = (name: keyof typeof StreamField, value: number[]): number[] => [...get(stream), ...value, ...store32(StreamField[name])];
  const shifted = (value: number[]): number[] => [...value, ...global(SHIFT_AT), I32_ADD];
  return [
    1, 3, I32, // locals: start, first, out
    ...get(state), IF, VOID,
    ...field('HIT'), LOCAL_TEE, out, ...shifted(get(p)), ...store32(0),
    ...get(out), ...get(state), ...store32(4),
    ...setField('HIT', [...get(out), ...constant(8), I32_ADD]),
    ...setField('MARKED', constant(1)),
    RETURN,
    END,
    ...field('LINE_START'), LOCAL_TEE, start, ...load8, ...set(first),
    // !marked && ((first - '+') & ~2) == 0 && p - start <= cap1: a plain line, counted
    ...field('MARKED'), I32_EQZ,
    ...get(first), ...constant(PLUS), I32_SUB, ...constant(-3), I32_AND, I32_EQZ, I32_AND,
    ...get(p), ...get(start), I32_SUB, ...global(CAP1_AT), I32_LE_U, I32_AND,
    IF, VOID,
    ...get(first), ...constant(PLUS), I32_EQ, IF, VOID,
    ...setField('PLUS', [...field('PLUS'), ...constant(1), I32_ADD]),
    ...setField('LAST_PLUS', get(start)),
    ELSE,
    ...setField('MINUS', [...field('MINUS'), ...constant(1), I32_ADD]),
    ...setField('LAST_MINUS', get(start)),
    END,
    ELSE,
    ...record(stream, out, shifted(get(start)), [...shifted(get(p)), ...constant(0), ...field('MARKED'), I32_SUB, I32_XOR]),
    END,
    ...setField('LINE_START', [...get(p), ...constant(1), I32_ADD]),
    ...setField('MARKED', constant(0)),
    END,
  ];
}

/** Writes a record (its START and END words given) at the stream's OUT, moves OUT past it and zeroes the counts. */
function record(stream: number, out: number, start: number[], end: number[]): number[] {
  const field = (name: keyof typeof StreamField): number[] => [...get(stream), ...load32(StreamField[name])];
  const shifted = (value: number[]): number[] => [...value, ...global(SHIFT_AT), I32_ADD];
  return [
    ...field('OUT'), LOCAL_TEE, out, ...start, ...store32(0),
    ...get(out), ...end, ...store32(4),
    ...get(out), ...field('PLUS'), ...store32(8),
    ...get(out), ...field('MINUS'), ...store32(12),
    ...get(out), ...shifted(field('LAST_PLUS')), ...store32(16),
    ...get(out), ...shifted(field('LAST_MINUS')), ...store32(20),
    ...get(stream), ...get(out), ...constant(RECORD_BYTES), I32_ADD, ...store32(StreamField.OUT),
    ...get(stream), ...constant(0), ...store32(StreamField.PLUS),
    ...get(stream), ...constant(0), ...store32(StreamField.MINUS),
  ];
}

/** One byte of a stream: a step through the automaton; a negative entry goes to onEnd. */
function step(stream: number[], p: number, state: number): number[] {
  return [
    // state = table[state + classes[mem[p]]]; if (state < 0) onEnd(stream, p, state = ~state)
    ...get(state), ...get(p), ...load8, ...constant(2), I32_SHL, ...load32(0), I32_ADD,
    ...load32(TABLE_AT), LOCAL_TEE, state, ...constant(0), I32_LT_S, IF, VOID,
    ...stream, ...get(p), ...get(state), ...constant(-1), I32_XOR, LOCAL_TEE, state, CALL, ON_END,
    END,
  ];
}

/**
 * scanOne(stream, p, end, state): a stream to its end (from anywhere in a line, with its
 * automaton state and its fields so far), then its last record: the counts after the others.
 */
function scanOneBody(): number[] {
  const [stream, p, end, state, out] = [0, 1, 2, 3, 4];
  const field = (name: keyof typeof StreamField): number[] => [...get(stream), ...load32(StreamField[name])];
  return [
    1, 1, I32, // locals: out
    BLOCK, VOID,
    ...get(p), ...get(end), I32_GE_U, BR_IF, 0,
    LOOP, VOID,
    ...step(get(stream), p, state),
    ...add(p, 1),
    ...get(p), ...get(end), I32_LT_U, BR_IF, 0,
    END,
    END,
    ...record(stream, out, constant(-1), [...field('LINE_START'), ...constant(1), I32_SUB, ...global(SHIFT_AT), I32_ADD]),
    END,
  ];
}

/**
 * scanAll(p0, end0, ..., p3, end3): STREAMS streams, each starting at a line's start, their
 * fields set; all step together for as many bytes as the shortest has, then each is finished
 * alone.
 */
function scanAllBody(): number[] {
  const p = (k: number): number => 2 * k;
  const end = (k: number): number => 2 * k + 1;
  const state = (k: number): number => 2 * STREAMS + k;
  const stop = 3 * STREAMS;
  const streams = Array.from({ length: STREAMS }, (_, k) => k);
  const streamAt = (k: number): number[] => constant(STREAMS_AT + k * STREAM_BYTES);
  return [
    1, STREAMS + 1, I32, // locals: each stream's state, then stop
    // stop = p0 + the shortest stream's length
    ...get(end(0)), ...get(p(0)), I32_SUB, ...set(stop),
    ...streams.slice(1).flatMap((k) => [
      ...get(end(k)), ...get(p(k)), I32_SUB, LOCAL_TEE, state(k), ...get(stop), ...get(state(k)), ...get(stop), I32_LT_U, SELECT, ...set(stop),
    ]),
    ...streams.slice(1).flatMap((k) => [...constant(0), ...set(state(k))]),
    ...get(p(0)), ...get(stop), I32_ADD, ...set(stop),
    BLOCK, VOID, // done
    ...get(p(0)), ...get(stop), I32_GE_U, BR_IF, 0,
    LOOP, VOID, // outer
    BLOCK, VOID, // event
    LOOP, VOID, // inner
    ...streams.flatMap((k) => [...get(state(k)), ...get(p(k)), ...load8, ...constant(2), I32_SHL, ...load32(0), I32_ADD, ...load32(TABLE_AT), ...set(state(k))]),
    // one test for all: some stream met a negative entry
    ...get(state(0)), ...streams.slice(1).flatMap((k) => [...get(state(k)), I32_OR]), ...constant(0), I32_LT_S, BR_IF, 1,
    ...streams.flatMap((k) => add(p(k), 1)),
    ...get(p(0)), ...get(stop), I32_LT_U, BR_IF, 0,
    END, // inner
    BR, 2, // done
    END, // event: each stream with a negative entry, then the next byte of all
    ...streams.flatMap((k) => [
      ...get(state(k)), ...constant(0), I32_LT_S, IF, VOID,
      ...streamAt(k), ...get(p(k)), ...get(state(k)), ...constant(-1), I32_XOR, LOCAL_TEE, state(k), CALL, ON_END,
      END,
    ]),
    ...streams.flatMap((k) => add(p(k), 1)),
    ...get(p(0)), ...get(stop), I32_LT_U, BR_IF, 0,
    END, // outer
    END, // done
    ...streams.flatMap((k) => [...streamAt(k), ...get(p(k)), ...get(end(k)), ...get(state(k)), CALL, SCAN_ONE]),
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
 * The module: imports `env.memory`, exports `scanOne(stream, p, end, state)` and `scanAll(p0,
 * end0, ..., p3, end3)` (their other inputs and results in the stream fields, SHIFT_AT and
 * CAP1_AT).
 */
export function assembleChunkScanner(): Uint8Array<ArrayBuffer> {
  const bodies = [onEndBody(), scanOneBody(), scanAllBody()];
  const params = (count: number): number[] => [count, ...new Array<number>(count).fill(I32)];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    // types: 0 = (i32 x3) -> (), 1 = (i32 x4) -> (), 2 = (i32 x 2 * STREAMS) -> ()
    ...section(1, [3, 0x60, ...params(3), 0, 0x60, ...params(4), 0, 0x60, ...params(2 * STREAMS), 0]),
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // import memory, min 1 page
    ...section(3, [3, 0, 1, 2]), // the functions' types: onEnd, scanOne, scanAll
    ...section(7, [2, ...name('scanOne'), 0x00, SCAN_ONE, ...name('scanAll'), 0x00, SCAN_ALL]), // exports
    ...section(10, [bodies.length, ...bodies.flatMap((body) => [...unsignedLeb(body.length), ...body])]),
  ]);
}
