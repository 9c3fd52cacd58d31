import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema, type CommitMsgConfig } from '../../../src/config/schema.js';
import { checkCommitMessage, cleanCommitMessage, type MessageCheckResult } from '../../../src/core/commit-message/index.js';
import { codePoints, configArb, render, renderHeader, validCaseArb, type MessageParts } from './grammar.js';

// The default run stays fast; a fuzz run raises it (FC_NUM_RUNS=20000 npx vitest run ...).
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 300);
const defaults = configSchema.parse({}).commitMsg;

function expectWellFormed(result: MessageCheckResult): void {
  expect(['accepted', 'exempt', 'rejected']).toContain(result.status);
  expect(result.violations.map((v) => v.rule)).not.toContain('internal-error');
  // Diagnostics quote the user's text only in short excerpts, however long the message.
  for (const v of result.violations) expect(v.message.length + (v.hint?.length ?? 0)).toBeLessThan(600);
  if (result.status === 'rejected') expect(result.violations.some((v) => v.severity === 'error')).toBe(true);
  else expect(result.violations.every((v) => v.severity !== 'error')).toBe(true);
}

describe('checkCommitMessage never throws', () => {
  const lineArb = fc.oneof(
    fc.string(),
    fc.constantFrom('feat: x', '[T-2025-01-18-001]', '[MODE:F]', '# comment', '# ------------------------ >8 ------------------------', 'Merge branch \'x\'', '', '\r', 'fixup! x'),
  );
  it.each([
    ['fc.string', fc.string({ maxLength: 300 })],
    ['binary strings (lone surrogates)', fc.string({ unit: 'binary', maxLength: 300 })],
    ['full unicode graphemes', fc.string({ unit: 'grapheme', maxLength: 100 })],
    ['arrays of lines, LF or CRLF', fc.tuple(fc.array(lineArb, { maxLength: 12 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol))],
  ])('on %s, under random configs and comment chars', (_name, messageArb) => {
    fc.assert(
      fc.property(messageArb, configArb, fc.constantFrom(undefined, '#', ';', 'auto', '//'), (raw, rules, commentChar) => {
        const result = checkCommitMessage(raw, rules, commentChar === undefined ? {} : { commentChar });
        expectWellFormed(result);
        expect(result.cleaned).toBe(cleanCommitMessage(raw, commentChar));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it.each([
    ['open parentheses and unclosed tags', `feat(${'('.repeat(50_000)}: ${'[T-'.repeat(50_000)}${' '.repeat(50_000)}${'[MODE:'.repeat(50_000)}T-1-1-1-1${'-'.repeat(50_000)}`],
    ['many misplaced tags', `feat: ${'[T-2025-01-18-001] x '.repeat(50_000)}`],
    ['many bare ids', `feat: ${' T-2025-01-18-1'.repeat(50_000)} mode:${'F'.repeat(50_000)}`],
    ['nested brackets', `feat: ${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['a huge type word', `${'a'.repeat(500_000)}: x`],
    ['a huge merge look-alike', `Merge ${'a.'.repeat(200_000)}`],
    ['many comment lines for auto', '#x\n;y\n'.repeat(100_000)],
  ])('stays fast on %s (no backtracking, no quadratic joins)', (_name, nasty) => {
    const started = performance.now();
    expectWellFormed(checkCommitMessage(nasty, defaults, { commentChar: 'auto' }));
    expectWellFormed(checkCommitMessage(nasty, defaults));
    // A generous bound on a busy machine: a quadratic or backtracking path would take minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('messages generated from the grammar', () => {
  it('are accepted, and parse back to their parts', () => {
    fc.assert(
      fc.property(validCaseArb, ({ rules, parts }) => {
        const result = checkCommitMessage(render(parts), rules);
        expect(result.violations).toEqual([]);
        expect(result.status).toBe('accepted');
        if (result.status !== 'accepted') return;
        expect(result.header).toEqual({
          type: parts.type,
          ...(parts.scope !== undefined && { scope: parts.scope }),
          ...(parts.breaking && { breaking: true }),
          subject: parts.subject,
          taskId: `${parts.prefix}-${parts.date}-${parts.serial}`,
          mode: parts.mode,
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

type Mutation = (parts: MessageParts, rules: CommitMsgConfig) => { message: string; rules?: CommitMsgConfig } | undefined;

const withParts = (change: (p: MessageParts, rules: CommitMsgConfig) => Partial<MessageParts> | undefined): Mutation => (p, rules) => {
  const patch = change(p, rules);
  return patch === undefined ? undefined : { message: render({ ...p, ...patch }) };
};
const replaceHeader = (change: (header: string, p: MessageParts) => string): Mutation => (p) => {
  const header = change(renderHeader(p), p);
  return { message: p.body.length ? `${header}\n\n${p.body.join('\n')}` : header };
};
const taskTag = (p: MessageParts): string => `[${p.prefix}-${p.date}-${p.serial}]`;

const MUTATIONS: ReadonlyArray<readonly [string, string, Mutation]> = [
  ['an unknown type', 'type-unknown', withParts((p, rules) => {
    const type = 'zq' + p.type.replace(/-/g, '');
    return rules.types.includes(type) ? undefined : { type };
  })],
  ['a capitalised type', 'type-case', withParts((p) => ({ type: p.type.toUpperCase() }))],
  ['no type before the colon', 'type-missing', replaceHeader((h, p) => h.slice(p.type.length + (p.scope === undefined ? 0 : p.scope.length + 2) + (p.breaking ? 1 : 0)))],
  // (A subject that starts with a colon would read as `type : subject`, which is a different break.)
  ['no colon', 'separator-missing', (p, rules) => (p.subject.startsWith(':') ? undefined : replaceHeader((h) => h.replace(':' + p.sep, ' '))(p, rules))],
  ['no space after the colon', 'separator-missing', withParts(() => ({ sep: '' }))],
  ['an empty subject', 'subject-empty', withParts(() => ({ subject: '' }))],
  ['no task id', 'task-id-missing', replaceHeader((h, p) => h.replace(p.gap1 + taskTag(p), ''))],
  // One digit more breaks only an exact count; one fewer breaks whatever sits at its minimum.
  ['one digit too many', 'task-id-invalid', withParts((p, rules) => (rules.taskIdDigits === null ? undefined : { serial: p.serial + '0' }))],
  ['one digit too few', 'task-id-invalid', withParts((p, rules) => (
    p.serial.length === (rules.taskIdDigits ?? rules.taskIdMinDigits) ? { serial: p.serial.slice(1) } : undefined))],
  ['a wrong prefix', 'task-id-invalid', withParts((p) => ({ prefix: p.prefix + 'X' }))],
  ['a dash missing in the date', 'task-id-invalid', withParts((p) => ({ date: p.date.replace('-', '') }))],
  ['no brackets round the task id', 'task-id-invalid', replaceHeader((h, p) => h.replace(taskTag(p), taskTag(p).slice(1, -1)))],
  ['month 13', 'task-id-date-invalid', withParts((p) => ({ date: p.date.slice(0, 5) + '13' + p.date.slice(7) }))],
  ['day 00', 'task-id-date-invalid', withParts((p) => ({ date: p.date.slice(0, 8) + '00' }))],
  ['day 32', 'task-id-date-invalid', withParts((p) => ({ date: p.date.slice(0, 8) + '32' }))],
  ['Feb 30', 'task-id-date-invalid', withParts((p) => ({ date: p.date.slice(0, 5) + '02-30' }))],
  ['Feb 29 of a common year', 'task-id-date-invalid', withParts(() => ({ date: '2023-02-29' }))],
  ['Feb 29 of a century year', 'task-id-date-invalid', withParts(() => ({ date: '2100-02-29' }))],
  ['an unknown mode', 'mode-invalid', withParts((p, rules) => {
    const mode = p.mode + 'QZ';
    return rules.modes.includes(mode) ? undefined : { mode };
  })],
  ['a lower-case mode', 'mode-invalid', withParts((p) => (/[A-Z]/.test(p.mode) ? { mode: p.mode.toLowerCase() } : undefined))],
  ['no mode', 'mode-missing', replaceHeader((h, p) => h.replace(`${p.gap2}[MODE:${p.mode}]`, ''))],
  ['mode before task id', 'tags-order', replaceHeader((h, p) => h.replace(`${taskTag(p)}${p.gap2}[MODE:${p.mode}]`, `[MODE:${p.mode}]${p.gap2}${taskTag(p)}`))],
  ['text after the tags', 'tags-position', replaceHeader((h) => `${h} more`)],
  ['a subject one character too long', 'header-too-long', withParts((p, rules) => ({
    subject: `${p.subject} ${'x'.repeat(Math.max(1, rules.maxHeaderLength - codePoints(renderHeader(p))))}`,
  }))],
  ['a scope where scopes are forbidden', 'scope-forbidden', withParts((_p, rules) => (rules.scope === 'forbidden' ? { scope: 'api' } : undefined))],
  ['no scope where one is required', 'scope-missing', (p, rules) => {
    if (rules.scope !== 'required') return undefined;
    const { scope: _drop, ...rest } = p;
    return { message: render(rest) };
  }],
  ['a breaking-change marker where it is forbidden', 'breaking-forbidden', withParts((_p, rules) => (rules.breaking === 'forbidden' ? { breaking: true } : undefined))],
  ['an empty scope', 'scope-empty', withParts((_p, rules) => (rules.scope === 'forbidden' ? undefined : { scope: '' }))],
  ['no blank line before the body', 'body-leading-blank', (p, rules) =>
    (rules.bodyLeadingBlank ? { message: `${renderHeader(p)}\n${p.body.join('\n') || 'body'}` } : undefined)],
];

describe('every single-part mutation of a valid message', () => {
  it.each(MUTATIONS)('%s is rejected with %s, and the example passes', (_name, code, mutate) => {
    fc.assert(
      fc.property(validCaseArb, ({ rules, parts }) => {
        const mutated = mutate(parts, rules);
        fc.pre(mutated !== undefined);
        const usedRules = mutated!.rules ?? rules;
        // A branch id makes the example pass as it is (without one it holds placeholders).
        const branchTaskId = `${usedRules.taskIdPrefix}-2026-11-22-${'1'.repeat(usedRules.taskIdDigits ?? usedRules.taskIdMinDigits)}`;
        const result = checkCommitMessage(mutated!.message, usedRules, { branchTaskId });
        expect(result.status).toBe('rejected');
        expect(result.violations.map((v) => v.rule)).toEqual([code]);
        if (result.status !== 'rejected') return;
        const fixed = checkCommitMessage(result.example!, usedRules);
        expect(fixed.violations).toEqual([]);
        expect(fixed.status).toBe('accepted');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('with placeholders filled in, the example passes', () => {
    fc.assert(
      fc.property(validCaseArb, fc.constantFrom(...MUTATIONS), ({ rules, parts }, [, , mutate]) => {
        const mutated = mutate(parts, rules);
        fc.pre(mutated !== undefined);
        const usedRules = mutated!.rules ?? rules;
        const result = checkCommitMessage(mutated!.message, usedRules);
        if (result.status !== 'rejected') throw new Error('not rejected');
        // The placeholders are visible: `YYYY-MM-DD` for the date, `N`s for the serial.
        const filled = result.example!.replace('-YYYY-MM-DD-', '-2024-02-29-').replace(/-2024-02-29-(N+)\]/, (_all, ns: string) => `-2024-02-29-${'1'.repeat(ns.length)}]`);
        expect(checkCommitMessage(filled, usedRules).status).toBe('accepted');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
