// Parsing and validating a flag registry file (JSON or YAML text) into a FlagRegistry value.
// Pure: the caller reads the file. Never throws: problems come back as issues naming the entry.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { escapeExcerpt, formatErrorReason } from '../../text/excerpt.js';
import { findDuplicateJsonKey, findTooDeepJson, MAX_JSON_DEPTH } from '../../text/json-keys.js';
import { FLAG_STATUSES, type FlagDefinition, type FlagRegistry } from './registry.js';

/** Characters a flag key may not contain: they end a string literal or a word in code. */
const FLAG_KEY = /^[^\s'"`\\]+$/;
/** An alias is an identifier, optionally with dots or dashes between parts (`Flags.NEW_CHECKOUT`). */
const ALIAS = /^[A-Za-z_$][\w$]*(?:[.-][\w$]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const entrySchema = z.strictObject({
  key: z.string().min(1).max(256).regex(FLAG_KEY, 'a key has no spaces, quotes or backslashes'),
  status: z.enum(FLAG_STATUSES).default('active'),
  expires: z
    .string()
    .refine(isCalendarDate, 'expected a date YYYY-MM-DD that exists')
    .optional(),
  owner: z.string().optional(),
  description: z.string().optional(),
  aliases: z
    .array(z.string().max(256).regex(ALIAS, 'an alias is an identifier such as NEW_CHECKOUT or Flags.newCheckout'))
    .default([]),
});

const registrySchema = z.union([
  z.array(z.unknown()),
  z.strictObject({ $schema: z.string().optional(), flags: z.array(z.unknown()) }),
]);

/** One problem in a registry file, located as precisely as possible. */
export interface RegistryIssue {
  /** 0-based position in the `flags` list. */
  readonly entry?: number;
  /** The entry's key, when it has a readable one. */
  readonly key?: string;
  /** The field at fault, e.g. `status` or `aliases[2]`. */
  readonly field?: string;
  readonly message: string;
}

export type RegistryParseResult =
  | { readonly ok: true; readonly registry: FlagRegistry }
  | { readonly ok: false; readonly issues: readonly RegistryIssue[] };

export type RegistryFormat = 'json' | 'yaml';

/** The format a registry file is written in, from its extension (`.yaml`/`.yml`, else JSON). */
export function detectRegistryFormat(path: string): RegistryFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

/**
 * Parses registry text: either a list of entries or `{ "flags": [...] }`. Never throws: syntax
 * errors, schema errors and duplicate keys or aliases come back as issues.
 */
export function parseRegistry(text: string, options: { source: string; format: RegistryFormat }): RegistryParseResult {
  let data: unknown;
  try {
    data = options.format === 'yaml' ? parseYaml(text, { prettyErrors: true, logLevel: 'error' }) : JSON.parse(stripBom(text));
  } catch (error) {
    // The parser's message may quote the file: its first line only, escaped and cut.
    const message = formatErrorReason(error instanceof Error ? error.message : String(error));
    return { ok: false, issues: [{ message: `not valid ${options.format.toUpperCase()}: ${message}` }] };
  }
  // Checked before the duplicate keys, whose walk recurses once per level.
  const tooDeep = options.format === 'json' ? findTooDeepJson(stripBom(text)) : undefined;
  if (tooDeep !== undefined) {
    return { ok: false, issues: [{ message: `line ${tooDeep.line}, column ${tooDeep.column}: nested more than ${MAX_JSON_DEPTH} deep (a registry is a list of flat entries)` }] };
  }
  // JSON.parse keeps the last of a key written twice (YAML's parser refuses them itself).
  const duplicate = options.format === 'json' ? findDuplicateJsonKey(stripBom(text)) : undefined;
  if (duplicate !== undefined) {
    const where = duplicate.path === '' ? 'at the top level' : `in ${escapeExcerpt(duplicate.path)}`;
    return { ok: false, issues: [{ message: `line ${duplicate.line}, column ${duplicate.column}: duplicate key "${escapeExcerpt(duplicate.key)}" ${where} (JSON keeps only the last one)` }] };
  }
  const top = registrySchema.safeParse(data);
  if (!top.success) {
    return { ok: false, issues: [{ message: 'expected a list of flags or an object { "flags": [...] }' }] };
  }
  const rawEntries = Array.isArray(top.data) ? top.data : top.data.flags;
  const issues: RegistryIssue[] = [];
  const flags: FlagDefinition[] = [];
  rawEntries.forEach((raw, entry) => {
    const parsed = entrySchema.safeParse(raw);
    const key = readableKey(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ entry, ...(key === undefined ? {} : { key }), ...fieldOf(issue.path), message: describeIssue(issue) });
      }
      return;
    }
    flags.push(withoutUndefined(parsed.data));
  });
  issues.push(...findDuplicates(flags, rawEntries));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, registry: { source: options.source, flags } };
}

