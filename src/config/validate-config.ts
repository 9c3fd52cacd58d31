// Validates a loaded config against the zod schema and turns every problem into a line that
// names the file, the key path, what was expected and what was found.
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { configSchema, type ProveConfig } from './schema.js';
import { suggestClosest } from '../text/closest-word.js';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** Where the raw value came from, for messages. */
export interface ConfigOrigin {
  /** The file, or null for built-in defaults. */
  readonly filePath: string | null;
  /** The key the config sits under (`prove` in package.json), or null. */
  readonly keyPrefix: string | null;
}

/**
 * Parses `raw` with the schema and returns the config with every default applied.
 * Throws a {@link ConfigError} listing every problem (never a zod error).
 */
export function validateConfig(raw: unknown, origin: ConfigOrigin): ProveConfig {
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) => describeIssue(issue, raw, origin));
  const where = origin.filePath ?? 'the built-in defaults';
  throw new ConfigError(
    `invalid configuration in ${where}:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
    { hint: `Fix ${problems.length === 1 ? 'this key' : 'these keys'} in ${where}; \`prove-hooks config\` checks the result.` },
  );
}

/** One or more human lines for a zod issue (an unknown-keys issue yields one line per key). */
export function describeIssue(issue: Issue, raw: unknown, origin: ConfigOrigin): string[] {
  const path = issue.path;
  const found = valueAt(raw, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(path);
      return issue.keys.map((key) => {
        const suggestion = suggest(key, known);
        const expected = known.length > 0 ? `expected one of ${known.join(', ')}` : 'expected no keys here';
        return `${formatPath([...path, key], origin)}: unknown key; ${expected}${suggestion ? `. Did you mean '${suggestion}'?` : ''}`;
      });
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      const suggestion = typeof found === 'string' ? suggest(found, issue.values.filter((v): v is string => typeof v === 'string')) : undefined;
      const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
      return [`${formatPath(path, origin)}: expected ${expected}, found ${describeValue(found)}${suggestion ? `. Did you mean "${suggestion}"?` : ''}`];
    }
    default:
      return [`${formatPath(path, origin)}: expected ${describeExpected(issue, found)}, found ${describeValue(found)}`];
  }
}

function describeExpected(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = articled(issue.expected === 'int' ? 'integer' : issue.expected);
      if (found === undefined) return `${expected} (the key is required)`;
      return isNullableAt(issue.path) ? `${expected} or null` : expected;
    }
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `a string matching ${String(issue.pattern)} (${issue.message})`
        : `a ${issue.format} string`;
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, issue.inclusive ?? true, 'min');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, issue.inclusive ?? true, 'max');
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    default:
      return issue.message;
  }
}

function describeBound(origin: string, limit: number | bigint, inclusive: boolean, side: 'min' | 'max'): string {
  const n = Number(limit);
  if (origin === 'array' || origin === 'set') {
    const count = side === 'min' ? (inclusive ? n : n + 1) : inclusive ? n : n - 1;
    return `${side === 'min' ? 'at least' : 'at most'} ${count} item${count === 1 ? '' : 's'}`;
  }
  if (origin === 'string') {
    const count = side === 'min' ? (inclusive ? n : n + 1) : inclusive ? n : n - 1;
    return `a string of ${side === 'min' ? 'at least' : 'at most'} ${count} character${count === 1 ? '' : 's'}`;
  }
  const op = side === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `a number ${op} ${n}`;
}

function articled(type: string): string {
  if (type === 'null' || type === 'undefined') return type;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Describes a found value briefly: `"Feat" (a string)`, `12 (a number)`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `${shown} (${articled(typeof value)})`;
}

/** `commitMsg.types[1]`, prefixed with `prove.` inside package.json; `(top level)` for the root. */
export function formatPath(path: readonly PathKey[], origin: ConfigOrigin): string {
  const parts = origin.keyPrefix === null ? [...path] : [origin.keyPrefix, ...path];
  if (parts.length === 0) return '(top level)';
  return parts
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      const plain = /^[A-Za-z_$][\w$]*$/.test(name);
      if (!plain) return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

function valueAt(raw: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = raw;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Keys the schema allows at `path` (the object the unknown key sits in). */
export function knownKeysAt(path: readonly PathKey[]): string[] {
  const schema = schemaAt(path);
  if (schema === undefined) return [];
  const def = unwrap(schema)._zod.def;
  return def.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

/** True when the schema at `path` accepts null (zod reports only the non-null type). */
function isNullableAt(path: readonly PathKey[]): boolean {
  for (let current = schemaAt(path), depth = 0; current !== undefined && depth < 16; depth++) {
    const def = current._zod.def as { innerType?: z.core.$ZodType; type: string };
    if (def.type === 'nullable') return true;
    current = def.innerType;
  }
  return false;
}

function schemaAt(path: readonly PathKey[]): z.core.$ZodType | undefined {
  let schema: z.core.$ZodType | undefined = configSchema;
  for (const key of path) schema = schema === undefined ? undefined : childSchema(unwrap(schema), key);
  return schema;
}

/** Strips wrappers that do not change the shape: default, prefault, optional, nullable... */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = current._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType; type: string };
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) current = def.in;
    else break;
  }
  return current;
}

function childSchema(schema: z.core.$ZodType, key: PathKey): z.core.$ZodType | undefined {
  const def = schema._zod.def;
  if (def.type === 'object') return (def as z.core.$ZodObjectDef).shape[String(key)];
  if (def.type === 'array') return (def as z.core.$ZodArrayDef).element;
  if (def.type === 'record') return (def as z.core.$ZodRecordDef).valueType;
  return undefined;
}

/** A near-miss suggestion: same word ignoring case, or within a third of its length in edits. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  return suggestClosest(input, candidates);
}
