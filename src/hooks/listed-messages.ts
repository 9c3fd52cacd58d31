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
 * written by hand and is checked. Throws {@link messageTooLarge} for a message listed cut.
 */
export function checkListedMessages(commits: readonly PushedCommit[], rules: CommitMsgConfig): RejectedCommit[] {
  refuseTooLargeMessages(commits);
  const rejected: RejectedCommit[] = [];
  for (const commit of commits) {
    // Stored messages were cleaned when committed; `verbatim` keeps a line that starts with `#`.
    const result = checkCommitMessage(commit.message, rules, { cleanup: 'verbatim', mergeCommit: commit.parents.length >= 2 });
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
