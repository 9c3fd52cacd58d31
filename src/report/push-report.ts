// Text for the pre-push hook's own findings: rejected commit messages and how the pushed ranges
// were chosen.
import type { Violation } from '../core/violation.js';
import { escapeControlChars } from './terminal-text.js';

/** A pushed commit whose message breaks the convention. */
export interface RejectedCommit {
  readonly id: string;
  /** The message's first line, for recognition. */
  readonly subject: string;
  readonly violations: readonly Violation[];
  /** A corrected first line, when the checker could build one. */
  readonly exampleHeader?: string;
}

/**
 * The block printed for rejected commits, with how to fix them. `rewordBases` are the commits an
 * interactive rebase starts from to reach every rejected commit (null: a root commit, `--root`).
 * Empty when there are none.
 */
export function formatRejectedCommits(
  rejected: readonly RejectedCommit[],
  rewordBases: readonly (string | null)[],
  helpUrl: string | null = null,
  side: 'client' | 'server' = 'client',
): string {
  if (rejected.length === 0) return '';
  const lines: string[] = [`prove-hooks: ${rejected.length} pushed commit message${rejected.length === 1 ? '' : 's'} break${rejected.length === 1 ? 's' : ''} the convention:`];
  for (const commit of rejected) {
    // Subjects and what the rules quote from them come from the pushed commits: escaped.
    lines.push(`  ${commit.id.slice(0, 12)} ${escapeControlChars(commit.subject)}`);
    for (const violation of commit.violations) {
      lines.push(`    ${violation.severity.padEnd(8)}${escapeControlChars(violation.message)}  ${violation.rule}`);
      if (violation.hint) lines.push(`      fix: ${escapeControlChars(violation.hint)}`);
    }
    if (commit.exampleHeader) lines.push(`      e.g. ${escapeControlChars(commit.exampleHeader)}`);
  }
  const rebases = rewordBases.map((base) => `\`git rebase -i ${base === null ? '--root' : base.slice(0, 12)}\``);
  const how = rebases.length === 0 ? '`git rebase -i` from before the oldest of them' : rebases.join('; ');
  const where = rebases.length > 1 ? ', each on its branch' : '';
  // On the server the pusher's environment does not reach the hook: PROVE_SKIP cannot help there.
  const skip = side === 'client' ? ' PROVE_SKIP=1 skips the checks once.' : '';
  lines.push(`  Reword them (${how}${where}, and mark them \`reword\`), then push again.${skip}`);
  if (helpUrl) lines.push(`  More about the convention: ${helpUrl}`);
  return `${lines.join('\n')}\n`;
}

/** One notice line (prefixed) per note about the pushed ranges. */
export function formatPushNotes(notes: readonly string[], hook: 'pre-push' | 'pre-receive' = 'pre-push'): string {
  return [...new Set(notes)].map((note) => `prove-hooks: ${hook}: ${escapeControlChars(note)}\n`).join('');
}

/**
 * The line pre-receive prints when PROVE_SKIP or HUSKY=0 is set: ignored, since a push to a path
 * or a `file://` URL runs the server's hook with the pusher's environment. Ends with a newline.
 */
export function formatIgnoredSkipNotice(by: 'PROVE_SKIP' | 'HUSKY=0'): string {
  return `prove-hooks: ${by} is set but pre-receive checks all the same (a push to a path passes the pusher's environment to the server's hook); to stop the server's check, remove its hook\n`;
}
