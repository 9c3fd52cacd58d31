// The zod schema: the single source of truth for every option, its default and its docs.
// The JSON Schema (schema/proverc.schema.json) and the README's option table derive from it
// (`npm run schema`). Parsed output must stay plain JSON data: the config cache stores it.
// `import * as z` (not `{ z }`) lets esbuild drop the parts of zod we never use (its locales).
import * as z from 'zod';
import { PRESET_NAMES } from '../core/flags/presets/names.js';
import { FLAG_RULE_CODES } from '../core/flags/rule-codes.js';
import { checkUserPattern, isBacktrackingSafe } from '../text/user-regex.js';
import { compileLinearRegExp } from './linear-regexp.js';
import { PERF_DEFAULTS } from './perf-defaults.js';
import type { ExemptionKind, MessageConvention, TemplateSettings } from '../core/commit-message/convention.js';

/** Git-generated first lines that are exempt from the convention. */
export const EXEMPTION_KINDS = ['merge', 'revert', 'fixup', 'squash', 'amend'] as const;

export const commitMsgSchema = z
  .strictObject({
    types: z
      .array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'a type is lower-case letters, digits and dashes'))
      .min(1)
      .default(['feat', 'fix', 'chore', 'refactor', 'revert', 'test'])
      .describe('Allowed commit types, e.g. feat, fix.'),
    scope: z
      .enum(['forbidden', 'optional', 'required'])
      .default('forbidden')
      .describe('Whether `type(scope):` is allowed: forbidden (default), optional or required.'),
    breaking: z
      .enum(['forbidden', 'allowed'])
      .default('forbidden')
      .describe('Whether the breaking-change marker `type!:` (Conventional Commits) is allowed: forbidden (default) or allowed.'),
    taskIdPrefix: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a task-id prefix is letters and digits, starting with a letter')
      .default('T')
      .describe('Prefix of the task id: `[T-2025-01-18-001]` has prefix T.'),
    taskIdDigits: z
      .number()
      .int()
      .min(1)
      .max(9)
      .nullable()
      .default(null)
      .describe('Exactly this many digits after the date in the task id, or null (default) for any count of at least `taskIdMinDigits`.'),
    taskIdMinDigits: z
      .number()
      .int()
      .min(1)
      .max(9)
      .default(1)
      .describe('At least this many digits after the date in the task id (default 1: `[T-2025-01-18-1234]` passes, as in the reference expression).'),
    modes: z
      .array(z.string().regex(/^[A-Z][A-Z0-9]*$/, 'a mode is upper-case letters and digits'))
      .min(1)
      .default(['F', 'NF'])
      .describe('Allowed values of `[MODE:...]`.'),
    maxHeaderLength: z
      .number()
      .int()
      .min(20)
      .default(100)
      .describe('Maximum length of the first line, in characters.'),
    bodyLeadingBlank: z
      .boolean()
      .default(true)
      .describe('Require a blank line between the header and the body.'),
    bodyMaxLineLength: z
      .number()
      .int()
      .min(20)
      .nullable()
      .default(null)
      .describe('Maximum length of a body line, or null for no limit.'),
    helpUrl: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'a help URL starts with http:// or https:// and has no spaces')
      .nullable()
      .default(null)
      .describe("A link to the team's own page about the convention, printed with every rejection (like commitlint's helpUrl), or null."),
    exempt: z
      .array(z.enum(EXEMPTION_KINDS))
      .default([...EXEMPTION_KINDS])
      .describe('Git-generated messages that skip the checks, matched on the first line only.'),
  })
  .superRefine((rules, ctx) => {
    if (rules.taskIdDigits !== null && rules.taskIdDigits < rules.taskIdMinDigits) {
      ctx.addIssue({
        code: 'custom',
        path: ['taskIdDigits'],
        message: `taskIdDigits ${rules.taskIdDigits} is below taskIdMinDigits ${rules.taskIdMinDigits}: no task id could pass`,
      });
    }
    // A limit below the shortest possible first line would reject every message, forever.
    const shortest = measureShortestHeader(rules);
    if (rules.maxHeaderLength < shortest) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxHeaderLength'],
        message: `maxHeaderLength ${rules.maxHeaderLength} leaves no room for a subject: with these types, task id and modes the shortest first line is ${shortest} characters`,
      });
    }
  })
  .describe('Rules for commit messages.');

