import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN, BLOCK_END, HOOK_NAMES, composeHookBlock, mergeHookBlock, quoteShell } from '../../../src/install/hook-block.js';

const block = composeHookBlock('commit-msg', '');

describe('composeHookBlock', () => {
  it.each(HOOK_NAMES)('calls the installed binary directly for %s, never npx', (hook) => {
    const text = composeHookBlock(hook, '');
    expect(text).toContain(`node_modules/.bin/prove-hooks ${hook}`);
    expect(text).not.toMatch(/\bnpx\b/);
    expect(text.split('\n')[0]!.startsWith(BLOCK_BEGIN)).toBe(true);
    expect(text.split('\n').at(-1)).toBe(BLOCK_END);
  });

  it.each([
    ['commit-msg', '"$1"'],
    ['pre-push', '"$1" "$2"'],
  ] as const)('passes git\'s arguments to %s', (hook, args) => {
    expect(composeHookBlock(hook, '')).toContain(`${hook} ${args}`);
  });

  it('runs a subfolder package\'s binary from its folder with an absolute message path', () => {
    const text = composeHookBlock('commit-msg', 'packages/web app');
    expect(text).toContain("if [ -x 'packages/web app/node_modules/.bin/prove-hooks' ]");
    expect(text).toContain("(cd 'packages/web app' && exec node_modules/.bin/prove-hooks commit-msg \"$prove_hooks_msg\")");
  });

  it.each(HOOK_NAMES.flatMap((hook) => [[hook, ''], [hook, 'web'], [hook, "it's/a dir"]] as const))(
    'is valid POSIX sh (%s in %j)',
    (hook, dir) => {
      const result = spawnSync('sh', ['-n'], { input: composeHookBlock(hook, dir), encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    },
  );
});

describe('quoteShell', () => {
  it.each([
    ['web', 'web'],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
  ])('quotes %j as %j', (input, quoted) => {
    expect(quoteShell(input)).toBe(quoted);
  });

  it('round-trips any string through sh', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }).filter((s) => !s.includes('\0')), (text) => {
        const result = spawnSync('sh', ['-c', `printf %s ${quoteShell(text)}`], { encoding: 'utf8' });
        expect(result.stdout).toBe(text);
      }),
      { numRuns: 40 },
    );
  });
});

describe('mergeHookBlock', () => {
  it.each([
    ['a missing file', undefined, `${block}\n`, 'created'],
    ['an empty file', '', `${block}\n`, 'added'],
    ['a file with user lines', 'npm test\n', `npm test\n\n${block}\n`, 'added'],
    ['a file without a final newline', 'npm test', `npm test\n\n${block}\n`, 'added'],
    ['a file with our block', `npm test\n\n${block}\n`, `npm test\n\n${block}\n`, 'unchanged'],
    ['a file with an older block', `x\n${BLOCK_BEGIN} old\nold line\n${BLOCK_END}\ny\n`, `x\n${block}\ny\n`, 'updated'],
    ['a hand-written call', 'npx prove-hooks commit-msg "$1"\n', 'npx prove-hooks commit-msg "$1"\n', 'unmarked'],
    ['a begin marker without end', `${BLOCK_BEGIN}\nnpm test\n`, `${BLOCK_BEGIN}\nnpm test\n`, 'conflict'],
    ['two blocks', `${block}\n${block}\n`, `${block}\n${block}\n`, 'conflict'],
  ])('handles %s', (_name, existing, content, change) => {
    expect(mergeHookBlock(existing, block)).toEqual({ content, change });
  });

  it('does not count a commented-out call as ours', () => {
    expect(mergeHookBlock('# prove-hooks commit-msg "$1"\n', block).change).toBe('added');
  });

  const userLines = fc.array(
    fc.string({ unit: 'grapheme-ascii' }).map((s) => s.replace(/[\r\n]/g, ' ')).filter((s) => !s.includes('prove-hooks')),
    { maxLength: 8 },
  );

  it('is idempotent and keeps every user line, with the block exactly once', () => {
    fc.assert(
      fc.property(userLines, fc.constantFrom(...HOOK_NAMES), fc.constantFrom('', 'web', 'a b/c'), (lines, hook, dir) => {
        const ours = composeHookBlock(hook, dir);
        const once = mergeHookBlock(lines.join('\n'), ours);
        const twice = mergeHookBlock(once.content, ours);
        expect(twice).toEqual({ content: once.content, change: 'unchanged' });
        expect(once.content.split(BLOCK_BEGIN)).toHaveLength(2);
        const kept = once.content.replace(`${ours}\n`, '').split('\n');
        for (const line of lines) if (line.trim() !== '') expect(kept).toContain(line);
      }),
    );
  });
});
