// Test-only generators: configs and valid messages drawn from the commit-message grammar.
import fc from 'fast-check';
import { configSchema, EXEMPTION_KINDS, type CommitMsgConfig } from '../../../src/config/schema.js';

/** The parts of a valid message; `render` turns them into text. */
export interface MessageParts {
  type: string;
  scope?: string;
  /** The breaking-change marker `!` after the type and scope. */
  breaking: boolean;
  subject: string;
  prefix: string;
  date: string;
  serial: string;
  mode: string;
  sep: string;
  gap1: string;
  gap2: string;
  body: string[];
}

export function renderHeader(p: MessageParts): string {
  const scope = p.scope === undefined ? '' : `(${p.scope})`;
  return `${p.type}${scope}${p.breaking ? '!' : ''}:${p.sep}${p.subject}${p.gap1}[${p.prefix}-${p.date}-${p.serial}]${p.gap2}[MODE:${p.mode}]`;
}

export function render(p: MessageParts): string {
  return p.body.length === 0 ? renderHeader(p) : `${renderHeader(p)}\n\n${p.body.join('\n')}\n`;
}

export function codePoints(text: string): number {
  return [...text].length;
}

const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = lower.toUpperCase();
const word = (chars: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });

const typeArb = fc.tuple(word(lower, 1, 1), word(lower + '0123456789-', 0, 7)).map(([a, b]) => a + b);
const modeArb = fc.tuple(word(upper, 1, 1), word(upper + '0123456789', 0, 3)).map(([a, b]) => a + b);
const prefixArb = fc.tuple(word(lower + upper, 1, 1), word(lower + upper + '0123456789', 0, 4)).map(([a, b]) => a + b);

/** A random but valid commitMsg config (maxHeaderLength is set per message). */
export const configArb: fc.Arbitrary<CommitMsgConfig> = fc
  .record({
    types: fc.uniqueArray(typeArb, { minLength: 1, maxLength: 6 }),
    scope: fc.constantFrom('forbidden', 'optional', 'required'),
    breaking: fc.constantFrom('forbidden', 'allowed'),
    taskIdPrefix: prefixArb,
    // Half the configs keep the default (at least taskIdMinDigits), half demand an exact count.
    taskIdDigits: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    taskIdMinDigits: fc.integer({ min: 1, max: 4 }),
    modes: fc.uniqueArray(modeArb, { minLength: 1, maxLength: 4 }),
    bodyLeadingBlank: fc.boolean(),
    bodyMaxLineLength: fc.option(fc.integer({ min: 20, max: 200 }), { nil: null }),
    exempt: fc.subarray([...EXEMPTION_KINDS]),
  })
  // An exact count below the minimum is a config error; keep the exact count consistent.
  .map((raw) => ({ ...raw, taskIdMinDigits: Math.min(raw.taskIdMinDigits, raw.taskIdDigits ?? 9) }))
  .map((raw) => configSchema.parse({ commitMsg: raw }).commitMsg);

/** Characters a subject word may hold: anything visible except brackets (tags) and whitespace. */
const subjectChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'abcXYZ0189:()!?.,;#-_/\'"<>&*+=@$%^{}|~`') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
).filter((ch) => !/[\s[\]\0]/u.test(ch) && !/\p{Cc}/u.test(ch));

const subjectArb = fc
  .array(fc.array(subjectChar, { minLength: 1, maxLength: 8 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));

const gapArb = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \t ');

const dateArb = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const bodyLineArb = fc
  .array(word(lower + upper + '0123456789.,', 1, 5), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '));

/** A config and a valid message for it (maxHeaderLength raised to fit when needed). */
export const validCaseArb = configArb.chain((rules) =>
  fc
    .record({
      type: fc.constantFrom(...rules.types),
      scope: rules.scope === 'forbidden'
        ? fc.constant(undefined)
        : rules.scope === 'required'
          ? word(lower + '0123456789-/.', 1, 8)
          : fc.option(word(lower + '0123456789-/.', 1, 8), { nil: undefined }),
      breaking: rules.breaking === 'allowed' ? fc.boolean() : fc.constant(false),
      subject: subjectArb,
      prefix: fc.constant(rules.taskIdPrefix),
      date: dateArb,
      serial: word('0123456789', rules.taskIdDigits ?? rules.taskIdMinDigits, rules.taskIdDigits ?? rules.taskIdMinDigits + 6),
      mode: fc.constantFrom(...rules.modes),
      sep: gapArb,
      gap1: gapArb,
      gap2: gapArb,
      body: fc.array(bodyLineArb, { maxLength: 4 }),
      // Room for the mutations that add a few characters (`zq` before a type, ` more` after the tags).
      slack: fc.integer({ min: 6, max: 40 }),
    })
    .map(({ slack, ...parts }) => {
      const length = codePoints(renderHeader(parts));
      const config: CommitMsgConfig = { ...rules, maxHeaderLength: Math.max(rules.maxHeaderLength, length + slack) };
      return { rules: config, parts: parts as MessageParts };
    }),
);
