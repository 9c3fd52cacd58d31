// Git's own message cleanup (sequencer cleanup_message + strbuf_stripspace), byte-for-byte on text.

/** Git's `commit.cleanup` modes that matter to a commit-msg hook (`default` behaves as `strip` here). */
export type CleanupMode = 'strip' | 'whitespace' | 'scissors' | 'verbatim';

/** The git settings that decide how git cleans a commit message (read by git/message-settings.ts). */
export interface MessageSettings {
  /** A character (or, since git 2.45, a string), or `auto`: git then picks one the message does not use. */
  readonly commentChar: string;
  /**
   * commit.cleanup when set to an explicit mode; undefined for unset or `default`, which means
   * `strip` for an edited message (a hook cannot tell whether an editor ran, so strip applies).
   */
  readonly cleanup: CleanupMode | undefined;
}

/** What follows the comment prefix on git's scissors line (wt-status.c `cut_line`, with its newline). */
const SCISSORS_TAIL = ' ------------------------ >8 ------------------------\n';

/** The characters `core.commentChar=auto` chooses from, in git's order (builtin/commit.c). */
export const AUTO_COMMENT_CANDIDATES = '#;@!$%^&|:';

/** Git's isspace(): only space, tab, LF and CR (not \v or \f, unlike C's). */
function isGitSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * The offset where the message ends because of the scissors line `<c> --- >8 ---` of
 * `git commit -v` (everything from that line on is dropped), or `text.length` when there is none.
 * Like git, the line must start at column 0 and end with LF (a CRLF scissors line is not one).
 */
export function locateScissors(text: string, commentPrefix: string): number {
  const line = commentPrefix + SCISSORS_TAIL;
  if (text.startsWith(line)) return 0;
  const at = text.indexOf('\n' + line);
  return at < 0 ? text.length : at + 1;
}

/** Marks which auto candidates start a line, the way git's adjust_comment_line_char() does. */
function findLineStartCandidates(text: string): Set<string> {
  const found = new Set<string>();
  const note = (ch: string | undefined): void => {
    if (ch !== undefined && AUTO_COMMENT_CANDIDATES.includes(ch)) found.add(ch);
  };
  note(text[0]);
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    // git treats both LF and CR as starting a new line here.
    if (code === 0x0a || code === 0x0d) note(text[i + 1]);
  }
  return found;
}

/** The first character of the last line that has non-space content, or undefined. */
function firstCharOfLastLine(text: string): string | undefined {
  let end = text.length;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    let last = end;
    while (last > start && isGitSpace(text.charCodeAt(last - 1))) last--;
    if (last > start) return text[start];
    end = start - 1;
  }
  return undefined;
}

function hasLineExactly(text: string, content: string): boolean {
  for (const line of [content + '\n', content + '\r\n']) {
    if (text.startsWith(line) || text.includes('\n' + line)) return true;
  }
  return text === content || text.endsWith('\n' + content);
}

/**
 * The comment character git used for `core.commentChar=auto`, recovered from the file a hook
 * sees. Git picked the first of `#;@!$%^&|:` that started no line of the message *before* it
 * added its comments; so the answer is one of the candidates that now start a line, up to the
 * first that starts none. Evidence, in order: git's scissors line, the last non-blank line (git's
 * comment block ends the template), a line that is only the candidate (git's empty comment
 * lines). Without evidence, git added no comments and the first unused candidate is returned
 * (stripping by it removes nothing, which is what git does).
 */
export function detectAutoCommentChar(text: string): string {
  const starts = findLineStartCandidates(text);
  const candidates = [...AUTO_COMMENT_CANDIDATES];
  const firstUnused = candidates.findIndex((ch) => !starts.has(ch));
  if (firstUnused === 0) return '#';
  const possible = firstUnused < 0 ? candidates : candidates.slice(0, firstUnused);

  let scissorsChar: string | undefined;
  let scissorsAt = text.length;
  for (const ch of possible) {
    const at = locateScissors(text, ch);
    if (at < scissorsAt) [scissorsChar, scissorsAt] = [ch, at];
  }
  if (scissorsChar !== undefined) return scissorsChar;

  const last = firstCharOfLastLine(text);
  if (last !== undefined && possible.includes(last)) return last;
  for (const ch of possible) if (hasLineExactly(text, ch)) return ch;
  return firstUnused < 0 ? '#' : (candidates[firstUnused] ?? '#');
}

/** `core.commentChar` as configured (a character, a string, or `auto`) -> the prefix to strip. */
export function resolveCommentPrefix(text: string, commentChar: string | undefined): string {
  if (commentChar === undefined || commentChar === '') return '#';
  if (commentChar.toLowerCase() === 'auto') return detectAutoCommentChar(text);
  return commentChar;
}

/**
 * Git's strbuf_stripspace(): drops lines starting with `commentPrefix` (when given), trailing
 * whitespace of every line, leading and trailing blank lines, and collapses runs of blank lines
 * into one. The result ends with a newline unless it is empty. Linear in the input.
 */
export function stripSpace(text: string, commentPrefix: string | null): string {
  const lines: string[] = [];
  let pendingBlank = false;
  let i = 0;
  while (i < text.length) {
    const eol = text.indexOf('\n', i);
    const end = eol < 0 ? text.length : eol;
    const next = eol < 0 ? text.length : eol + 1;
    if (commentPrefix !== null && text.startsWith(commentPrefix, i)) {
      i = next;
      continue;
    }
    let last = end;
    while (last > i && isGitSpace(text.charCodeAt(last - 1))) last--;
    if (last > i) {
      if (pendingBlank && lines.length > 0) lines.push('');
      pendingBlank = false;
      lines.push(text.slice(i, last));
    } else {
      pendingBlank = true;
    }
    i = next;
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/**
 * The cleanup git applies to the message a commit-msg hook checks (git's get_cleanup_mode):
 * commit.cleanup when set, except that `scissors` without an editor is `whitespace`; unset (or
 * `default`), `strip` when an editor was used and `whitespace` when not. So `git commit -m`,
 * `-F` and `--no-edit` keep lines that start with the comment char.
 */
export function hookCleanupMode(configured: CleanupMode | undefined, editorUsed: boolean): CleanupMode {
  if (configured === undefined) return editorUsed ? 'strip' : 'whitespace';
  return configured === 'scissors' && !editorUsed ? 'whitespace' : configured;
}

/**
 * Whether git launched (or meant to launch) an editor for the message of the commit whose hook
 * this is: git sets GIT_EDITOR to ":" for its hooks when it does not (builtin/commit.c
 * run_commit_hook). A GIT_EDITOR of ":" set by the user for an edited commit (`git commit -e`)
 * reads the same; git then strips the comment lines this keeps as body lines.
 */
export function editorUsedBy(env: NodeJS.ProcessEnv): boolean {
  return env.GIT_EDITOR !== ':';
}

/**
 * The message git will store: cut at the scissors line, then cleaned per `cleanup` (git's
 * `commit.cleanup`; default `strip`, the mode of an edited message).
 */
export function cleanMessageAs(raw: string, commentChar: string | undefined, cleanup: CleanupMode = 'strip'): string {
  const prefix = resolveCommentPrefix(raw, commentChar);
  const text = raw.slice(0, locateScissors(raw, prefix));
  if (cleanup === 'verbatim') return text;
  return stripSpace(text, cleanup === 'strip' ? prefix : null);
}
