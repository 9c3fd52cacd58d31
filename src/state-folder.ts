// The one name of prove-hooks' own folder inside a git dir (`.git/prove-hooks`): every cache,
// the perf log and the saved messages live under it. A shared fact every layer may import.
import { join } from 'node:path';

/** The folder, inside a git dir (the common dir for state shared by worktrees), that holds everything prove-hooks persists. */
export const STATE_DIR_NAME = 'prove-hooks';

/** `<gitDir>/prove-hooks`, where `gitDir` is a git dir or common dir ({@link STATE_DIR_NAME}). */
export function stateDirOf(gitDir: string): string {
  return join(gitDir, STATE_DIR_NAME);
}
