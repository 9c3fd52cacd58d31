// A flag finding: a Violation about one flag reference, with the stable fingerprint that JSON,
// SARIF and the baseline use to recognise the same finding across commits.
import type { Violation, ViolationSeverity } from '../violation.js';
import { DEFAULT_FLAG_RULE_SEVERITY, type FlagRuleCode } from './rule-codes.js';
import type { FlagReference, ReferenceKind } from './matcher.js';

export interface FlagFinding extends Violation {
  readonly rule: FlagRuleCode;
  /** Repository-relative path (for `flag-extinct`: the registry file). */
  readonly file: string;
  /** The registry key (or the name as written, for an unknown flag); absent for skipped lines. */
  readonly flag?: string;
  /** How the code names the flag (findings about one reference). */
  readonly kind?: ReferenceKind;
  /** The key expression of a `flag-dynamic-key` finding. */
  readonly expression?: string;
  /** The line's content, whitespace-normalized: what the fingerprint and the baseline key on. */
  readonly content?: string;
  /** sha256 of path, flag and normalized content (32 hex digits): stable when lines move. */
  readonly fingerprint: string;
}

/** Severity per rule from the config; `off` disables a rule. */
export type FlagSeverityConfig = Readonly<Partial<Record<FlagRuleCode, ViolationSeverity | 'off'>>>;

/** The severity of a rule under the config, or undefined when the rule is off. */
export function resolveSeverity(rule: FlagRuleCode, config: FlagSeverityConfig): ViolationSeverity | undefined {
  const configured = config[rule] ?? DEFAULT_FLAG_RULE_SEVERITY[rule];
  return configured === 'off' ? undefined : configured;
}

/** Trims and collapses whitespace, so re-indenting a line keeps its fingerprint. */
export function normalizeLineContent(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * The sha256 of a text's UTF-8 bytes as 64 hex digits. The core loads no module: the hooks' tier
 * passes node:crypto's (`sha256Hex` of src/hash.ts), through the rules' context.
 */
export type Sha256Hex = (text: string) => string;

/** The stable fingerprint of (path, flag, normalized content): the first 32 hex digits of its sha256. */
export function fingerprintFinding(sha256Hex: Sha256Hex, file: string, flag: string | undefined, content: string | undefined): string {
  return sha256Hex(`${file}\u0000${flag ?? ''}\u0000${content ?? ''}`).slice(0, 32);
}

/**
 * A finding whose `content` and `fingerprint` are computed on first read. They are enumerable own
 * accessors (JSON and spreads see them), defined from one shared descriptor map: defining fresh
 * closures per finding cost microseconds each, and a large diff has thousands of findings.
 */
class FindingWithLine {
  readonly #text: string;
  readonly #sha256Hex: Sha256Hex;
  #content: string | undefined;
  #fingerprint: string | undefined;

  constructor(fields: Omit<FlagFinding, 'content' | 'fingerprint'>, text: string, sha256Hex: Sha256Hex) {
    Object.assign(this, fields);
    this.#text = text;
    this.#sha256Hex = sha256Hex;
    Object.defineProperties(this, FindingWithLine.#lazy);
  }

  static readonly #lazy: PropertyDescriptorMap = {
    content: {
      enumerable: true,
      get(this: FindingWithLine): string {
        return (this.#content ??= normalizeLineContent(this.#text));
      },
    },
    fingerprint: {
      enumerable: true,
      get(this: FindingWithLine & FlagFinding): string {
        return (this.#fingerprint ??= fingerprintFinding(this.#sha256Hex, this.file, this.flag, this.content));
      },
    },
  };
}

/**
 * The finding with `content` (the line, normalized) and `fingerprint` added, as properties
 * computed on first read: hashing each of thousands of findings costs more than scanning its
 * line, while the text report reads neither.
 */
export function withLazyFingerprint<T extends Omit<FlagFinding, 'content' | 'fingerprint'>>(finding: T, text: string, sha256Hex: Sha256Hex): T & Pick<FlagFinding, 'content' | 'fingerprint'> {
  return new FindingWithLine(finding, text, sha256Hex) as unknown as T & Pick<FlagFinding, 'content' | 'fingerprint'>;
}

/** Sorts findings by file, line, then rule: the order every formatter prints. */
export function compareFindings(a: FlagFinding, b: FlagFinding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0);
  if ((a.column ?? 0) !== (b.column ?? 0)) return (a.column ?? 0) - (b.column ?? 0);
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

/** The kind of a reference: as found, or what its source implies. */
export function kindOfReference(reference: Pick<FlagReference, 'kind' | 'source'>): ReferenceKind {
  if (reference.kind !== undefined) return reference.kind;
  if (reference.source === 'alias') return 'alias-read';
  return reference.source.startsWith('custom') ? 'custom' : 'call';
}
