// The bounds of the commit messages pre-push, pre-receive and `check` read from a streamed
// `git log`: kept apart from message-input.ts, which the message fast path bundles.
import type { CommitMsgConfig } from '../config/schema.js';
import { checkCommitMessage } from '../core/commit-message/index.js';
import type { CommitLogLimits } from '../git/commit-log.js';
import type { PushedCommit } from '../git/push-range.js';
import type { RejectedCommit } from '../report/push-report.js';
import { MESSAGE_MAX_BYTES, messageTooLarge } from './message-input.js';

/**
 * How much of the listed commits' messages pre-push, pre-receive and `check` read: each message up
 * to {@link MESSAGE_MAX_BYTES} (a longer one is refused by {@link refuseTooLargeMessages}), and
 * 256 MiB of messages in all, so a push of many large messages is refused, never held whole.
 */
export const LISTED_MESSAGE_LIMITS: CommitLogLimits = { maxMessageBytes: MESSAGE_MAX_BYTES, maxTotalBytes: 256 * 1024 * 1024 };

/** Throws {@link messageTooLarge} for the first listed commit whose message was over the limit. */
export function refuseTooLargeMessages(commits: readonly { readonly id: string; readonly tooLarge?: { readonly bytes: number } }[]): void {
  const large = commits.find((commit) => commit.tooLarge !== undefined);
  if (large !== undefined) throw messageTooLarge(`of commit ${large.id} (${large.tooLarge!.bytes} bytes)`);
}

/**
 * Each listed commit's message by the commit-msg rules (pre-push, pre-receive and `check`). The
 * `merge` exemption holds only for merge commits: a one-parent commit titled `Merge branch ...` was
 * written by hand and is checked; `fixup!`/`squash!`/`amend!` only when the subject after the
 * prefix passes, `Revert "..."`/`Reapply "..."` only when the quoted subject does (`fixup! anything`
 * or `Revert "anything"` would let any text through where nobody can skip the checks). Throws {@link messageTooLarge} for a message listed cut.
 */
export function checkListedMessages(commits: readonly PushedCommit[], rules: CommitMsgConfig): RejectedCommit[] {
  refuseTooLargeMessages(commits);
  const rejected: RejectedCommit[] = [];
  for (const commit of commits) {
    // Stored messages were cleaned when committed; `verbatim` keeps a line that starts with `#`.
    const options = { cleanup: 'verbatim', mergeCommit: commit.parents.length >= 2 } as const;
    let result = checkCommitMessage(commit.message, rules, options);
    if (result.status === 'exempt' && QUOTING.has(result.exemption) && !quotedSubjectPasses(commit.message, result.exemption, rules)) {
      result = checkCommitMessage(commit.message, { ...rules, exempt: rules.exempt.filter((kind) => !QUOTING.has(kind)) }, options);
    }
    if (result.status !== 'rejected') continue;
    rejected.push({
      id: commit.id,
      subject: commit.message.split('\n', 1)[0] ?? '',
      violations: result.violations,
      ...(result.exampleHeader === undefined ? {} : { exampleHeader: result.exampleHeader }),
    });
  }
  return rejected;
}

/** The exemptions whose first line quotes another commit's subject (git writes it from that commit). */
const QUOTING: ReadonlySet<string> = new Set(['fixup', 'squash', 'amend', 'revert']);

/**
 * Whether the subject a `fixup!`/`squash!`/`amend!` prefix is followed by (the first line of the
 * commit git would squash it into), or a `Revert "..."`/`Reapply "..."` quotes (the first line of
 * the reverted commit), passes itself: git writes the target's own subject, which was checked; a
 * made-up one has no commit behind it. `fixup! fixup! <subject>` and `Revert "Revert "<subject>""`
 * recurse; a quoted merge title (the revert of a merge) passes as git's.
 */
function quotedSubjectPasses(message: string, kind: string, rules: CommitMsgConfig): boolean {
  const headerLine = message.split('\n', 1)[0] ?? '';
  // Revert "<subject>": the exemption matched a line that ends with the closing quote.
  const target = kind === 'revert' ? headerLine.slice(headerLine.indexOf('"') + 1, -1) : headerLine.slice(headerLine.indexOf('! ') + 2);
  const result = checkCommitMessage(target, rules, { cleanup: 'verbatim' });
  if (result.status === 'exempt' && QUOTING.has(result.exemption)) return quotedSubjectPasses(target, result.exemption, rules);
  return result.status !== 'rejected';
}
