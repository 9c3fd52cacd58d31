// Pure: whether the shell of a hook file reaches a given line, i.e. finds the first command that
// ends the script unconditionally (`exit`, `exec <cmd>`) at its top level. A reader for the
// plain shell people put in husky hook files, not a full sh parser: what it cannot follow it
// says it cannot follow.

/** A command that ends the script whenever the shell gets to it. */
export interface ScriptEnd {
  /** 0-based index of the (first physical) line that holds it. */
  readonly lineIndex: number;
  /** The command as written (e.g. `exit 0`, `exec lint-staged`). */
  readonly command: string;
}

export type ScriptEndScan =
  /** No top-level command ends the script before `untilLine`. */
  | { readonly status: 'open' }
  | { readonly status: 'ends'; readonly end: ScriptEnd }
  /** The shell could not be followed (unbalanced if/case/loops/braces, an open quote or here-document). */
  | { readonly status: 'unknown'; readonly reason: string };

const OPENERS = new Set(['if', 'case', 'for', 'while', 'until', '{', '(']);
const CLOSERS = new Set(['fi', 'esac', 'done', '}', ')']);
/** Words that start a command (or a keyword's body) and so say nothing about ending the script. */
const PREFIX_WORDS = new Set(['then', 'else', 'elif', 'do', '!']);
/** A redirection word of `exec` (`exec 2>&1`, `exec </dev/tty`, `exec 3>> log`): it only redirects. */
const REDIRECTION = /^\d*(?:<<?-?|>>?|<&|>&|<>|>\|)/;

interface Command {
  readonly words: readonly string[];
  /** The operator before it (`;`, newline as ';', `&&`, `||`, `|`, `&`). */
  readonly after: string;
}

/**
 * The first command at the top level of `script`, before line `untilLine` (0-based, exclusive;
 * the whole text when omitted), that ends the script whatever happened before it: `exit [n]`, or
 * `exec` with a command (an `exec` with only redirections goes on). Commands inside if/case/
 * loops/functions/braces/subshells, or after `&&`, `||`, `|`, `&`, are conditional and do not
 * count. Never throws.
 */
export function findScriptEnd(script: string, untilLine?: number): ScriptEndScan {
  const lines = script.split('\n');
  const stop = Math.min(untilLine ?? lines.length, lines.length);
  const stack: string[] = [];
  let heredoc: { readonly delimiter: string; readonly stripTabs: boolean } | undefined;
  for (let index = 0; index < stop; index++) {
    const first = index;
    let line = lines[index]!;
    if (heredoc !== undefined) {
      const candidate = heredoc.stripTabs ? line.replace(/^\t+/, '') : line;
      if (candidate === heredoc.delimiter) heredoc = undefined;
      continue;
    }
    // A backslash at the end joins the next line.
    while (line.endsWith('\\') && index + 1 < stop) line = `${line.slice(0, -1)} ${lines[++index]!}`;
    const split = splitCommands(line);
    if (split === undefined) return { status: 'unknown', reason: `line ${first + 1} has an open quote` };
    heredoc = split.heredoc;
    for (const command of split.commands) {
      let words = [...command.words];
      while (words.length > 0 && PREFIX_WORDS.has(words[0]!)) words = words.slice(1);
      if (words.length === 0) continue;
      const head = words[0]!;
      // `name() {` and `function name {` open a body the shell only runs when called.
      if (/^[\w.-]+\(\)$/.test(head) || words[1] === '()' || head === 'function') {
        if (words.includes('{')) stack.push('{');
        continue;
      }
      if (head === 'case') {
        stack.push('case');
        continue;
      }
      if (OPENERS.has(head)) {
        stack.push(head);
        continue;
      }
      // Inside `case`, `pattern)` opens a branch and `;;` closes it; neither changes the nesting.
      if (CLOSERS.has(head)) {
        if (stack.at(-1) === 'case' && head === ')') continue;
        if (stack.pop() === undefined) return { status: 'unknown', reason: `line ${first + 1} closes a block that was not opened` };
        continue;
      }
      const unconditional = stack.length === 0 && (command.after === ';' || command.after === '');
      if (!unconditional) continue;
      if (head === 'exit' || (head === 'exec' && runsCommand(words.slice(1)))) {
        return { status: 'ends', end: { lineIndex: first, command: words.join(' ') } };
      }
    }
  }
  if (heredoc !== undefined) return { status: 'unknown', reason: `the here-document ending with ${heredoc.delimiter} is not closed` };
  if (stack.length > 0) return { status: 'unknown', reason: `a \`${stack.at(-1)}\` block is not closed` };
  return { status: 'open' };
}

/** True when `exec`'s words name a command, not only redirections. */
function runsCommand(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const match = REDIRECTION.exec(word);
    if (match === null) return true;
    // `exec < /dev/tty`: the operator alone, its target is the next word.
    if (match[0] === word) i++;
  }
  return false;
}

/**
 * Splits one logical line into commands and words, outside quotes; drops a comment. Returns the
 * here-document the line opens, if any, and undefined when a quote stays open.
 */
function splitCommands(line: string): { commands: Command[]; heredoc: { delimiter: string; stripTabs: boolean } | undefined } | undefined {
  const commands: Command[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let after = '';
  let heredoc: { delimiter: string; stripTabs: boolean } | undefined;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (operator: string) => {
    endWord();
    commands.push({ words, after });
    words = [];
    after = operator;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const close = findClose(line, i, ch);
      if (close < 0) return undefined;
      word += line.slice(i + 1, close);
      inWord = true;
      i = close;
    } else if (ch === '\\') {
      word += line[i + 1] ?? '';
      inWord = true;
      i++;
    } else if (ch === '#' && !inWord) {
      break;
    } else if (ch === ' ' || ch === '\t') {
      endWord();
    } else if (ch === ';') {
      // `;;` ends a case branch: a separator like `;`.
      if (line[i + 1] === ';') i++;
      endCommand(';');
    } else if ((ch === '&' || ch === '|') && line[i + 1] === ch) {
      endCommand(ch + ch);
      i++;
    } else if ((ch === '&' && line[i - 1] !== '>' && line[i - 1] !== '<') || (ch === '|' && line[i - 1] !== '>')) {
      endCommand(ch);
    } else if (ch === '<' && line[i + 1] === '<' && line[i + 2] !== '<') {
      const match = /^<<(-?)\s*(['"]?)([\w.-]+)\2/.exec(line.slice(i));
      if (match !== null) heredoc = { delimiter: match[3]!, stripTabs: match[1] === '-' };
      word += ch;
      inWord = true;
    } else if (ch === '(' && line[i + 1] === ')') {
      // `name()`: a function definition's name.
      word += '()';
      inWord = true;
      i++;
    } else if ((ch === '(' && !inWord) || ch === ')') {
      // A subshell or a case pattern's end: a command of its own, so the nesting sees it.
      endCommand(';');
      commands.push({ words: [ch], after: ';' });
    } else if (ch === '$' && line[i + 1] === '(') {
      const close = findClose(line, i + 1, ')');
      if (close < 0) return undefined;
      word += line.slice(i, close + 1);
      inWord = true;
      i = close;
    } else {
      word += ch;
      inWord = true;
    }
  }
  endCommand('');
  return { commands: commands.filter((command) => command.words.length > 0), heredoc };
}

/** Index of the quote (or `)` of `$(`) that closes the one at `open`; -1 when it stays open on this line. */
function findClose(line: string, open: number, quote: string): number {
  let depth = 0;
  for (let i = open + 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && quote !== "'") i++;
    else if (quote === ')' && ch === '(') depth++;
    else if (ch === quote) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
