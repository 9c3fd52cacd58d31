// Scanning a whole diff held in memory (tests, small inputs): parser and scanner wired together.
import { DiffParser } from '../diff/diff-parser.js';
import { DiffScanner, type DiffScannerOptions, type DiffScanResult, type MatcherSelection } from './diff-scanner.js';

export interface ScanDiffOptions extends DiffScannerOptions {
  /** Content lines longer than this many bytes are skipped and reported. Default 4096. */
  readonly maxLineBytes?: number;
  /** Lines are read in batches of about this many bytes (DiffParserOptions.batchBytes). */
  readonly batchBytes?: number;
}

/** The default cap on scanned line length: longer lines are minified or generated code. */
export const DEFAULT_MAX_LINE_BYTES = 4096;

/** Creates a parser and scanner pair for streaming: push chunks to `parser`, read `scanner`. */
export function createDiffScan(selection: MatcherSelection, options: ScanDiffOptions = {}): { parser: DiffParser; scanner: DiffScanner; result(): DiffScanResult } {
  const scanner = new DiffScanner(selection, options);
  const parser = new DiffParser(scanner, {
    maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    selector: scanner.selector,
    ...(options.batchBytes === undefined ? {} : { batchBytes: options.batchBytes }),
  });
  return {
    parser,
    scanner,
    result: () => ({ lines: scanner.lines, skipped: scanner.skipped, stats: scanner.stats, files: parser.seenFiles }),
  };
}

/** Scans diff output given as chunks (in any split); the parser is ended after the last one. */
export function scanDiffChunks(chunks: Iterable<Uint8Array>, selection: MatcherSelection, options: ScanDiffOptions = {}): DiffScanResult {
  const scan = createDiffScan(selection, options);
  for (const chunk of chunks) scan.parser.push(chunk);
  scan.parser.end();
  return scan.result();
}
