import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MessageCheckResult } from '../../../src/core/commit-message/index.js';
import { createPalette, shouldUseColor } from '../../../src/report/colors.js';
import { formatMessageReport, formatRetryCommand, toMessageReportJson } from '../../../src/report/message-report.js';
import { quoteShell as quoteForShell } from '../../../src/install/hook-block.js';
import { formatSkipNotice, skipRequestedBy } from '../../../src/report/skip-notice.js';

const rejected: MessageCheckResult = {
  status: 'rejected',
  cleaned: 'feature: add login\n\nWhy it matters.\n',
  violations: [
    { rule: 'type-unknown', severity: 'error', message: 'The type feature is not allowed.', hint: 'Did you mean feat?', line: 1 },
    { rule: 'mode-missing', severity: 'error', message: 'The mode tag is missing.', line: 1 },
  ],
  example: 'feat: add login [T-2026-11-22-001] [MODE:F]\n\nWhy it matters.',
  exampleHeader: 'feat: add login [T-2026-11-22-001] [MODE:F]',
};
const accepted: MessageCheckResult = {
  status: 'accepted',
  cleaned: 'feat: x [T-2026-11-22-001] [MODE:F]\n',
  header: { type: 'feat', subject: 'x', taskId: 'T-2026-11-22-001', mode: 'F' },
  violations: [],
};
const exempt: MessageCheckResult = { status: 'exempt', cleaned: "Merge branch 'x'\n", exemption: 'merge', violations: [] };
const base = { color: false, quietWhenAccepted: false, configFile: null };

describe('formatMessageReport', () => {
  it('lists every violation with its code, message and hint, then the example', () => {
    const text = formatMessageReport(rejected, base);
    expect(text).toBe(
      [
        '✖ commit message rejected (2 problems)',
        '  > feature: add login',
        '',
        '  type-unknown  The type feature is not allowed.',
        '                hint: Did you mean feat?',
        '  mode-missing  The mode tag is missing.',
        '',
        '  A message that passes:',
        '    feat: add login [T-2026-11-22-001] [MODE:F]',
        '',
        '    Why it matters.',
        '',
      ].join('\n'),
    );
  });

  it('escapes terminal control sequences from the message in the quoted header, the violations and the example', () => {
    const hostile: MessageCheckResult = {
      status: 'rejected',
      cleaned: 'feat: add \u001b]0;pwned\u0007 login\n\n\tindented \u001b[2J body\n',
      violations: [{ rule: 'type-unknown', severity: 'error', message: 'The type fe\u001b[31mat is not allowed.', hint: 'Did you mean \u009b?', line: 1 }],
      example: 'feat: add \u001b]0;pwned\u0007 login [T-YYYY-MM-DD-NNN] [MODE:F]\n\n\tindented \u001b[2J body',
    };
    const text = formatMessageReport(hostile, base);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('  > feat: add \\033]0;pwned\\a login');
    expect(text).toContain('The type fe\\033[31mat is not allowed.');
    expect(text).toContain('hint: Did you mean \\302\\233?');
    expect(text).toContain('    \tindented \\033[2J body');
  });

  it('ends with the retry command for a saved message', () => {
    const text = formatMessageReport(rejected, { ...base, saved: { status: 'saved', path: '/r/.git/prove-hooks/rejected/a b.txt', lastPath: '/x' } });
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([
      '  Your message is saved. Edit it and commit again with:',
      "    git commit --edit --file='/r/.git/prove-hooks/rejected/a b.txt'",
    ]);
  });

  it('prints the message itself when it could not be saved', () => {
    const text = formatMessageReport(rejected, { ...base, saved: { status: 'not-saved', reason: 'EROFS', message: rejected.cleaned } });
    expect(text).toContain('could not be saved (EROFS)');
    expect(text).toContain('    feature: add login\n\n    Why it matters.\n');
  });

  it('shortens a long example and says the rest is unchanged', () => {
    const long = { ...rejected, example: ['h', '', ...Array.from({ length: 20 }, (_, i) => `line ${i}`)].join('\n') } as MessageCheckResult;
    const text = formatMessageReport(long, base);
    expect(text).toContain('(15 more lines of your body, unchanged)');
    expect(text).not.toContain('line 19');
  });

  it.each([
    ['accepted, quiet (the hook)', accepted, true, ''],
    ['accepted, by hand', accepted, false, '✔ commit message OK\n'],
    ['exempt, quiet', exempt, true, ''],
    ['exempt, by hand', exempt, false, "✔ commit message exempt: git's own merge message\n"],
  ])('prints %s', (_what, result, quiet, expected) => {
    expect(formatMessageReport(result, { ...base, quietWhenAccepted: quiet })).toBe(expected);
  });

  it('shows warnings of an accepted message even when quiet', () => {
    const warned = { ...accepted, violations: [{ rule: 'x-warn', severity: 'warning', message: 'Careful.' }] } as MessageCheckResult;
    expect(formatMessageReport(warned, { ...base, quietWhenAccepted: true })).toBe('  x-warn  Careful.\n');
  });

  it('colours only when asked', () => {
    expect(formatMessageReport(rejected, base)).not.toContain('\u001b[');
    expect(formatMessageReport(rejected, { ...base, color: true })).toContain('\u001b[31m');
  });
});

