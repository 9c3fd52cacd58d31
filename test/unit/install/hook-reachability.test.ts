import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN, checkBlockReachable, composeHookBlock, mergeHookBlock } from '../../../src/install/hook-block.js';
import { findScriptEnd } from '../../../src/install/hook-reachability.js';

const block = composeHookBlock('commit-msg', '');

describe('findScriptEnd', () => {
  it.each([
    ['a final exit 0', 'npm test\nexit 0\n', 1, 'exit 0'],
    ['a bare exit', 'exit\n', 0, 'exit'],
    ['exec of a command', 'exec lint-staged\n', 0, 'exec lint-staged'],
    ['exit after a semicolon', 'npm test; exit 0\n', 0, 'exit 0'],
    ['exit after a closed if', 'if [ x ]; then exit 0; fi\nexit 1\n', 1, 'exit 1'],
    ['exec after a loop', 'while true; do\n break\ndone\nexec npx lint-staged\n', 3, 'exec npx lint-staged'],
    ['exit after a here-document', 'cat <<EOF\nhi\nEOF\nexit 0\n', 3, 'exit 0'],
  ])('finds %s', (_name, script, lineIndex, command) => {
    expect(findScriptEnd(script)).toEqual({ status: 'ends', end: { lineIndex, command } });
  });

  it.each([
    ['exec with redirections only', 'exec < /dev/tty\nexec 2>&1\nexec 3>> log\nnpm test\n'],
    ['a conditional exit', '[ -n "$CI" ] && exit 0\ntrue || exit 1\n'],
    ['exit inside if', 'if [ x ]; then\n  exit 0\nfi\n'],
    ['exit inside a function', 'f() {\n exit 1\n}\nf\ng () { exit 1; }\n'],
    ['exec inside a subshell', '(cd web && exec foo)\n'],
    ['exit inside case', 'case "$1" in\n a) exit 0 ;;\n *) echo ;;\nesac\n'],
    ['exit inside a loop', 'for f in a b; do exit; done\n'],
    ['exit in a here-document', 'cat <<EOF\nexit 0\nEOF\n'],
    ['exit in quotes, a comment or a command substitution', 'echo "exit 0"\n# exit 0\nx=$(exit 1)\n'],
    ['exit at the end of a pipeline', 'echo a | exit 0\n'],
    ['our own block', `${block}\n`],
  ])('does not count %s', (_name, script) => {
    expect(findScriptEnd(script)).toEqual({ status: 'open' });
  });

  it('stops at the given line', () => {
    expect(findScriptEnd('npm test\nexit 0\n', 1)).toEqual({ status: 'open' });
  });

  it.each([
    ['an unclosed if', 'if x\n  exit 0\n'],
    ['an open quote', "echo 'a\nexit 0\n"],
    ['an unclosed here-document', 'cat <<EOF\nexit 0\n'],
  ])('says it cannot follow %s', (_name, script) => {
    expect(findScriptEnd(script).status).toBe('unknown');
  });

  // The reader's verdict is checked against sh itself: a marker after the script's text prints
  // exactly when findScriptEnd says the script is open.
  it.each([
    'exit 0\n', 'exec true\n', 'exec 2>&1\n', 'false && exit 0\n', 'false || true\n', 'if false; then exit 0; fi\n',
    'f() { exit 0; }\n', '(exit 0)\n', 'case a in a) ;; esac\n', 'true; exit 3\n', 'echo "exit"\n', 'exec </dev/null\n',
  ])('agrees with sh on %j', (script) => {
    const ran = spawnSync('sh', ['-c', `${script}echo reached`], { encoding: 'utf8' }).stdout.includes('reached');
    expect(findScriptEnd(script).status === 'open').toBe(ran);
  });
});

describe('mergeHookBlock with a script that ends early', () => {
  it('adds the block before a final exit 0', () => {
    const merged = mergeHookBlock('npm test\nexit 0\n', block);
    expect(merged).toEqual({ content: `npm test\n\n${block}\n\nexit 0\n`, change: 'added', note: 'before `exit 0` (line 2), which ends the script' });
  });

  it('adds the block before an exec on the first line', () => {
    expect(mergeHookBlock('exec lint-staged\n', block).content).toBe(`${block}\n\nexec lint-staged\n`);
  });

  it('moves a block that stands after an exit, and the next run leaves it', () => {
    const moved = mergeHookBlock(`npm test\nexit 0\n\n${block}\n`, block);
    expect(moved.change).toBe('moved');
    expect(moved.content).toBe(`npm test\n\n${block}\n\nexit 0\n`);
    expect(mergeHookBlock(moved.content, block).change).toBe('unchanged');
  });

  it('refuses a script it cannot follow that holds an exit, and keeps it', () => {
    const text = 'if [ -n "$X" ]; then\n  exit 0\n';
    expect(mergeHookBlock(text, block)).toMatchObject({ content: text, change: 'refused' });
  });

  it('appends to a script it cannot follow that holds no exit or exec', () => {
    expect(mergeHookBlock('if [ -n "$X" ]; then\n  echo x\n', block).change).toBe('added');
  });
});

describe('checkBlockReachable', () => {
  it.each([
    ['no block', 'npm test\n', 'absent'],
    ['a block at the end', `npm test\n\n${block}\n`, 'reachable'],
    ['a block after exit 0', `exit 0\n${block}\n`, 'unreachable'],
    ['a block after exec', `exec lint-staged\n${block}\n`, 'unreachable'],
    ['a block after shell it cannot follow', `if x; then\nexit 0\n${block}\n`, 'unknown'],
  ])('says %s is %s', (_name, text, status) => {
    expect(checkBlockReachable(text).status).toBe(status);
  });

  it('names the command and its line', () => {
    expect(checkBlockReachable(`echo\nexec lint-staged\n${BLOCK_BEGIN}\n# <<< prove-hooks\n`)).toEqual({
      status: 'unreachable',
      end: { lineIndex: 1, command: 'exec lint-staged' },
    });
  });
});
