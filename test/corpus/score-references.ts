// Scoring the flag scanner against the corpus manifest: pure functions from the expected
// references and what the scanner reported (its JSON) to recall, precision and the breakdowns.

/** How a reference names its flag (issue 14, section 1). */
export const REFERENCE_KINDS = ['call', 'alias-read', 'jsx', 'env', 'comment', 'dynamic'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** One expected reference of the manifest. */
export interface ExpectedReference {
  /** Path inside the corpus (and inside the scanned repository). */
  readonly file: string;
  /** 1-based line of the key (or of the alias, the environment name, the dynamic expression). */
  readonly line: number;
  /** Registry key (or the name as written, for a key the registry lacks); null for a dynamic key. */
  readonly flag: string | null;
  readonly kind: ReferenceKind;
  /** The syntactic form (`single`, `wrapped`, `binding`, `result-read`, ...), for the breakdown. */
  readonly shape: string;
  /** The corpus folder, one per preset (`launchdarkly`, ..., `env`, `aliases`). */
  readonly preset: string;
  /** A piece of the line's text that locates it (checked against the corpus file). */
  readonly text: string;
}

/** One reference the scanner reported: from a finding, or from `scan --references`. */
export interface ObservedReference {
  readonly file: string;
  readonly line: number;
  /** Null for a dynamic key. */
  readonly flag: string | null;
  /** The kind the scanner gave; undefined for a finding (findings carry no kind). */
  readonly kind?: string;
  /** The finding's rule, when observed through findings. */
  readonly rule?: string;
}

export interface LifecycleSets {
  readonly unknown: readonly string[];
  readonly archived: readonly string[];
  readonly deprecated: readonly string[];
  readonly expired: readonly string[];
}

export const LIFECYCLE_RULES = { 'flag-unknown': 'unknown', 'flag-archived': 'archived', 'flag-deprecated': 'deprecated', 'flag-expired': 'expired' } as const;
type LifecycleRule = keyof typeof LIFECYCLE_RULES;
/** The rule code issue 14 gives dynamic keys. */
export const DYNAMIC_KEY_RULE = 'flag-dynamic-key';

export interface Tally {
  readonly expected: number;
  readonly matched: number;
}

export interface CorpusScore {
  /** matched expected / expected in scope (1 when nothing is expected). */
  readonly recall: number;
  /** matched observations / all scored observations (1 when nothing was observed). */
  readonly precision: number;
  readonly expected: number;
  readonly matched: number;
  readonly observed: number;
  readonly misses: readonly ExpectedReference[];
  readonly falsePositives: readonly ObservedReference[];
  /** Matched, but the scanner gave another kind (only when it reports kinds). */
  readonly kindMismatches: readonly { readonly expected: ExpectedReference; readonly observedKind: string }[];
  /** Comment references the manifest does not list (prose mentions): reported, not scored. */
  readonly extraComments: readonly ObservedReference[];
  readonly byKind: Readonly<Record<string, Tally>>;
  readonly byPreset: Readonly<Record<string, Tally>>;
  readonly byShape: Readonly<Record<string, Tally>>;
}

export interface ScoreOptions {
  /**
   * Whether the output can show comment references (`scan --references`). Findings cannot: a
   * key in a comment must then produce no finding, so comment entries leave the recall
   * denominator and any observation at one is a false positive.
   */
  readonly commentsObservable: boolean;
}

const DYNAMIC = '\u0000dynamic';

function keyOf(file: string, line: number, flag: string | null): string {
  return `${file}\u0000${line}\u0000${flag ?? DYNAMIC}`;
}

/**
 * Matches observations to expected references on (file, line, flag); a dynamic key matches on
 * (file, line) with kind `dynamic`. Duplicates (the same flag reported twice on a line) count once.
 */
export function scoreReferences(expected: readonly ExpectedReference[], observed: readonly ObservedReference[], options: ScoreOptions): CorpusScore {
  const observations = dedupeObservations(observed);
  const comments = new Map<string, ExpectedReference>();
  const evaluations = new Map<string, ExpectedReference>();
  for (const entry of expected) {
    const key = keyOf(entry.file, entry.line, entry.kind === 'dynamic' ? null : entry.flag);
    (entry.kind === 'comment' ? comments : evaluations).set(key, entry);
  }
  const matchedKeys = new Set<string>();
  const falsePositives: ObservedReference[] = [];
  const extraComments: ObservedReference[] = [];
  const kindMismatches: { expected: ExpectedReference; observedKind: string }[] = [];
  for (const observation of observations) {
    const key = keyOf(observation.file, observation.line, observation.flag);
    const isComment = observation.kind === 'comment';
    if (isComment) {
      if (options.commentsObservable && comments.has(key)) matchedKeys.add(key);
      else if (evaluations.has(key)) falsePositives.push(observation);
      else extraComments.push(observation);
      continue;
    }
    const entry = evaluations.get(key);
    if (entry === undefined) {
      falsePositives.push(observation);
      continue;
    }
    matchedKeys.add(key);
    if (observation.kind !== undefined && observation.kind !== entry.kind) kindMismatches.push({ expected: entry, observedKind: observation.kind });
  }
  const inScope = [...evaluations.values(), ...(options.commentsObservable ? comments.values() : [])];
  const misses = inScope.filter((entry) => !matchedKeys.has(keyOf(entry.file, entry.line, entry.kind === 'dynamic' ? null : entry.flag)));
  const matched = inScope.length - misses.length;
  const scoredObservations = matched + falsePositives.length;
  return {
    recall: inScope.length === 0 ? 1 : matched / inScope.length,
    precision: scoredObservations === 0 ? 1 : matched / scoredObservations,
    expected: inScope.length,
    matched,
    observed: scoredObservations,
    misses: sortReferences(misses),
    falsePositives: sortReferences(falsePositives),
    kindMismatches,
    extraComments: sortReferences(extraComments),
    byKind: tallyBy(inScope, misses, (entry) => entry.kind),
    byPreset: tallyBy(inScope, misses, (entry) => entry.preset),
    byShape: tallyBy(inScope, misses, (entry) => entry.shape),
  };
}

function dedupeObservations(observed: readonly ObservedReference[]): ObservedReference[] {
  const seen = new Map<string, ObservedReference>();
  for (const observation of observed) {
    const key = `${keyOf(observation.file, observation.line, observation.flag)}\u0000${observation.kind === 'comment' ? 'comment' : ''}`;
    if (!seen.has(key)) seen.set(key, observation);
  }
  return [...seen.values()];
}

function tallyBy(inScope: readonly ExpectedReference[], misses: readonly ExpectedReference[], group: (entry: ExpectedReference) => string): Record<string, Tally> {
  const missed = new Set(misses);
  const tallies: Record<string, { expected: number; matched: number }> = {};
  for (const entry of inScope) {
    const tally = (tallies[group(entry)] ??= { expected: 0, matched: 0 });
    tally.expected += 1;
    if (!missed.has(entry)) tally.matched += 1;
  }
  return tallies;
}

function sortReferences<T extends { file: string; line: number; flag: string | null }>(references: T[]): T[] {
  return references.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.flag ?? '').localeCompare(b.flag ?? ''));
}

