// The pre-push hook's standard input: one `<local ref> <local id> <remote ref> <remote id>` line
// per ref being pushed, parsed into values. Pure: the git side resolves them into ranges.

/** What a pushed ref does on the remote. */
export type PushUpdateKind = 'delete' | 'create' | 'update';

export interface PushUpdate {
  /** As git wrote it; may contain spaces (it is what was typed, e.g. `HEAD`, or `(delete)`). */
  readonly localRef: string;
  readonly localId: string;
  readonly remoteRef: string;
  readonly remoteId: string;
  /** delete: the local id is all zeros; create: the remote id is; update: neither. */
  readonly kind: PushUpdateKind;
}

/** A line that is not of the expected form, 1-based. */
export interface PushLineProblem {
  readonly line: number;
  readonly text: string;
  readonly message: string;
}

export interface PushParseResult {
  readonly updates: readonly PushUpdate[];
  readonly problems: readonly PushLineProblem[];
}

/** A full object id: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
/** A full object id: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
export const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO_ID = /^0+$/;

/** True for the all-zero id git uses for "no object" (40 or 64 digits). */
export function isZeroId(id: string): boolean {
  return ZERO_ID.test(id) && OBJECT_ID.test(id);
}

/**
 * Calls `parse` with each non-blank line of a hook's stdin (a final CR dropped) and a function
 * that records a problem with that line; returns the problems, in line order.
 */
export function forEachHookLine(input: string, parse: (text: string, problem: (message: string) => void) => void): PushLineProblem[] {
  const problems: PushLineProblem[] = [];
  input.split('\n').forEach((raw, index) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    parse(text, (message) => {
      problems.push({ line: index + 1, text, message });
    });
  });
  return problems;
}

/**
 * Parses the whole stdin text. Fields are split from the right, because only the local ref can
 * contain spaces. Blank lines are ignored; empty input (an up-to-date push, `--dry-run`) has no
 * updates. Never throws: malformed lines come back as problems.
 */
export function parsePushUpdates(input: string): PushParseResult {
  const updates: PushUpdate[] = [];
  const problems = forEachHookLine(input, (text, problem) => {
    const remoteIdAt = text.lastIndexOf(' ');
    const remoteRefAt = remoteIdAt <= 0 ? -1 : text.lastIndexOf(' ', remoteIdAt - 1);
    const localIdAt = remoteRefAt <= 0 ? -1 : text.lastIndexOf(' ', remoteRefAt - 1);
    if (localIdAt <= 0) {
      problem('expected 4 fields: <local ref> <local id> <remote ref> <remote id>');
      return;
    }
    const localRef = text.slice(0, localIdAt);
    const localId = text.slice(localIdAt + 1, remoteRefAt);
    const remoteRef = text.slice(remoteRefAt + 1, remoteIdAt);
    const remoteId = text.slice(remoteIdAt + 1);
    if (!OBJECT_ID.test(localId)) return problem(`the local id '${localId}' is not a full object id`);
    if (!OBJECT_ID.test(remoteId)) return problem(`the remote id '${remoteId}' is not a full object id`);
    if (localId.length !== remoteId.length) return problem('the two ids have different lengths (SHA-1 and SHA-256 mixed)');
    if (remoteRef === '') return problem('the remote ref is empty');
    const kind: PushUpdateKind = isZeroId(localId) ? 'delete' : isZeroId(remoteId) ? 'create' : 'update';
    updates.push({ localRef, localId, remoteRef, remoteId, kind });
  });
  return { updates, problems };
}

/** Renders updates back to the stdin form (tests and tools). */
export function formatPushUpdates(updates: readonly Omit<PushUpdate, 'kind'>[]): string {
  return updates.map((u) => `${u.localRef} ${u.localId} ${u.remoteRef} ${u.remoteId}\n`).join('');
}
