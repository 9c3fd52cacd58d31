// The anchors of a whole file (the inventory's prefilter, core/flags/blob-references.ts): the
// same answer as findAnchors, walked by the WebAssembly anchor kernel (several runs of lines at
// once, about three times faster than the JavaScript loop on source files) where it is available.
import { findAnchors, type AnchorAutomaton } from './anchor-automaton.js';
import { createAnchorKernel, type AnchorKernel } from './anchor-kernel.js';

/**
 * Files up to this size go through the kernel: its memory grows with the largest input (about
 * 33 bytes per byte) and never shrinks, so a rare larger file takes the JavaScript loop instead.
 */
export const KERNEL_MAX_FILE_BYTES = 1 << 17;

/**
 * Bytes walked by the JavaScript loop before the kernel is made: making it (compiling the module,
 * a few MiB of memory, the table copied in) costs more than a warm run's few files take.
 */
export const KERNEL_AFTER_BYTES = 1 << 20;

const LF = 10;
/** A cap on line length the kernel's records would use: the inventory reads only its hits. */
const NO_LINE_CAP = 0x7ffffffe;

/** Finds the anchors of whole files; reuses its kernel from file to file (not reentrant). */
export interface FileAnchorFinder {
  /**
   * As findAnchors(automaton, bytes, 0, bytes.length, found, ends): the anchors (indexes into
   * the compiled anchors) in order of their end, `ends[k]` the offset after the last byte, at
   * most `found.length` of them; returns how many.
   */
  find(bytes: Uint8Array, found: Int32Array, ends: Int32Array): number;
}

/** `prefer: 'js'` forces the JavaScript loop; `kernelAfterBytes` (default KERNEL_AFTER_BYTES) 0 takes the kernel at once (tests). */
export function createFileAnchorFinder(automaton: AnchorAutomaton, options: { readonly prefer?: 'wasm' | 'js'; readonly kernelAfterBytes?: number } = {}): FileAnchorFinder {
  const useKernel = options.prefer !== 'js' && !automaton.matchesNothing && !automaton.matchesEverything;
  const kernelAfterBytes = options.kernelAfterBytes ?? KERNEL_AFTER_BYTES;
  // Made once the JavaScript loop has walked kernelAfterBytes (a warm run that reads a few files compiles no WebAssembly).
  let kernel: AnchorKernel | undefined;
  let walked = 0;
  const { table, classes, width, outputStarts, outputs } = automaton;
  const rowBytes = width * 4;
  return {
    find(bytes, found, ends) {
      if (!useKernel || bytes.length > KERNEL_MAX_FILE_BYTES) return findAnchors(automaton, bytes, 0, bytes.length, found, ends);
      if (kernel === undefined) {
        if (walked < kernelAfterBytes) {
          walked += bytes.length;
          return findAnchors(automaton, bytes, 0, bytes.length, found, ends);
        }
        kernel = createAnchorKernel(automaton);
      }
      if (kernel.kind !== 'wasm') return findAnchors(automaton, bytes, 0, bytes.length, found, ends);
      const capacity = found.length;
      let count = 0;
      // The kernel walks whole lines; an LF leads every state back to the root, so the last line
      // without one is walked here from the root.
      const linesEnd = bytes.lastIndexOf(LF) + 1;
      if (linesEnd > 0) {
        kernel.select(bytes, 0, linesEnd, NO_LINE_CAP);
        const taken = kernel.takeHits();
        const hits = taken?.hits;
        const hitCount = taken?.count ?? 0;
        for (let h = 0; h < hitCount && count < capacity; h++) {
          const end = hits![2 * h]! + 1;
          const index = hits![2 * h + 1]! / rowBytes;
          for (let k = outputStarts[index]!, last = outputStarts[index + 1]!; k < last && count < capacity; k++) {
            found[count] = outputs[k]!;
            ends[count++] = end;
          }
        }
      }
      let state = 0;
      for (let p = linesEnd; p < bytes.length; p++) {
        state = table[(state + classes[bytes[p]!]!) >> 2]!;
        if (state >= 0) continue;
        state = ~state;
        const index = state / rowBytes;
        for (let k = outputStarts[index]!, last = outputStarts[index + 1]!; k < last && count < capacity; k++) {
          found[count] = outputs[k]!;
          ends[count++] = p + 1;
        }
      }
      return count;
    },
  };
}
