// The zod schema: the single source of truth for every option, its default and its docs.
// The JSON Schema (schema/proverc.schema.json) and the README's option table derive from it
// (`npm run schema`). Parsed output must stay plain JSON data: the config cache stores it.
// `import * as z` (not `{ z }`) lets esbuild drop the parts of zod we never use (its locales).
import * as z from 'zod';

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
      .default(3)
      .describe('How many digits follow the date in the task id (exactly).'),
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
    exempt: z
      .array(z.enum(EXEMPTION_KINDS))
      .default([...EXEMPTION_KINDS])
      .describe('Git-generated messages that skip the checks, matched on the first line only.'),
  })
  .describe('Rules for commit messages.');

export const perfSchema = z
  .strictObject({
    log: z
      .boolean()
      .default(true)
      .describe('Record every hook run in the per-clone timing log (.git/prove-hooks/perf.jsonl, never committed).'),
    report: z
      .enum(['always', 'regressions', 'never'])
      .default('regressions')
      .describe('When to print the one-line timing delta after a hook: always, only on a regression (default), or never.'),
    thresholdPercent: z
      .number()
      .min(0)
      .max(1000)
      .default(20)
      .describe('A run is a regression only if it is this many percent slower than usual (and beyond the noise).'),
    noiseK: z
      .number()
      .min(0)
      .max(20)
      .default(3)
      .describe('A regression must also exceed this many robust standard deviations (1.4826 x MAD) of the baseline.'),
    window: z
      .number()
      .int()
      .min(5)
      .max(1000)
      .default(30)
      .describe('How many recent runs of a hook form its rolling baseline.'),
    recent: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(3)
      .describe('The median of this many latest runs (the current one included) must also be slow, so one slow run is not reported.'),
    maxRecords: z
      .number()
      .int()
      .min(50)
      .max(100000)
      .default(1000)
      .describe('The timing log keeps the newest this many runs; older ones are dropped by compaction.'),
  })
  .describe('The hook performance monitor (see `prove-hooks perf`).');

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema for editors; ignored by prove-hooks.'),
    commitMsg: commitMsgSchema.prefault({}),
    perf: perfSchema.prefault({}),
  })
  .describe('prove-hooks configuration (.proverc.json).');

export type CommitMsgConfig = z.infer<typeof commitMsgSchema>;
export type PerfConfig = z.infer<typeof perfSchema>;
export type ProveConfig = z.infer<typeof configSchema>;
