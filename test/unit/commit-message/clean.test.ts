import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.js';
import { cleanMessageAs, editorUsedBy, hookCleanupMode } from '../../../src/core/commit-message/clean.js';
import { checkCommitMessage, cleanCommitMessage, detectAutoCommentChar, type CleanupMode } from '../../../src/core/commit-message/index.js';
import { createTempRepo, type TempRepo } from '../../helpers/git-repo.js';

const SCISSORS = '# ------------------------ >8 ------------------------\n';

describe('cleanCommitMessage', () => {
  it.each<[string, string, string, string?]>([
    ['empty', '', ''],
    ['only blanks', ' \n\t\n\r\n', ''],
    ['adds the final newline', 'subject', 'subject\n'],
    ['drops comment lines', '# a\nsubject\n# b\n', 'subject\n'],
    ['keeps an indented # (git only strips column 0)', 'subject\n\n  # kept\n', 'subject\n\n  # kept\n'],
    ['keeps # in the middle of a line', 'fix #12 crash\n', 'fix #12 crash\n'],
    ['drops trailing whitespace and CR (CRLF files)', 'subject  \r\n\r\nbody\t\r\n', 'subject\n\nbody\n'],
    ['keeps \\v and \\f (not spaces to git)', 'a\v\nb\f\n', 'a\v\nb\f\n'],
    ['collapses runs of blank lines', 'a\n\n\n\nb\n\n\n', 'a\n\nb\n'],
    ['drops leading blank lines', '\n\n  \nsubject\n', 'subject\n'],
    ['blank lines around comments collapse', 'a\n\n# c\n\nb\n', 'a\n\nb\n'],
    ['cuts at the scissors line', `subject\n\n${SCISSORS}diff --git a b\n+x\n`, 'subject\n'],
    ['cuts at a scissors line at the very start', `${SCISSORS}subject\n`, ''],
    ['needs the exact scissors line', 'subject\n#  ------------------------ >8 ------------------------\nkept\n', 'subject\nkept\n'],
    ['a CRLF scissors line is not one (as in git)', 'subject\r\n# ------------------------ >8 ------------------------\r\nkept\r\n', 'subject\nkept\n'],
    ['honours another comment char', '; note\n# kept\nsubject\n', '# kept\nsubject\n', ';'],
    ['scissors with another comment char', `subject\n; ------------------------ >8 ------------------------\n# diff\n`, 'subject\n', ';'],
    ['a multi-character comment string (git 2.45+)', '// note\nsubject\n', 'subject\n', '//'],
  ])('%s', (_name, raw, expected, commentChar) => {
    expect(cleanCommitMessage(raw, commentChar)).toBe(expected);
  });

  it('is linear on a huge message', () => {
    const raw = 'subject\n' + '# comment\nline   \n\n\n'.repeat(200_000);
    expect(cleanCommitMessage(raw).length).toBeGreaterThan(0);
  });
});

describe('detectAutoCommentChar', () => {
  it.each([
    ['# when the message has no #', 'subject\n\n# Please enter...\n', '#'],
    ['# when # starts no line', 'fix #12\n', '#'],
    ['; when a line starts with # and the comments use ;', '#12 fix\n\n; Please enter the message\n;\n; On branch main\n', ';'],
    ['@ when # and ; start lines', '#a\n;b\n\n@ Please enter\n@\n', '@'],
    ['the scissors char, even with text after the comments', `#a\nsubject\n; hi\n; ------------------------ >8 ------------------------\n#diff\n`, ';'],
    ['the first unused candidate when git added no comments', '#a\nsubject\n', ';'],
  ])('%s', (_name, raw, expected) => {
    expect(detectAutoCommentChar(raw)).toBe(expected);
  });
});