/** Length of the shortest first line the rules allow: `t: x [T-YYYY-MM-DD-NNN] [MODE:M]`. */
export function measureShortestHeader(rules: {
  types: readonly string[]; scope: string; taskIdPrefix: string; taskIdDigits: number | null; taskIdMinDigits: number;
  modes: readonly string[];
}): number {
  const shortestType = Math.min(...rules.types.map((type) => type.length));
  const shortestMode = Math.min(...rules.modes.map((mode) => mode.length));
  const scope = rules.scope === 'required' ? '(s)'.length : 0;
  const task = `[${rules.taskIdPrefix}-YYYY-MM-DD-]`.length + (rules.taskIdDigits ?? rules.taskIdMinDigits);
  return shortestType + scope + ': x '.length + task + ' [MODE:]'.length + shortestMode;
}

/** Whether the branch pattern compiles for the linear-time engine, which parseBranchTask runs it on. */
function compilesLinear(source: string): boolean {
  try {
    compileLinearRegExp(source, '');
    return true;
  } catch {
    // Recovered on purpose: the caller reports the pattern as a config problem.
    return false;
  }
}

/** The default map from a branch's first folder (`feat/...`) to a commit type. */
export const DEFAULT_TYPE_BY_PREFIX: Readonly<Record<string, string>> = {
  feat: 'feat', feature: 'feat', fix: 'fix', bugfix: 'fix', hotfix: 'fix',
  chore: 'chore', refactor: 'refactor', revert: 'revert', test: 'test',
};

export const prepareCommitMsgSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .describe('Fill the message template from the branch name when git opens the editor for a new message (prepare-commit-msg).'),
    branchPattern: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .superRefine((source, ctx) => {
        if (source === null) return;
        let groups: string[];
        try {
          groups = Object.keys(new RegExp(`${source}|(?<__probe>)`).exec('')?.groups ?? {});
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `the branch pattern is not a valid regular expression: ${(error as Error).message}` });
          return;
        }
        if (!groups.includes('taskId')) ctx.addIssue({ code: 'custom', message: 'the branch pattern needs a named group `taskId`, e.g. (?<taskId>T-\\d{4}-\\d{2}-\\d{2}-\\d+)' });
        else if (!isBacktrackingSafe(source)) ctx.addIssue({ code: 'custom', message: 'the branch pattern can backtrack catastrophically (nested or overlapping repetition such as (a+)+): simplify it' });
        else if (!compilesLinear(source)) {
          ctx.addIssue({
            code: 'custom',
            message: 'the branch pattern cannot run in linear time: it uses a backreference (\\1, \\k<name>), a lookahead or lookbehind ((?=, (?!, (?<=, (?<!) or a large {n,m} count; rewrite it without them',
          });
        }
      })
      .describe('A regular expression over the branch name with a named group `taskId` (and optionally `prefix`, the type key); null: an optional `<prefix>/` folder, then the first task id anywhere in the name.'),
    typeByPrefix: z
      .record(z.string().min(1), z.string().min(1))
      .default({ ...DEFAULT_TYPE_BY_PREFIX })
      .describe('The commit type for a branch prefix (`feat/...`, `bugfix/...`); another prefix gives a `<type>` placeholder.'),
    mode: z
      .string()
      .nullable()
      .default(null)
      .describe('The mode written into the template, or null: F for feat and fix, NF for the other types (with the default modes).'),
  })
  .describe('The prepare-commit-msg hook: a message template from the branch name.');

/** Case variants of registry aliases that are matched too (on identifier boundaries). */
export const ALIAS_CASE_VARIANTS = ['camel', 'snake', 'upper-snake', 'kebab'] as const;

