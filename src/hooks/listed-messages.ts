// The bounds of the commit messages pre-push, pre-receive and `check` read from a streamed
// `git log`: kept apart from message-input.ts, which the message fast path bundles.
import type { CommitLogLimits } from '../git/commit-log.js';
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
