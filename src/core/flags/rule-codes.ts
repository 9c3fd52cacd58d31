// The stable codes of the feature-flag rules: part of the public contract (JSON, SARIF, baseline).

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

/** Default severity of each rule; the config's `flags.severity` overrides it (or turns it off). */
export const DEFAULT_FLAG_RULE_SEVERITY: Readonly<Record<FlagRuleCode, 'error' | 'warning' | 'info'>> = {
  'flag-unknown': 'error',
  'flag-archived': 'error',
  'flag-deprecated': 'warning',
  'flag-expired': 'warning',
  'flag-removed': 'info',
  'flag-extinct': 'info',
  'flag-suppression-invalid': 'warning',
  'line-too-long-skipped': 'warning',
  'flag-dynamic-key': 'info',
};

/** One sentence per rule, used by `--format sarif` and the README. */
export const FLAG_RULE_DESCRIPTIONS: Readonly<Record<FlagRuleCode, string>> = {
  'flag-unknown': 'An added line references a flag that is not in the registry.',
  'flag-archived': 'An added line references a flag the registry marks archived.',
  'flag-deprecated': 'An added line references a flag the registry marks deprecated.',
  'flag-expired': 'An added line references a flag whose `expires` date has passed.',
  'flag-removed': 'This change removed references to a flag (information for clean-up).',
  'flag-extinct': 'No reference to the flag is left at the pushed tip: a candidate to archive.',
  'flag-suppression-invalid': 'A `prove-allow-flag:` comment has no reason, so it does not suppress anything.',
  'line-too-long-skipped': 'A line longer than `flags.maxLineLength` bytes was not scanned.',
  'flag-dynamic-key': 'An added line calls a flag SDK with a key computed at run time, which cannot be checked.',
};
