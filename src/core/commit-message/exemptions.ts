// Git-generated first lines that skip the convention: merges, reverts, fixup!/squash!/amend!.
import type { ExemptionKind } from './convention.js';

export type { ExemptionKind } from './convention.js';

/** A quoted name as git writes it: a ref or revision, which holds no whitespace. */
const QUOTED = "'[^\\s']+'";
/** One kind of source in git's fmt-merge-msg: singular with one name, plural with `'a', 'b' and 'c'`. */
const KIND = [
  ['branch', 'branches'],
  ['remote-tracking branch', 'remote-tracking branches'],
  ['tag', 'tags'],
  ['commit', 'commits'],
]
  .map(([one, many]) => `${one} ${QUOTED}|${many} ${QUOTED}(?:, ${QUOTED})* and ${QUOTED}`)
  .join('|');
/** A pulled remote's HEAD is named by its URL alone: scheme://..., scp-like user@host:path, or a path (`../other`, `/srv/r`). */
const PULLED_URL = '[A-Za-z][\\w+.-]*://\\S+|[\\w.-]+@[\\w.-]+:\\S*|(?:\\.\\.?|~[\\w.-]*)?/\\S*';
const SOURCE = `(?:HEAD(?:, (?:${KIND}))*|(?:${KIND})(?:, (?:${KIND}))*)(?: of \\S+)?|${PULLED_URL}`;
/**
 * The whole first line git's fmt-merge-msg (builtin/merge.c, git pull) writes: `Merge ` and its
 * sources joined by `; `, then ` into <branch>` unless merging into the default branch. Names
 * and URLs hold no whitespace, so each piece ends where the next separator starts (linear).
 * Made when a line needs it: V8 parses a pattern when it creates one (and caches it by its text).
 */
const MERGE_TITLE = `^Merge (?:${SOURCE})(?:; (?:${SOURCE}))*(?: into \\S+)?$`;

/**
 * True for exactly the first lines git's fmt-merge-msg produces: `Merge branch 'x'`, `Merge
 * branches 'a', 'b' and 'c'`, `Merge remote-tracking branch 'origin/x'`, `Merge tag 'v1'`,
 * `Merge commit 'abc'` (each possibly `... of <url>`, and ` into <branch>` at the end), `Merge
 * HEAD, branch ...`, and `Merge <url>` for a pulled remote HEAD. Anything more (`Merge
 * https://x anything`, `Merge branch '`, `Merge the two parsers`) is not git's.
 */
export function isGitMergeTitle(line: string): boolean {
  // The prefix first: a usual first line never makes the regular expression, whose first use
  // parses and compiles it (a large pattern: about 0.3 ms of every commit otherwise).
  return line.startsWith('Merge ') && new RegExp(MERGE_TITLE).test(line);
}

/** True for git's revert subject `Revert "<subject>"` (and `Reapply "<subject>"`, git 2.43+). */
export function isGitRevertTitle(line: string): boolean {
  return (line.startsWith('Revert "') || line.startsWith('Reapply "')) && line.endsWith('"') && line.length > line.indexOf('"') + 1;
}

/** `fixup! <subject>`: the prefix and a subject with something besides whitespace (which git never writes as a subject). */
function isAutosquashTitle(line: string, prefix: string): boolean {
  return line.startsWith(prefix) && line.slice(prefix.length).trim() !== '';
}

const MATCHERS: ReadonlyArray<readonly [ExemptionKind, (line: string) => boolean]> = [
  ['merge', isGitMergeTitle],
  ['revert', isGitRevertTitle],
  // git commit --fixup/--squash/--fixup=amend: the prefix, then the target's subject (never empty).
  ['fixup', (line) => isAutosquashTitle(line, 'fixup! ')],
  ['squash', (line) => isAutosquashTitle(line, 'squash! ')],
  ['amend', (line) => isAutosquashTitle(line, 'amend! ')],
];

/** The exemption the first line falls under, among the enabled kinds, or undefined. */
export function matchExemption(firstLine: string, enabled: readonly ExemptionKind[]): ExemptionKind | undefined {
  for (const [kind, matches] of MATCHERS) {
    if (enabled.includes(kind) && matches(firstLine)) return kind;
  }
  return undefined;
}