/** A readable multi-line message for a failed parse: `<file>: flags[3] (key "x"): status: ...`. */
export function formatRegistryIssues(source: string, issues: readonly RegistryIssue[], limit = 10): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const where = [
      issue.entry === undefined ? undefined : `flags[${issue.entry}]${issue.key === undefined ? '' : ` (key "${issue.key}")`}`,
      issue.field,
    ].filter((part) => part !== undefined);
    return `${source}: ${[...where, issue.message].join(': ')}`;
  });
  if (issues.length > limit) lines.push(`${source}: ... and ${issues.length - limit} more problems`);
  return lines.join('\n');
}

function findDuplicates(flags: readonly FlagDefinition[], rawEntries: readonly unknown[]): RegistryIssue[] {
  const issues: RegistryIssue[] = [];
  const entryOfKey = new Map<string, number>();
  rawEntries.forEach((raw, entry) => {
    const key = readableKey(raw);
    if (key === undefined) return;
    const first = entryOfKey.get(key);
    if (first === undefined) entryOfKey.set(key, entry);
    else issues.push({ entry, key, field: 'key', message: `duplicate key: already defined by flags[${first}]` });
  });
  const keys = new Set(flags.map((flag) => flag.key));
  const ownerOfAlias = new Map<string, string>();
  for (const flag of flags) {
    const entry = entryOfKey.get(flag.key);
    flag.aliases.forEach((alias, position) => {
      const where = { ...(entry === undefined ? {} : { entry }), key: flag.key, field: `aliases[${position}]` };
      const owner = ownerOfAlias.get(alias);
      if (keys.has(alias)) {
        issues.push({ ...where, message: alias === flag.key ? 'an alias repeats the flag\'s own key' : `alias "${alias}" is also a flag key` });
      } else if (owner !== undefined) {
        issues.push({ ...where, message: owner === flag.key ? `alias "${alias}" is listed twice` : `duplicate alias: "${alias}" is already an alias of flag "${owner}"` });
      } else {
        ownerOfAlias.set(alias, flag.key);
      }
    });
  }
  return issues;
}

function readableKey(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('key' in raw)) return undefined;
  const key = (raw as { key: unknown }).key;
  return typeof key === 'string' && key.length > 0 && key.length <= 256 ? key : undefined;
}

function fieldOf(path: readonly PropertyKey[]): { field?: string } {
  if (path.length === 0) return {};
  const field = path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
  return { field };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'expected an object { "key": ..., "status": ... }';
  if (issue.code === 'invalid_type' && issue.path[0] === 'key' && issue.input === undefined) return 'required: every flag needs a "key"';
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function withoutUndefined(entry: z.infer<typeof entrySchema>): FlagDefinition {
  return {
    key: entry.key,
    status: entry.status,
    ...(entry.expires === undefined ? {} : { expires: entry.expires }),
    ...(entry.owner === undefined ? {} : { owner: entry.owner }),
    ...(entry.description === undefined ? {} : { description: entry.description }),
    aliases: entry.aliases,
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
