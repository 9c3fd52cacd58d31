// Escape sequences in file names, flag keys and pushed commit subjects reach the text report
// escaped (as git quotes paths), never raw: no window title set, no screen cleared.
import { describe, expect, it } from 'vitest';
import { addBareOrigin, flagReposPerTest, installHooks, ld, runIn } from '../helpers/flag-repo.js';
import { TERMINAL_HOSTILE_NAMES } from '../helpers/hostile-names.js';

const repository = flagReposPerTest();

/** Any C0 control but LF, DEL or C1 control: what a raw escape sequence would leave in the output. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('terminal escape sequences in text output', () => {
  it('file names and flag keys are printed escaped by scan and pre-commit', () => {
    const flagRepo = repository();
    TERMINAL_HOSTILE_NAMES.forEach((name, i) => flagRepo.write(name, `${ld(`key-${i}-\u001b[2J\u001b]0;owned\u0007`)}\n`));
    flagRepo.gitOk(['add', '-A']);
    for (const args of [['scan', '--staged'], ['pre-commit']]) {
      const result = runIn(flagRepo, args);
      const text = `${result.stdout}${result.stderr}`;
      expect(result.status).toBe(1);
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text).toContain('"\\033]0;pwned\\atitle.ts"');
      expect(text).toContain('"\\033[2Jclear.ts"');
      expect(text).toContain('"c1\\302\\23331mred.ts"');
      expect(text).toContain('"hidden\\rshown.ts"');
      expect(text).toContain("unknown flag 'key-0-\\033[2J\\033]0;owned\\a'");
    }
  });

  it('a pushed commit subject is printed escaped by pre-push', () => {
    const flagRepo = repository();
    addBareOrigin(flagRepo);
    installHooks(flagRepo, ['pre-push']);
    flagRepo.write('a.ts', 'x\n');
    flagRepo.gitOk(['add', '-A']);
    flagRepo.gitOk(['commit', '-qm', 'wip \u001b]0;pwned\u0007\u001b[2J stuff', '--no-verify']);
    const pushed = flagRepo.git(['push', '-q', 'origin', 'main']);
    expect(pushed.status).not.toBe(0);
    expect(pushed.stderr).toContain('wip \\033]0;pwned\\a\\033[2J stuff');
    expect(pushed.stderr).not.toMatch(RAW_CONTROL);
  });
});