export const flagRegistrySchema = z
  .strictObject({
    path: z.string().min(1).describe('Registry file, relative to the repository root (.json, .yaml or .yml).'),
    scope: z
      .string()
      .default('')
      .describe('Folder (repository-relative) whose files this registry governs; "" is the whole repository. The most specific scope wins.'),
  })
  .describe('One flag registry and the part of the repository it governs.');

/**
 * The named group a custom flag pattern holds the key in: the flag matcher reads the same group
 * (core/flags/custom-pattern.ts, FLAG_GROUP; a test keeps the two equal).
 */
export const CUSTOM_PATTERN_GROUP = 'flag';

export const customFlagPatternSchema = z
  .strictObject({
    name: z.string().min(1).optional().describe('A name shown in findings (default `custom:<index>`).'),
    pattern: z.string().min(1).describe('A JavaScript regular expression with a named group `flag`, e.g. `isOn\\(\'(?<flag>[\\w-]+)\'`.'),
    anchor: z
      .string()
      .min(2)
      .optional()
      .describe('A literal every match contains (for the fast prefilter). Derived from the pattern when omitted.'),
  })
  .superRefine((spec, ctx) => {
    // Checked at load time, so a bad pattern is a config error before any diff is read.
    const check = checkUserPattern(spec, CUSTOM_PATTERN_GROUP, compileLinearRegExp);
    if (!check.ok) ctx.addIssue({ code: 'custom', path: ['pattern'], message: `the pattern ${check.problem}` });
  })
  .describe('A project-specific call form.');

export const flagsSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Check feature-flag references in pre-commit, pre-push and scan.'),
    registries: z
      .array(flagRegistrySchema)
      .min(1)
      .default([{ path: 'flags.json', scope: '' }])
      .describe('Flag registries. A missing or malformed registry fails the check (it never passes with 0 flags).'),
    presets: z
      .array(z.enum(PRESET_NAMES))
      .default([...PRESET_NAMES])
      .describe('Built-in SDK call forms to recognise, by name.'),
    envPrefix: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment prefix is letters, digits and underscores')
      .default('FF_')
      .describe('Prefix of flag environment variables for the `env` preset (`process.env.FF_NEW_CHECKOUT`).'),
    patterns: z.array(customFlagPatternSchema).default([]).describe('Extra call forms: regexes with a named group `flag`.'),
    aliasCaseVariants: z
      .array(z.enum(ALIAS_CASE_VARIANTS))
      .default([])
      .describe('Also match these case variants of every registry alias (camel, snake, upper-snake, kebab).'),
    include: z.array(z.string().min(1)).default(['**']).describe('Globs of files to scan (repository-relative).'),
    exclude: z
      .array(z.string().min(1))
      .default(['**/node_modules/**', '**/dist/**', '**/*.min.js', '**/package-lock.json', '**/yarn.lock', '**/pnpm-lock.yaml'])
      .describe('Globs of files never scanned; applied before any content is read.'),
    severity: z
      .partialRecord(z.enum(FLAG_RULE_CODES), z.enum(['error', 'warning', 'info', 'off']))
      .default({})
      .describe('Severity per rule code, e.g. `{ "flag-deprecated": "error" }`; `off` disables a rule.'),
    cache: z
      .strictObject({
        ttlSeconds: z.number().int().min(0).default(86_400).describe('How long a cached registry is trusted before it is re-parsed (0: never cache).'),
        maxEntries: z.number().int().min(1).max(1000).default(32).describe('How many parsed registries the cache keeps (least recently used are dropped).'),
      })
      .prefault({})
      .describe('The parsed-registry cache in the git directory.'),
    maxLineLength: z
      .number()
      .int()
      .min(80)
      .default(4000)
      .describe('Lines longer than this many bytes (UTF-8; minified code) are not scanned; each skip is reported as `line-too-long-skipped`.'),
    baseline: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('Baseline file of accepted existing findings (repository-relative), or null for none.'),
  })
  .describe('Feature-flag checks against the flag registry.');
