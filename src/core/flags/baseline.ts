// The baseline: accepted existing findings, keyed by (path, flag, normalized line content) so
// it survives lines moving, written sorted and stable so it never churns in merges.
import type { FlagFinding } from './finding.js';

export const BASELINE_VERSION = 1;

/** One accepted finding. No line number: moving code does not invalidate it. */
export interface BaselineEntry {
  readonly file: string;
  readonly flag: string;
  readonly content: string;
}

export interface FlagBaseline {
  readonly version: typeof BASELINE_VERSION;
  readonly entries: readonly BaselineEntry[];
}

export type BaselineParseResult = { readonly ok: true; readonly baseline: FlagBaseline } | { readonly ok: false; readonly problem: string };

function keyOf(entry: BaselineEntry): string {
  return `${entry.file}\u0000${entry.flag}\u0000${entry.content}`;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  for (const field of ['file', 'flag', 'content'] as const) {
    if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
  }
  return 0;
}

/** The baseline that accepts these findings (only those about a flag on a line), deduplicated and sorted. */
export function createBaseline(findings: Iterable<FlagFinding>): FlagBaseline {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (finding.flag === undefined || finding.content === undefined || finding.line === undefined) continue;
    const entry = { file: finding.file, flag: finding.flag, content: finding.content };
    entries.set(keyOf(entry), entry);
  }
  return { version: BASELINE_VERSION, entries: [...entries.values()].sort(compareEntries) };
}

/** Stable text: fixed key order, sorted entries, two-space indent, trailing newline. */
export function serializeBaseline(baseline: FlagBaseline): string {
  const entries = [...baseline.entries].sort(compareEntries).map((e) => ({ file: e.file, flag: e.flag, content: e.content }));
  return `${JSON.stringify({ version: BASELINE_VERSION, entries }, null, 2)}\n`;
}

/** Reads baseline text. Never throws; a problem names what is wrong. */
export function parseBaseline(text: string): BaselineParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'expected an object { "version": 1, "entries": [...] }' };
  const { version, entries } = data as { version?: unknown; entries?: unknown };
  if (version !== BASELINE_VERSION) return { ok: false, problem: `unsupported version ${JSON.stringify(version)} (expected ${BASELINE_VERSION})` };
  if (!Array.isArray(entries)) return { ok: false, problem: '"entries" must be a list' };
  const parsed: BaselineEntry[] = [];
  for (const [position, entry] of entries.entries()) {
    const { file, flag, content } = (entry ?? {}) as Record<string, unknown>;
    if (typeof file !== 'string' || typeof flag !== 'string' || typeof content !== 'string') {
      return { ok: false, problem: `entries[${position}] needs string fields "file", "flag" and "content"` };
    }
    parsed.push({ file, flag, content });
  }
  return { ok: true, baseline: { version: BASELINE_VERSION, entries: parsed } };
}

/** Splits findings into those still reported and those the baseline accepts. */
export function applyBaseline(
  findings: readonly FlagFinding[],
  baseline: FlagBaseline,
): { readonly kept: FlagFinding[]; readonly baselined: FlagFinding[] } {
  const accepted = new Set(baseline.entries.map(keyOf));
  const kept: FlagFinding[] = [];
  const baselined: FlagFinding[] = [];
  for (const finding of findings) {
    const matches =
      finding.flag !== undefined &&
      finding.content !== undefined &&
      accepted.has(keyOf({ file: finding.file, flag: finding.flag, content: finding.content }));
    (matches ? baselined : kept).push(finding);
  }
  return { kept, baselined };
}
