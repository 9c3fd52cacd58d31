// What the commit-message core reads of the config: the convention, as core's own types. The zod
// schema (config/schema.ts) is the source of the options and their defaults; it checks at compile
// time that what it parses is one of these, so the core never imports the config layer.

/** Git-generated first lines that may skip the convention (config: `commitMsg.exempt`). */
export type ExemptionKind = 'merge' | 'revert' | 'fixup' | 'squash' | 'amend';

/** The commit-message convention (config: `commitMsg`). */
export interface MessageConvention {
  readonly types: readonly string[];
  readonly scope: 'forbidden' | 'optional' | 'required';
  readonly breaking: 'forbidden' | 'allowed';
  readonly taskIdPrefix: string;
  /** Exactly this many digits after the date, or null for at least `taskIdMinDigits`. */
  readonly taskIdDigits: number | null;
  readonly taskIdMinDigits: number;
  readonly modes: readonly string[];
  /** In characters (code points). */
  readonly maxHeaderLength: number;
  readonly bodyLeadingBlank: boolean;
  /** In characters (code points), or null for no limit. */
  readonly bodyMaxLineLength: number | null;
  readonly exempt: readonly ExemptionKind[];
}

/** The message template filled from the branch name (config: `prepareCommitMsg`). */
export interface TemplateSettings {
  /** A regular expression's source with the groups `taskId` (and `prefix`), or null for the default. */
  readonly branchPattern: string | null;
  /** Branch prefix (`feat/...`) to commit type. */
  readonly typeByPrefix: Readonly<Record<string, string>>;
  /** The mode to fill in, or null to choose it from the type. */
  readonly mode: string | null;
}