export const perfSchema = z
  .strictObject({
    log: z
      .boolean()
      .default(PERF_DEFAULTS.log)
      .describe('Record every hook run in the per-clone timing log (.git/prove-hooks/perf.jsonl, never committed).'),
    report: z
      .enum(['always', 'regressions', 'never'])
      .default(PERF_DEFAULTS.report)
      .describe('When to print the one-line timing delta after a hook: always, only on a regression (default), or never.'),
    thresholdPercent: z
      .number()
      .min(0)
      .max(1000)
      .default(PERF_DEFAULTS.thresholdPercent)
      .describe('A run is a regression only if it is this many percent slower than usual (and beyond the noise).'),
    noiseK: z
      .number()
      .min(0)
      .max(20)
      .default(PERF_DEFAULTS.noiseK)
      .describe('A regression must also exceed this many robust standard deviations (1.4826 x MAD) of the baseline.'),
    window: z
      .number()
      .int()
      .min(5)
      .max(1000)
      .default(PERF_DEFAULTS.window)
      .describe('How many recent runs of a hook form its rolling baseline.'),
    recent: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(PERF_DEFAULTS.recent)
      .describe('The median of this many latest runs (the current one included) must also be slow, so one slow run is not reported.'),
    maxRecords: z
      .number()
      .int()
      .min(50)
      .max(100000)
      .default(PERF_DEFAULTS.maxRecords)
      .describe('The timing log keeps the newest this many runs; older ones are dropped by compaction.'),
  })
  .describe('The hook performance monitor (see `prove-hooks perf`).');

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema for editors; ignored by prove-hooks.'),
    commitMsg: commitMsgSchema.prefault({}),
    prepareCommitMsg: prepareCommitMsgSchema.prefault({}),
    flags: flagsSchema.prefault({}),
    perf: perfSchema.prefault({}),
  })
  .superRefine((config, ctx) => {
    // The template must be a message the commit-msg rules accept once its subject is written.
    const { commitMsg, prepareCommitMsg } = config;
    if (prepareCommitMsg.mode !== null && !commitMsg.modes.includes(prepareCommitMsg.mode)) {
      ctx.addIssue({ code: 'custom', path: ['prepareCommitMsg', 'mode'], message: `the mode ${prepareCommitMsg.mode} is not one of commitMsg.modes (${commitMsg.modes.join(', ')})` });
    }
    for (const [prefix, type] of Object.entries(prepareCommitMsg.typeByPrefix)) {
      // The default map names the default types; a team with other types may leave it as it is.
      if (!commitMsg.types.includes(type) && DEFAULT_TYPE_BY_PREFIX[prefix] !== type) {
        ctx.addIssue({ code: 'custom', path: ['prepareCommitMsg', 'typeByPrefix', prefix], message: `the type ${type} is not one of commitMsg.types (${commitMsg.types.join(', ')})` });
      }
    }
  })
  .describe('prove-hooks configuration (.proverc.json).');

export type CommitMsgConfig = z.infer<typeof commitMsgSchema>;
export type PrepareCommitMsgConfig = z.infer<typeof prepareCommitMsgSchema>;

// The core states what it reads of these options in its own types (core/commit-message/convention.ts);
// this fails to compile when an option the core reads changes shape here, so the two cannot drift apart.
type Holds<Condition extends true> = Condition;
type IsA<Value, Type> = [Value] extends [Type] ? true : false;
export type CoreTypesAgree = [
  Holds<IsA<CommitMsgConfig, MessageConvention>>,
  Holds<IsA<PrepareCommitMsgConfig, TemplateSettings>>,
  Holds<IsA<ExemptionKind, (typeof EXEMPTION_KINDS)[number]>>,
  Holds<IsA<(typeof EXEMPTION_KINDS)[number], ExemptionKind>>,
];
export type FlagsConfig = z.infer<typeof flagsSchema>;
export type CustomFlagPattern = z.infer<typeof customFlagPatternSchema>;
export type AliasCaseVariant = (typeof ALIAS_CASE_VARIANTS)[number];
export type PerfConfig = z.infer<typeof perfSchema>;
export type ProveConfig = z.infer<typeof configSchema>;
