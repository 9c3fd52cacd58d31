// The branch a work tree is on, read from its HEAD file the way git writes it (no git process on
// the commit hot path), or asked of git when the file cannot tell (the reftable backend).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitRunner } from './run-git.js';

/** What HEAD says: a branch's short name, detached (or unborn elsewhere), or not readable from disk. */
export type HeadReading =
  | { readonly kind: 'branch'; readonly name: string }
  | { readonly kind: 'detached' }
  | { readonly kind: 'unknown'; readonly reason: string };

const BRANCH_REF = 'ref: refs/heads/';

/** Reads `<gitDir>/HEAD`. Never throws: an unreadable file is `unknown`. */
export function readHeadFile(gitDir: string): HeadReading {
  let text: string;
  try {
    text = readFileSync(join(gitDir, 'HEAD'), 'utf8');
  } catch (error) {
    return { kind: 'unknown', reason: `cannot read HEAD: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const line = text.split('\n', 1)[0]!.trim();
  if (line.startsWith(BRANCH_REF)) {
    const name = line.slice(BRANCH_REF.length);
    // The reftable backend keeps a stub HEAD naming `.invalid`; only git knows the branch then.
    return name === '.invalid' ? { kind: 'unknown', reason: 'HEAD is a reftable stub' } : { kind: 'branch', name };
  }
  return /^[0-9a-f]{40,64}$/.test(line) ? { kind: 'detached' } : { kind: 'unknown', reason: 'HEAD holds neither a branch nor an object id' };
}

/** The current branch's short name, or null when HEAD is detached. Asks git only when the file cannot tell. */
export async function readCurrentBranch(git: GitRunner, gitDir: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  const head = readHeadFile(gitDir);
  if (head.kind === 'branch') return head.name;
  if (head.kind === 'detached') return null;
  // --quiet: a detached HEAD is exit 1 with no message, not an error; --short: `feat/x`, not `refs/heads/feat/x`.
  const result = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd, env });
  return result.status === 0 ? result.stdout.trim() : null;
}
