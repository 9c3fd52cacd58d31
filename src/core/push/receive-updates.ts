// The pre-receive hook's standard input: one `<old id> <new id> <ref>` line per ref a push
// updates, parsed into the same values as the pre-push input (src/core/push/push-updates.ts), so
// one resolver turns both into ranges. Pure.
import { forEachHookLine, isZeroId, OBJECT_ID, type PushParseResult, type PushUpdate, type PushUpdateKind } from './push-updates.js';

/**
 * Parses the whole stdin text of a pre-receive (or update-style) hook. The ref is the rest of the
 * line after the two ids (git's ref names hold no spaces, so a space there is a problem). Each
 * update's local and remote ref are the pushed ref; its local id is the new value and its remote
 * id the old one. Blank lines are ignored. Never throws: malformed lines come back as problems.
 */
export function parseReceiveUpdates(input: string): PushParseResult {
  const updates: PushUpdate[] = [];
  const problems = forEachHookLine(input, (text, problem) => {
    const first = text.indexOf(' ');
    const second = first === -1 ? -1 : text.indexOf(' ', first + 1);
    if (second === -1) return problem('expected 3 fields: <old id> <new id> <ref>');
    const oldId = text.slice(0, first);
    const newId = text.slice(first + 1, second);
    const ref = text.slice(second + 1);
    if (!OBJECT_ID.test(oldId)) return problem(`the old id '${oldId}' is not a full object id`);
    if (!OBJECT_ID.test(newId)) return problem(`the new id '${newId}' is not a full object id`);
    if (oldId.length !== newId.length) return problem('the two ids have different lengths (SHA-1 and SHA-256 mixed)');
    if (ref === '' || /[\s\0]/.test(ref)) return problem('the ref is empty or holds white space');
    if (isZeroId(oldId) && isZeroId(newId)) return problem('both ids are all zeros');
    const kind: PushUpdateKind = isZeroId(newId) ? 'delete' : isZeroId(oldId) ? 'create' : 'update';
    updates.push({ localRef: ref, localId: newId, remoteRef: ref, remoteId: oldId, kind });
  });
  return { updates, problems };
}

/** Renders updates back to the stdin form (tests and tools). */
export function formatReceiveUpdates(updates: readonly Pick<PushUpdate, 'localId' | 'remoteId' | 'remoteRef'>[]): string {
  return updates.map((u) => `${u.remoteId} ${u.localId} ${u.remoteRef}\n`).join('');
}
