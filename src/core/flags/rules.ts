// The flag rules' evaluation over the lines the engine found references in: the lifecycle rules
// (unknown, archived, deprecated, expired: lifecycle-rules.ts) on added lines; references removed
// by the change; flags with no reference left at the pushed tip; suppressions; dynamic keys. The
// codes, severities and descriptions are one table (rule-codes.ts).
import type { FlagReference } from './matcher.js';
import { normalizeKeys, suggestKey, type NormalizedKeys } from './key-suggestion.js';
import type { RegistryIndex } from './registry.js';
import type { FlagRuleCode } from './rule-codes.js';
import { findSuppression } from './suppression.js';
import { judgeReference } from './lifecycle-rules.js';
import { fingerprintFinding, kindOfReference, resolveSeverity, withLazyFingerprint, type FlagFinding, type FlagSeverityConfig, type Sha256Hex } from './finding.js';

export { normalizeKeys, suggestKey, type NormalizedKeys } from './key-suggestion.js';

/** One diff line with the references the matcher found in it. */
export interface FlagLine {
  /** Repository-relative path (the new path for added lines, the old path for removed ones). */
  readonly file: string;
  /** 1-based line number (new file for added lines, old file for removed ones). */
  readonly line: number;
  readonly side: 'added' | 'removed';
  /** The line without its diff marker. */
  readonly text: string;
  /** The line directly above on the same side, when the diff shows it (only read for suppressions: it may be left out when it has none). */
  readonly previousText?: string;
  readonly references: readonly FlagReference[];
  /**
   * False when the line's references are not counted for `flag-removed`: the context scan of
   * its file gives the per-key counts itself ({@link FlagRuleEvaluator.addRemovalCounts}).
   */
  readonly counted?: false;
  /** SDK calls on this line whose key is an expression (`index` -1: the call starts on another line). */
  readonly dynamic?: readonly { readonly index: number; readonly expression: string }[];
}

export interface FlagRuleContext {
  /** The registry that governs a file (the most specific scope). */
  readonly registryFor: (file: string) => RegistryIndex;
  /** Today as `YYYY-MM-DD`, from the caller's clock. */
  readonly today: string;
  readonly severity: FlagSeverityConfig;
  /** Hashes a finding's fingerprint (node:crypto's sha256, passed in by the hooks' tier: src/hash.ts). */
  readonly sha256Hex: Sha256Hex;
}

/** A finding that an inline suppression silenced, with its reason (for JSON output and counts). */
export interface SuppressedFinding {
  readonly finding: FlagFinding;
  readonly reason: string;
}

export interface FlagEvaluation {
  readonly findings: FlagFinding[];
  readonly suppressed: SuppressedFinding[];
}

/** Evaluates lines as they stream in; `finish` adds the whole-change rules (flag-removed). */
export interface FlagRuleEvaluator {
  addLine(line: FlagLine): void;
  /**
   * Per-key reference counts of one file's pre-image (`removed`) and post-image (`added`) beyond
   * what the other has, from the context scan; `firstRemoved` is where a removal is reported.
   */
  addRemovalCounts(flag: string, removed: number, added: number, firstRemoved?: { file: string; line: number; text: string }): void;
  finish(): FlagEvaluation;
}

interface RemovalCount {
  removed: number;
  added: number;
  firstRemoved?: { file: string; line: number; text: string };
}

