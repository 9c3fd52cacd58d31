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
 * prefix passes (`fixup! anything` would let any text through where nobody can skip the checks). Throws {@link messageTooLarge} for a message listed cut.
 */
export function checkListedMessages(commits: readonly PushedCommit[], rules: CommitMsgConfig): RejectedCommit[] {
  refuseTooLargeMessages(commits);
  const rejected: RejectedCommit[] = [];
  for (const commit of commits) {
    // Stored messages were cleaned when committed; `verbatim` keeps a line that starts with `#`.
    const options = { cleanup: 'verbatim', mergeCommit: commit.parents.length >= 2 } as const;
    let result = checkCommitMessage(commit.message, rules, options);
    if (result.status === 'exempt' && AUTOSQUASH.has(result.exemption) && !autosquashTargetPasses(commit.message, rules)) {
      result = checkCommitMessage(commit.message, { ...rules, exempt: rules.exempt.filter((kind) => !AUTOSQUASH.has(kind)) }, options);
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

const AUTOSQUASH: ReadonlySet<string> = new Set(['fixup', 'squash', 'amend']);

/**
 * Whether the subject after a `fixup!`/`squash!`/`amend!` prefix (the first line of the commit git
 * would squash it into) passes itself: git writes the target's own subject, which was checked; a
 * made-up one has no commit to be squashed into. `fixup! fixup! <subject>` recurses.
 */
function autosquashTargetPasses(message: string, rules: CommitMsgConfig): boolean {
  const headerLine = message.split('\n', 1)[0] ?? '';
  const target = headerLine.slice(headerLine.indexOf('! ') + 2);
  const result = checkCommitMessage(target, rules, { cleanup: 'verbatim' });
  if (result.status === 'exempt' && AUTOSQUASH.has(result.exemption)) return autosquashTargetPasses(target, rules);
  return result.status !== 'rejected';
}