describe('cleaning matches real git', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createTempRepo();
  });
  afterAll(() => repo.cleanup());

  const gitStripspace = (input: string, commentChar: string): string => {
    const result = spawnSync('git', ['-c', `core.commentChar=${commentChar}`, 'stripspace', '--strip-comments'], {
      cwd: repo.dir, env: repo.env, input, encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout;
  };

  it('agrees with `git stripspace --strip-comments` on random text', () => {
    const alphabet = fc.constantFrom('#', ';', ' ', '\t', '\n', '\n', '\r', '\v', 'a', 'b', 'é', '日');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')), fc.constantFrom('#', ';'), (raw, commentChar) => {
        expect(cleanCommitMessage(raw, commentChar)).toBe(gitStripspace(raw, commentChar));
      }),
      { numRuns: 60 },
    );
  });

  // The editor copies the file git prepared (what a commit-msg hook sees) before git cleans it.
  const captureCommit = (message: string, config: string[], extraArgs: string[] = []): { seen: string; stored: string } => {
    const editor = join(repo.home, 'capture-editor.sh');
    const capture = join(repo.home, 'captured.txt');
    writeFileSync(editor, `#!/bin/sh\ncp "$1" "${capture}"\n`);
    chmodSync(editor, 0o755);
    repo.write('file.txt', `${Math.random()}\n`);
    repo.gitOk(['add', 'file.txt']);
    repo.gitOk([...config.flatMap((c) => ['-c', c]), 'commit', '-q', '--edit', '-F', '-', ...extraArgs], { input: message, env: { GIT_EDITOR: editor } });
    const object = repo.gitOk(['cat-file', 'commit', 'HEAD']);
    return { seen: readFileSync(capture, 'utf8'), stored: object.slice(object.indexOf('\n\n') + 2) };
  };

  // A commit-msg hook that copies the file and GIT_EDITOR as git hands them to hooks.
  const captureHook = (message: string, cleanup: CleanupMode | undefined, editor: boolean): { seen: string; env: NodeJS.ProcessEnv; stored: string } => {
    const seenFile = join(repo.home, 'hook-seen.txt');
    const editorFile = join(repo.home, 'hook-editor.txt');
    writeFileSync(join(repo.dir, '.git', 'hooks', 'commit-msg'), `#!/bin/sh\ncp "$1" "${seenFile}"\nprintf '%s' "\${GIT_EDITOR-unset}" > "${editorFile}"\n`);
    chmodSync(join(repo.dir, '.git', 'hooks', 'commit-msg'), 0o755);
    repo.write('file.txt', `${Math.random()}\n`);
    repo.gitOk(['add', 'file.txt']);
    const config = cleanup === undefined ? [] : ['-c', `commit.cleanup=${cleanup}`];
    const messageFile = join(repo.home, 'message.txt');
    writeFileSync(messageFile, message);
    // With an editor that leaves the file as git prepared it (the message and git's comments).
    repo.gitOk([...config, 'commit', '-q', ...(editor ? ['--edit'] : []), '-F', messageFile], { env: { GIT_EDITOR: 'true' } });
    const object = repo.gitOk(['cat-file', 'commit', 'HEAD']);
    const env = { GIT_EDITOR: readFileSync(editorFile, 'utf8') };
    return { seen: readFileSync(seenFile, 'utf8'), env, stored: object.slice(object.indexOf('\n\n') + 2) };
  };

  it.each<[CleanupMode | undefined, boolean]>([
    [undefined, false], [undefined, true], ['strip', false], ['strip', true], ['whitespace', false], ['whitespace', true],
    ['scissors', false], ['scissors', true], ['verbatim', false], ['verbatim', true],
  ])('a hook given commit.cleanup=%s, editor %s, cleans as git stores (GIT_EDITOR tells it)', (cleanup, editor) => {
    const { seen, env, stored } = captureHook('feat: a  \n\n\n# a hash line\n\nbody\n', cleanup, editor);
    expect(env.GIT_EDITOR === ':').toBe(!editor);
    expect(cleanMessageAs(seen, '#', hookCleanupMode(cleanup, editorUsedBy(env)))).toBe(stored);
  });

  it.each<[string, string, string[], string[]]>([
    ['the default #', 'feat: a\n\nbody\n', [], []],
    ['core.commentChar=;', 'feat: a\n\n# kept, not a comment\n', ['core.commentChar=;'], []],
    ['auto with no # in the message', 'feat: a\n', ['core.commentChar=auto'], []],
    ['auto with a line starting #', 'feat: a\n\n#12 stays\n', ['core.commentChar=auto'], []],
    ['auto with lines starting # and ;', '#1 a\n;2 b\n', ['core.commentChar=auto'], []],
    ['commit -v (scissors)', 'feat: a\n', [], ['-v']],
    ['auto and -v', 'feat: a\n#kept\n', ['core.commentChar=auto'], ['-v']],
  ])('%s', (_name, message, config, args) => {
    const { seen, stored } = captureCommit(message, config, args);
    const commentChar = config.find((c) => c.startsWith('core.commentChar='))?.split('=')[1];
    expect(cleanCommitMessage(seen, commentChar)).toBe(stored);
  });
});

describe('commit.cleanup modes', () => {
  const rules = configSchema.parse({}).commitMsg;
  const raw = 'feat: x [T-2025-01-18-001] [MODE:F]  \n\n\n# kept unless strip\n# ------------------------ >8 ------------------------\ndiff\n';
  it.each<[CleanupMode, string]>([
    ['strip', 'feat: x [T-2025-01-18-001] [MODE:F]\n'],
    ['whitespace', 'feat: x [T-2025-01-18-001] [MODE:F]\n\n# kept unless strip\n'],
    ['scissors', 'feat: x [T-2025-01-18-001] [MODE:F]\n\n# kept unless strip\n'],
    ['verbatim', 'feat: x [T-2025-01-18-001] [MODE:F]  \n\n\n# kept unless strip\n'],
  ])('%s', (cleanup, cleaned) => {
    expect(checkCommitMessage(raw, rules, { cleanup }).cleaned).toBe(cleaned);
  });
});