/** Starts an evaluation. Memory grows with the number of findings and of (file, flag) pairs only. */
export function createFlagRuleEvaluator(context: FlagRuleContext): FlagRuleEvaluator {
  const findings: FlagFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const counts = new Map<string, RemovalCount>();
  // One did-you-mean per (registry, name): a diff that uses an unknown flag a thousand times
  // must not compare it against every key a thousand times.
  const suggestions = new Map<RegistryIndex, { keys: NormalizedKeys; byName: Map<string, string | undefined> }>();
  const suggest = (name: string, registry: RegistryIndex): string | undefined => {
    let cached = suggestions.get(registry);
    if (cached === undefined) {
      cached = { keys: normalizeKeys(registry), byName: new Map() };
      suggestions.set(registry, cached);
    }
    if (!cached.byName.has(name)) cached.byName.set(name, suggestKey(name, registry, cached.keys));
    return cached.byName.get(name);
  };
  // The (rule, flag) pairs already reported on the line being judged.
  const seen = new Set<string>();
  // Counted per flag over the whole change: a reference moved to another file is not removed.
  const countFor = (flag: string): RemovalCount => {
    let count = counts.get(flag);
    if (count === undefined) {
      count = { removed: 0, added: 0 };
      counts.set(flag, count);
    }
    return count;
  };

  /** Judges one added reference: findings, suppressions. `seen` holds the line's (rule, flag) pairs. */
  const judgeLine = (line: FlagLine, reference: FlagReference, registry: RegistryIndex): void => {
    const judgements = judgeReference(reference.flag, reference.written, registry, context.today, (name) => suggest(name, registry));
    for (let j = 0; j < judgements.length; j++) {
      const candidate = judgements[j]!;
      const id = `${candidate.rule}\u0000${reference.flag}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const finding = makeFinding(context, candidate.rule, line, reference, candidate.message, candidate.hint);
      if (finding === undefined) continue;
      const names = reference.written === undefined ? [reference.flag] : [reference.flag, reference.written];
      const suppression = findSuppression(names, line.text, line.previousText);
      if (suppression === undefined) {
        findings.push(finding);
      } else if (suppression.reason.length > 0) {
        suppressed.push({ finding, reason: suppression.reason });
      } else {
        findings.push(finding);
        const invalid = makeFinding(
          context,
          'flag-suppression-invalid',
          line,
          reference,
          `the suppression of '${suppression.flag}' has no reason, so it does not apply`,
          `Write the reason after the key: prove-allow-flag: ${suppression.flag} <why this is fine>`,
        );
        if (invalid !== undefined && !seen.has(`invalid\u0000${reference.flag}`)) {
          seen.add(`invalid\u0000${reference.flag}`);
          findings.push(invalid);
        }
      }
    }
  };

  // Lines arrive file by file: the registry is looked up once per file, not once per line.
  let lastFile: string | undefined;
  let lastRegistry: RegistryIndex | undefined;

  return {
    addLine(line) {
      if (line.file !== lastFile) {
        lastRegistry = context.registryFor(line.file);
        lastFile = line.file;
      }
      const registry = lastRegistry!;
      seen.clear();
      // Indexed loops: this runs for every line with a reference, much of it before V8 has
      // optimized it, where an iterator per loop costs more than the loop's body.
      const { references } = line;
      for (let r = 0; r < references.length; r++) {
        const reference = references[r]!;
        // A key named in a comment is listed, never judged nor counted.
        if (reference.kind === 'comment') continue;
        if (line.counted === false) {
          judgeLine(line, reference, registry);
          continue;
        }
        const count = countFor(reference.flag);
        if (line.side === 'removed') {
          count.removed += 1;
          count.firstRemoved ??= { file: line.file, line: line.line, text: line.text };
          continue;
        }
        count.added += 1;
        judgeLine(line, reference, registry);
      }
      const dynamic = line.dynamic;
      if (dynamic !== undefined) {
        for (const key of dynamic) {
          const finding = makeFinding(
            context,
            'flag-dynamic-key',
            line,
            { flag: '', index: key.index, source: '', expression: key.expression },
            `the flag key is computed at run time (${key.expression}), so it cannot be checked against ${registry.registry.source}`,
            'Use a literal key where you can, or check the possible keys by hand.',
          );
          if (finding !== undefined) findings.push(finding);
        }
      }
    },
    addRemovalCounts(flag, removed, added, firstRemoved) {
      const count = countFor(flag);
      count.removed += removed;
      count.added += added;
      if (firstRemoved !== undefined) count.firstRemoved ??= firstRemoved;
    },
    finish() {
      for (const [flag, count] of counts) {
        if (count.removed <= count.added || count.firstRemoved === undefined) continue;
        const gone = count.removed - count.added;
        const finding = makeFinding(
          context,
          'flag-removed',
          count.firstRemoved,
          { flag, index: -1, source: '' },
          `this change removes ${gone} reference${gone === 1 ? '' : 's'} to flag '${flag}'`,
          'If the flag is now unused everywhere, archive it in the registry.',
        );
        if (finding !== undefined) findings.push(finding);
      }
      return { findings, suppressed };
    },
  };
}

/** Evaluates a whole list of lines at once (convenience over the streaming evaluator). */
export function evaluateFlagLines(lines: Iterable<FlagLine>, context: FlagRuleContext): FlagEvaluation {
  const evaluator = createFlagRuleEvaluator(context);
  for (const line of lines) evaluator.addLine(line);
  return evaluator.finish();
}

function makeFinding(
  context: Pick<FlagRuleContext, 'severity' | 'sha256Hex'>,
  rule: FlagRuleCode,
  line: Pick<FlagLine, 'file' | 'line' | 'text'>,
  reference: FlagReference & { readonly expression?: string },
  message: string,
  hint: string | undefined,
): FlagFinding | undefined {
  const severity = resolveSeverity(rule, context.severity);
  if (severity === undefined) return undefined;
  // Built field by field, not with conditional spreads (a temporary object each): the same
  // properties in the same order, which the JSON output shows.
  const finding: { -readonly [K in keyof Omit<FlagFinding, 'content' | 'fingerprint'>]: FlagFinding[K] } =
    hint === undefined ? { rule, severity, message, file: line.file, line: line.line } : { rule, severity, message, hint, file: line.file, line: line.line };
  if (reference.index >= 0) finding.column = reference.index + 1;
  if (reference.expression !== undefined) {
    finding.expression = reference.expression;
  } else {
    finding.flag = reference.flag;
    if (reference.source !== '') finding.kind = kindOfReference(reference);
  }
  return withLazyFingerprint(finding, line.text, context.sha256Hex);
}

/**
 * Flags whose references the pushed range removed and that have no reference left at the tip:
 * candidates to archive. Unknown and already archived flags are skipped.
 */
export function evaluateExtinctFlags(
  removedFlags: Iterable<string>,
  isStillReferenced: (flag: string) => boolean,
  registry: RegistryIndex,
  severityConfig: FlagSeverityConfig,
  sha256Hex: Sha256Hex,
): FlagFinding[] {
  const severity = resolveSeverity('flag-extinct', severityConfig);
  if (severity === undefined) return [];
  const findings: FlagFinding[] = [];
  for (const flag of new Set(removedFlags)) {
    const definition = registry.get(flag);
    if (definition === undefined || definition.status === 'archived' || isStillReferenced(flag)) continue;
    findings.push({
      rule: 'flag-extinct',
      severity,
      message: `flag '${flag}' has no reference left in the pushed code`,
      hint: `Archive it: set "status": "archived" for '${flag}' in ${registry.registry.source}, then remove it from the flag service.`,
      file: registry.registry.source,
      flag,
      fingerprint: fingerprintFinding(sha256Hex, registry.registry.source, flag, undefined),
    });
  }
  return findings.sort((a, b) => ((a.flag ?? '') < (b.flag ?? '') ? -1 : 1));
}

/** The finding for a line that was not scanned because it is longer than `maxLineLength`. */
export function createLineTooLongFinding(
  input: { file: string; line: number; lengthBytes: number; maxLineLength: number },
  severityConfig: FlagSeverityConfig,
  sha256Hex: Sha256Hex,
): FlagFinding | undefined {
  const severity = resolveSeverity('line-too-long-skipped', severityConfig);
  if (severity === undefined) return undefined;
  return {
    rule: 'line-too-long-skipped',
    severity,
    message: `line not scanned: ${input.lengthBytes} bytes is over flags.maxLineLength (${input.maxLineLength} bytes)`,
    hint: 'Exclude generated or minified files with flags.exclude, or raise flags.maxLineLength.',
    file: input.file,
    line: input.line,
    fingerprint: fingerprintFinding(sha256Hex, input.file, undefined, `line-too-long:${input.line}`),
  };
}
