// Git-generated first lines that skip the convention: merges, reverts, fixup!/squash!/amend!.
import type { EXEMPTION_KINDS } from '../../config/schema.js';

export type ExemptionKind = (typeof EXEMPTION_KINDS)[number];

/** What git's fmt-merge-msg writes after `Merge `, each followed by a quoted name. */
const MERGE_SOURCES = [
  'branch ', 'branches ', 'remote-tracking branch ', 'remote-tracking branches ',
  'tag ', 'tags ', 'commit ', 'commits ',
];

/**
 * True for a first line git's fmt-merge-msg produces: `Merge branch 'x'`, `Merge branches 'a'
 * and 'b'`, `Merge remote-tracking branch 'origin/x'`, `Merge tag 'v1'`, `Merge commit 'abc'`
 * (each possibly `... of <url>` / `... into <branch>`), `Merge HEAD, branch ...`, and
 * `Merge <url>` for a pulled remote HEAD. `Merged stuff` or `Merge the two parsers` are not.
 */
export function isGitMergeTitle(line: string): boolean {
  if (!line.startsWith('Merge ')) return false;
  const rest = line.slice(6);
  if (MERGE_SOURCES.some((source) => rest.startsWith(source + "'"))) return true;
  if (rest.startsWith('HEAD') && (rest.length === 4 || rest[4] === ',' || rest.startsWith(' of ', 4) || rest.startsWith(' into ', 4))) {
    return true;
  }
  const space = rest.indexOf(' ');
  const source = space < 0 ? rest : rest.slice(0, space);
  // A pulled URL: scheme://... or scp-like user@host:path.
  return source.includes('://') || /^[\w.-]+@[\w.-]+:/.test(source);
}

/** True for git's revert subject `Revert "<subject>"` (and `Reapply "<subject>"`, git 2.43+). */
export function isGitRevertTitle(line: string): boolean {
  return (line.startsWith('Revert "') || line.startsWith('Reapply "')) && line.endsWith('"') && line.length > line.indexOf('"') + 1;
}

const MATCHERS: ReadonlyArray<readonly [ExemptionKind, (line: string) => boolean]> = [
  ['merge', isGitMergeTitle],
  ['revert', isGitRevertTitle],
  ['fixup', (line) => line.startsWith('fixup! ')],
  ['squash', (line) => line.startsWith('squash! ')],
  ['amend', (line) => line.startsWith('amend! ')],
];

/** The exemption the first line falls under, among the enabled kinds, or undefined. */
export function matchExemption(firstLine: string, enabled: readonly ExemptionKind[]): ExemptionKind | undefined {
  for (const [kind, matches] of MATCHERS) {
    if (enabled.includes(kind) && matches(firstLine)) return kind;
  }
  return undefined;
}