/** The expected references a scan of the modified-files mode judges: those on added lines. */
export function selectAddedInModifiedMode(expected: readonly ExpectedReference[]): ExpectedReference[] {
  return expected.filter((entry) => entry.shape !== 'binding');
}

/** Lines that the modified-files mode leaves out of the base version, per file (1-based). */
export function listAddedLines(expected: readonly ExpectedReference[]): Map<string, Set<number>> {
  const added = new Map<string, Set<number>>();
  for (const entry of selectAddedInModifiedMode(expected)) {
    let lines = added.get(entry.file);
    if (lines === undefined) added.set(entry.file, (lines = new Set()));
    lines.add(entry.line);
  }
  return added;
}

/** The shape of `scan --format json` this scorer reads (findings always; references when present). */
interface ScanJson {
  readonly findings?: readonly { rule?: unknown; flag?: unknown; file?: unknown; line?: unknown }[];
  readonly references?: readonly { flag?: unknown; file?: unknown; line?: unknown; kind?: unknown }[];
}

/**
 * Reads the scanner's JSON into observations. With a `references` list (`scan --references`)
 * those are the observations; otherwise the lifecycle findings and `flag-dynamic-key` are.
 * Throws on JSON that is not a scan report.
 */
export function readObservations(json: unknown): { source: 'references' | 'findings'; observed: ObservedReference[] } {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as ScanJson).findings)) {
    throw new Error('not a scan report: expected an object with a "findings" list');
  }
  const report = json as ScanJson;
  if (Array.isArray(report.references)) {
    const observed = report.references.flatMap((reference): ObservedReference[] => {
      if (typeof reference.file !== 'string' || typeof reference.line !== 'number') return [];
      const kind = typeof reference.kind === 'string' ? reference.kind : undefined;
      const flag = kind === 'dynamic' || typeof reference.flag !== 'string' ? null : reference.flag;
      return [{ file: reference.file, line: reference.line, flag, ...(kind === undefined ? {} : { kind }) }];
    });
    return { source: 'references', observed };
  }
  const observed = (report.findings ?? []).flatMap((finding): ObservedReference[] => {
    if (typeof finding.rule !== 'string' || typeof finding.file !== 'string' || typeof finding.line !== 'number') return [];
    if (finding.rule === DYNAMIC_KEY_RULE) return [{ file: finding.file, line: finding.line, flag: null, kind: 'dynamic', rule: finding.rule }];
    if (!(finding.rule in LIFECYCLE_RULES) || typeof finding.flag !== 'string') return [];
    return [{ file: finding.file, line: finding.line, flag: finding.flag, rule: finding.rule }];
  });
  return { source: 'findings', observed };
}

