// The feature-flag rules as one typed table: each code (a public contract: JSON, SARIF, baseline)
// with its default severity, its one-sentence description (SARIF) and when it fires (the README's
// rule table is generated from this: src/docs/rule-tables.ts). A new rule is one row here, which
// the compiler then demands wherever rules are listed, and its function in rules.ts or
// lifecycle-rules.ts.

/** Every flag rule code, in documentation order. Never rename one. */
export const FLAG_RULE_CODES = [
  'flag-unknown',
  'flag-archived',
  'flag-deprecated',
  'flag-expired',
  'flag-removed',
  'flag-extinct',
  'flag-suppression-invalid',
  'line-too-long-skipped',
  'flag-dynamic-key',
] as const;

export type FlagRuleCode = (typeof FLAG_RULE_CODES)[number];

/** What the table holds for each flag rule. */
export interface FlagRuleSpec {
  /** The severity unless the config's `flags.severity` overrides it (or turns the rule off). */
  readonly severity: 'error' | 'warning' | 'info';
  /** One sentence, for `--format sarif`. */
  readonly description: string;
  /** When it fires, for the README's rule table. */
  readonly when: string;
}

/** The flag rules. */
export const FLAG_RULES: { readonly [Code in FlagRuleCode]: FlagRuleSpec } = {
  'flag-unknown': {
    severity: 'error',
    description: 'An added line references a flag that is not in the registry.',
    when: 'an added line references a key that is not in the registry (with did-you-mean)',
  },
  'flag-archived': {
    severity: 'error',
    description: 'An added line references a flag the registry marks archived.',
    when: 'an added line references an archived flag',
  },
  'flag-deprecated': {
    severity: 'warning',
    description: 'An added line references a flag the registry marks deprecated.',
    when: 'an added line references a deprecated flag',
  },
  'flag-expired': {
    severity: 'warning',
    description: 'An added line references a flag whose `expires` date has passed.',
    when: 'an added line references a flag whose `expires` date has passed (local date)',
  },
  'flag-removed': {
    severity: 'info',
    description: 'This change removed references to a flag (information for clean-up).',
    when: 'the change removes references to a flag (references moved to another line or file do not count)',
  },
  'flag-extinct': {
    severity: 'info',
    description: 'No reference to the flag is left at the pushed tip: a candidate to archive.',
    when: 'pre-push: no reference to the flag is left at the pushed tip, a candidate to archive',
  },
  'flag-suppression-invalid': {
    severity: 'warning',
    description: 'A `prove-allow-flag:` comment has no reason, so it does not suppress anything.',
    when: 'a `prove-allow-flag:` comment without a reason',
  },
  'line-too-long-skipped': {
    severity: 'warning',
    description: 'A line longer than `flags.maxLineLength` bytes was not scanned.',
    when: 'a line longer than `flags.maxLineLength` bytes (minified code) was not scanned',
  },
  'flag-dynamic-key': {
    severity: 'info',
    description: 'An added line calls a flag SDK with a key computed at run time, which cannot be checked.',
    when: 'an added line calls a flag SDK with a key computed at run time (the finding carries the `expression`)',
  },
};

/** Default severity of each rule (from {@link FLAG_RULES}). */
export const DEFAULT_FLAG_RULE_SEVERITY: Readonly<Record<FlagRuleCode, FlagRuleSpec['severity']>> = mapRules((spec) => spec.severity);

/** One sentence per rule, used by `--format sarif` (from {@link FLAG_RULES}). */
export const FLAG_RULE_DESCRIPTIONS: Readonly<Record<FlagRuleCode, string>> = mapRules((spec) => spec.description);

function mapRules<T>(pick: (spec: FlagRuleSpec) => T): Record<FlagRuleCode, T> {
  return Object.fromEntries(FLAG_RULE_CODES.map((code) => [code, pick(FLAG_RULES[code])])) as Record<FlagRuleCode, T>;
}
