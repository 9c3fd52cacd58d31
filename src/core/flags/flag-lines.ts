// Adapts the engine's flat list of references (one record per reference) to the per-line input
// of the rules, keeping the order in which the diff listed them.
import type { FlagReference } from './matcher.js';
import type { FlagLine } from './rules.js';

/** One reference as the diff scanner reports it. */
export interface LocatedReference {
  readonly flag: string;
  readonly source: string;
  readonly written?: string;
  readonly change: 'added' | 'removed';
  readonly file: string;
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly text: string;
  readonly textAbove?: string;
}

/** Groups consecutive references of the same file, side and line into FlagLines. */
export function groupReferencesByLine(references: Iterable<LocatedReference>): FlagLine[] {
  const lines: FlagLine[] = [];
  let current: { line: FlagLine; references: FlagReference[] } | undefined;
  for (const reference of references) {
    const same = current !== undefined && current.line.file === reference.file && current.line.line === reference.line && current.line.side === reference.change;
    if (!same) {
      const references: FlagReference[] = [];
      const line: FlagLine = {
        file: reference.file,
        line: reference.line,
        side: reference.change,
        text: reference.text,
        ...(reference.textAbove === undefined ? {} : { previousText: reference.textAbove }),
        references,
      };
      lines.push(line);
      current = { line, references };
    }
    current!.references.push({
      flag: reference.flag,
      index: reference.column - 1,
      source: reference.source,
      ...(reference.written === undefined ? {} : { written: reference.written }),
    });
  }
  return lines;
}