/** The flags reported under each lifecycle rule, sorted. */
export function collectLifecycleSets(json: unknown): LifecycleSets {
  const sets = { unknown: new Set<string>(), archived: new Set<string>(), deprecated: new Set<string>(), expired: new Set<string>() };
  const findings = (json as ScanJson).findings ?? [];
  for (const finding of findings) {
    if (typeof finding.rule !== 'string' || typeof finding.flag !== 'string' || !(finding.rule in LIFECYCLE_RULES)) continue;
    sets[LIFECYCLE_RULES[finding.rule as LifecycleRule]].add(finding.flag);
  }
  const sorted = (set: Set<string>): string[] => [...set].sort();
  return { unknown: sorted(sets.unknown), archived: sorted(sets.archived), deprecated: sorted(sets.deprecated), expired: sorted(sets.expired) };
}

export interface SetDifference {
  /** Expected but not reported. */
  readonly missing: readonly string[];
  /** Reported but not expected. */
  readonly extra: readonly string[];
}

/** Per lifecycle set, what is missing and what is extra; `exact` when every set matches. */
export function compareLifecycleSets(expected: LifecycleSets, actual: LifecycleSets): { exact: boolean; sets: Record<keyof LifecycleSets, SetDifference> } {
  const names = ['unknown', 'archived', 'deprecated', 'expired'] as const;
  const sets = {} as Record<keyof LifecycleSets, SetDifference>;
  for (const name of names) {
    const want = new Set(expected[name]);
    const got = new Set(actual[name]);
    sets[name] = { missing: [...want].filter((flag) => !got.has(flag)).sort(), extra: [...got].filter((flag) => !want.has(flag)).sort() };
  }
  return { exact: names.every((name) => sets[name].missing.length === 0 && sets[name].extra.length === 0), sets };
}
