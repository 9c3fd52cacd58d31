// The one way commits are listed with their messages (`git log -z`): the flags that make the
// output parseable whatever the user's config says, its parser (whole, or as git writes it,
// bounded), and the shallow-clone cut.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../errors.js';
import { streamGit, type GitRunOptions } from './run-git.js';

/** A listed commit: its id, its parents, and its raw message as stored. */
export interface LoggedCommit {
  readonly id: string;
  readonly parents: readonly string[];
  /** The raw message, as stored (already cleaned up when it was committed); its first bytes only when `tooLarge`. */
  readonly message: string;
  /** Set when the message is over the reader's limit: its size; `message` then holds only its start. */
  readonly tooLarge?: { readonly bytes: number };
}

/** `git log` options before the revisions: each line says why. Read by {@link parseCommitLog}. */
export const COMMIT_LOG_ARGS: readonly string[] = [
  'log',
  // NUL between commits: a message can hold any text but NUL.
  '-z',
  // log.showSignature would print signature checks into the output.
  '--no-show-signature',
  // Messages as UTF-8 whatever i18n.logOutputEncoding says.
  '--encoding=UTF-8',
  '--format=%H %P%n%B',
];

/** The commits of `git log` run with {@link COMMIT_LOG_ARGS}, in its order. */
export function parseCommitLog(output: string): LoggedCommit[] {
  return output
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const newline = record.indexOf('\n');
      const [id = '', ...parents] = (newline === -1 ? record : record.slice(0, newline)).split(' ').filter(Boolean);
      return { id, parents, message: newline === -1 ? '' : record.slice(newline + 1) };
    });
}

/** Bounds of a streamed commit log: each message, and all messages of one listing together. */
export interface CommitLogLimits {
  /** A message longer than this is kept cut, marked `tooLarge` (the caller refuses it). */
  readonly maxMessageBytes: number;
  /** More message text than this in one listing is refused: a GitError, never held. */
  readonly maxTotalBytes: number;
}

/**
 * The commits of `git log` run with {@link COMMIT_LOG_ARGS} from its output fed in chunks as git
 * writes it: the same commits as {@link parseCommitLog} of the whole output, but never the whole
 * output in memory: each message is held up to `maxMessageBytes` (then marked `tooLarge`), and the
 * kept text of all of them up to `maxTotalBytes` (then it throws a GitError). Linear in the output.
 */
export class CommitLogReader {
  readonly commits: LoggedCommit[] = [];
  /** The current record's bytes, up to the message limit plus its header. */
  private parts: Buffer[] = [];
  private kept = 0;
  private recordBytes = 0;
  private totalKept = 0;

  constructor(private readonly limits: CommitLogLimits) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      const nul = chunk.indexOf(0, at);
      const end = nul === -1 ? chunk.length : nul;
      this.take(chunk.subarray(at, end));
      if (nul === -1) return;
      this.finishRecord();
      at = nul + 1;
    }
  }

  /** The commits, after the last chunk. */
  end(): LoggedCommit[] {
    if (this.recordBytes > 0) this.finishRecord();
    return this.commits;
  }

  private take(bytes: Buffer): void {
    this.recordBytes += bytes.length;
    // The header line (`<id> <parents>`, at most a few KB for an octopus merge) plus the message's limit.
    const room = this.limits.maxMessageBytes + HEADER_ROOM_BYTES - this.kept;
    if (room <= 0 || bytes.length === 0) return;
    const part = bytes.length <= room ? bytes : bytes.subarray(0, room);
    // Copied: a chunk's memory may be reused once this returns.
    this.parts.push(Buffer.from(part));
    this.kept += part.length;
    this.totalKept += part.length;
    if (this.totalKept > this.limits.maxTotalBytes) {
      throw new GitError(`the commits listed hold more than ${this.limits.maxTotalBytes} bytes of messages, more than prove-hooks checks in one run`, {
        hint: 'Push (or check) fewer commits at a time.',
      });
    }
  }

  private finishRecord(): void {
    const record = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.kept);
    const recordBytes = this.recordBytes;
    this.parts = [];
    this.kept = 0;
    this.recordBytes = 0;
    if (recordBytes === 0) return;
    const newline = record.indexOf(0x0a);
    const head = record.toString('utf8', 0, newline === -1 ? record.length : newline);
    const [id = '', ...parents] = head.split(' ').filter(Boolean);
    const messageStart = newline === -1 ? record.length : newline + 1;
    const messageBytes = recordBytes - messageStart;
    const shown = Math.min(messageBytes, this.limits.maxMessageBytes);
    const message = record.toString('utf8', messageStart, messageStart + shown);
    this.commits.push(messageBytes > this.limits.maxMessageBytes ? { id, parents, message, tooLarge: { bytes: messageBytes } } : { id, parents, message });
  }
}

/** Room kept for a record's header line besides its message (an id and parents: 65 bytes each). */
const HEADER_ROOM_BYTES = 64 * 1024;

/**
 * Runs `git <args>` (a `git log` with {@link COMMIT_LOG_ARGS}) and reads its commits as git writes
 * them, within `limits` (see {@link CommitLogReader}). Throws GitError when git fails.
 */
export async function readCommitLog(args: readonly string[], options: GitRunOptions, limits: CommitLogLimits): Promise<LoggedCommit[]> {
  const reader = new CommitLogReader(limits);
  await streamGit(args, options, (chunk) => reader.push(chunk));
  return reader.end();
}

/** The ids in a shallow clone's `shallow` file: commits whose parents are not in this clone. */
export function readShallowCommits(commonDir: string): Set<string> {
  const file = join(commonDir, 'shallow');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
}
