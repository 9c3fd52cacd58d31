import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.js';
import { checkCommitMessage } from '../../../src/core/commit-message/index.js';

const defaults = configSchema.parse({}).commitMsg;

describe('git-generated messages are exempt, on the first line only', () => {
  it.each([
    ["Merge branch 'feature/x'", 'merge'],
    ["Merge branch 'feature/x' into develop", 'merge'],
    ["Merge branches 'a' and 'b'", 'merge'],
    ["Merge remote-tracking branch 'origin/main'", 'merge'],
    ["Merge remote-tracking branches 'origin/a' and 'origin/b'", 'merge'],
    ["Merge tag 'v1.2.0'", 'merge'],
    ["Merge commit 'abc1234'", 'merge'],
    ["Merge branch 'main' of https://github.com/o/r", 'merge'],
    ["Merge HEAD, branch 'x' of git@github.com:o/r", 'merge'],
    ['Merge https://github.com/o/r', 'merge'],
    ["Merge branch 'x'\n\n# Conflicts:\n#\tsrc/a.ts\n", 'merge'],
    ['Revert "feat: add x [T-2025-01-18-001] [MODE:F]"\n\nThis reverts commit 0123abc.', 'revert'],
    ['Reapply "feat: add x"', 'revert'],
    ['fixup! feat: add x [T-2025-01-18-001] [MODE:F]', 'fixup'],
    ['squash! feat: add x', 'squash'],
    ['amend! feat: add x\n\nfeat: add x better [T-2025-01-18-001] [MODE:F]', 'amend'],
    ["\n# leading comment\nMerge branch 'x'", 'merge'],
    ["Merge branches 'a', 'b' and 'c' into develop", 'merge'],
    ["Merge tags 'v1' and 'v2'", 'merge'],
    ["Merge branch 'a'; remote-tracking branch 'origin/b'", 'merge'],
    ["Merge branch 'x' of ../other into topic", 'merge'],
    ['Merge git@github.com:o/r into topic', 'merge'],
    ['fixup! fixup! feat: x', 'fixup'],
  ])('%j is exempt as %s', (message, kind) => {
    const result = checkCommitMessage(message, defaults);
    expect(result).toMatchObject({ status: 'exempt', exemption: kind, violations: [] });
  });

  it.each([
    ['a look-alike merge', 'Merged stuff'],
    ['Merge without a git source', 'Merge the two parsers'],
    ['lower-case merge', "merge branch 'x'"],
    ['a body line starting with Merge', "feat: x\n\nMerge branch 'y'"],
    ['a hand-written revert', 'Revert the parser change'],
    ['revert without the closing quote', 'Revert "feat: x'],
    ['fixup without the space', 'fixup!feat: x'],
    ['Fixup capitalised', 'Fixup! feat: x'],
    ['a merge after a blank first line that is a comment in another char', "; note\nMerge branch 'x'"],
    ['a pulled URL followed by free text', 'Merge https://example.com/o/r anything at all'],
    ['an scp-like source followed by free text', 'Merge a@b:c anything'],
    ['an unclosed branch quote', "Merge branch '"],
    ['a branch followed by free text', "Merge branch 'x' and some more words"],
    ['a branch list without its last name', "Merge branches 'a', 'b' and"],
    ['into with two words', "Merge branch 'x' into my branch"],
    ['an empty fixup', 'fixup!  '],
    ['an empty amend', 'amend! '],
  ])('%s is checked: %j', (_name, message) => {
    expect(checkCommitMessage(message, defaults).status).toBe('rejected');
  });

  it('checks a kind left out of `exempt`', () => {
    const rules = configSchema.parse({ commitMsg: { exempt: ['revert'] } }).commitMsg;
    expect(checkCommitMessage("Merge branch 'x'", rules).status).toBe('rejected');
    expect(checkCommitMessage('fixup! feat: x', rules).status).toBe('rejected');
    expect(checkCommitMessage('Revert "x"', rules).status).toBe('exempt');
  });

  it('exempts a merge first line only on a commit known to be a merge (pre-push knows the parents)', () => {
    expect(checkCommitMessage("Merge branch 'x'", defaults, { mergeCommit: true }).status).toBe('exempt');
    expect(checkCommitMessage("Merge branch 'x'", defaults, { mergeCommit: false }).status).toBe('rejected');
    expect(checkCommitMessage('Revert "x"', defaults, { mergeCommit: false }).status).toBe('exempt');
  });

  it('does not exempt an empty message', () => {
    expect(checkCommitMessage('# fixup! x\n', defaults).violations.map((v) => v.rule)).toEqual(['message-empty']);
  });
});