describe('toMessageReportJson', () => {
  it('has every documented field', () => {
    const json = toMessageReportJson(rejected, { configFile: '/r/.proverc.json', saved: { status: 'saved', path: '/r/m.txt', lastPath: '/r/l.txt' } });
    expect(json).toEqual({
      status: 'rejected',
      violations: rejected.violations,
      cleaned: rejected.cleaned,
      exemption: null,
      example: rejected.status === 'rejected' ? rejected.example : null,
      exampleHeader: 'feat: add login [T-2026-11-22-001] [MODE:F]',
      savedMessage: '/r/m.txt',
      retryCommand: 'git commit --edit --file=/r/m.txt',
      configFile: '/r/.proverc.json',
      helpUrl: null,
    });
  });

  it('links commitMsg.helpUrl on a rejection, in text and JSON, and only there', () => {
    const helpUrl = 'https://wiki.example.com/commits';
    expect(formatMessageReport(rejected, { ...base, helpUrl })).toContain(`\n  More about the convention: ${helpUrl}\n`);
    expect(formatMessageReport(accepted, { ...base, helpUrl })).not.toContain(helpUrl);
    expect(toMessageReportJson(rejected, { configFile: null, helpUrl }).helpUrl).toBe(helpUrl);
    expect(toMessageReportJson(accepted, { configFile: null, helpUrl }).helpUrl).toBeNull();
  });

  it('names the exemption of an exempt message', () => {
    expect(toMessageReportJson(exempt, { configFile: null })).toMatchObject({ status: 'exempt', exemption: 'merge', retryCommand: null });
  });
});

describe('shell quoting of the retry path', () => {
  it.each([
    ['/a/b/c.txt', '/a/b/c.txt'],
    ['/a b/c.txt', "'/a b/c.txt'"],
    ["/it's/x", `'/it'\\''s/x'`],
    ['$HOME', "'$HOME'"],
  ])('quotes %j as %s', (word, quoted) => {
    expect(quoteForShell(word)).toBe(quoted);
  });

  it('round-trips any path through a real POSIX shell', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', "'", '"', '$', '`', '\\', '!', '*', '\t', ';', '&', '(', 'é', '\n') }), (word) => {
        const result = spawnSync('sh', ['-c', `printf '%s' ${quoteForShell(word)}`], { encoding: 'utf8' });
        expect(result.stdout).toBe(word);
      }),
      { numRuns: 60 },
    );
  });

  it('builds the retry command', () => {
    expect(formatRetryCommand('/x y/m.txt')).toBe("git commit --edit --file='/x y/m.txt'");
    // Lines starting with # survive --edit only with a cleanup that keeps them.
    expect(formatRetryCommand('/r/m.txt', true)).toBe('git commit --cleanup=scissors --edit --file=/r/m.txt');
  });
});

describe('shouldUseColor', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: '1', NO_COLOR: 'x' }, false],
    [true, { TERM: 'dumb' }, false],
  ])('isTTY %s with %j -> %s', (isTTY, env, expected) => {
    expect(shouldUseColor({ isTTY }, env)).toBe(expected);
  });

  it('gives plain text without colour', () => {
    expect(createPalette(false).red('x')).toBe('x');
  });
});

describe('skip notice', () => {
  it.each([
    [{ PROVE_SKIP: '1' }, 'PROVE_SKIP'],
    [{ PROVE_SKIP: 'true' }, 'PROVE_SKIP'],
    [{ HUSKY: '0' }, 'HUSKY=0'],
    [{ PROVE_SKIP: '0' }, undefined],
    [{ HUSKY: '1' }, undefined],
    [{}, undefined],
  ])('%j skips by %s', (env, by) => {
    expect(skipRequestedBy(env)).toBe(by);
  });

  it('is one line naming the variable and the hook', () => {
    expect(formatSkipNotice('commit-msg', 'HUSKY=0')).toBe('prove-hooks: HUSKY=0 is set, commit-msg not checked\n');
  });
});
