// Text and JSON for a commit-message check: each violation (rule code, message, hint), the
// corrected example, and for a rejected commit where the message was saved and how to retry.
import type { MessageCheckResult } from '../core/commit-message/index.js';
import type { Violation } from '../core/violation.js';
import { createPalette } from './colors.js';
import { escapeControlChars } from './terminal-text.js';
// The same POSIX quoting `init` uses for the hook files.
import { quoteShell } from './shell-quote.js';

/** Where a rejected commit's message was saved, or why it could not be. */
export type SavedMessageReport =
  | {
      readonly status: 'saved';
      readonly path: string;
      readonly lastPath: string;
      /** The message has lines git strips as comments on `--edit` (`#...`): the retry must keep them. */
      readonly keepCommentLines?: boolean;
    }
  | { readonly status: 'not-saved'; readonly reason: string; readonly message: string };

export interface MessageReportOptions {
  /** ANSI colour (decided by the caller with shouldUseColor, src/report/colors.ts). */
  readonly color: boolean;
  /** `commit-msg` is quiet on success; `check-msg` confirms. */
  readonly quietWhenAccepted: boolean;
  /** Set for a rejected commit (the hook); absent for check-msg. */
  readonly saved?: SavedMessageReport;
  /** The config file used, or null for the defaults (JSON only). */
  readonly configFile: string | null;
  /** How to retry a rejected message: `git commit` (commit-msg, the default) or through git am (applypatch-msg). */
  readonly retry?: 'commit' | 'am';
  /** commitMsg.helpUrl: the team's own page, shown with every rejection. */
  readonly helpUrl?: string | null;
}

/** What git am's user does after applypatch-msg stops a patch: apply it again, editing its message. */
const AM_RETRY = ['git am --abort', 'git am --interactive <the same patches>   # choose [e]dit for this one'];

/**
 * The retry command for a saved message, quoted for a POSIX shell. With `keepCommentLines`,
 * `--cleanup=scissors`: git keeps every line above the scissors line it puts under the message
 * (its help text goes below it), where the default `--edit` cleanup would drop `#` lines.
 */
export function formatRetryCommand(path: string, keepCommentLines = false): string {
  return `git commit${keepCommentLines ? ' --cleanup=scissors' : ''} --edit --file=${quoteShell(path)}`;
}

/** Longest example shown in full; longer ones show the first lines and say the rest is unchanged. */
const EXAMPLE_MAX_LINES = 8;

/** The text report. Empty for an accepted message without warnings when quiet. Ends with a newline otherwise. */
export function formatMessageReport(result: MessageCheckResult, options: MessageReportOptions): string {
  const c = createPalette(options.color);
  const lines: string[] = [];
  if (result.status === 'exempt') {
    if (!options.quietWhenAccepted) lines.push(`${c.green('✔')} commit message exempt: git's own ${result.exemption} message`);
    return finish(lines);
  }
  if (result.status === 'accepted') {
    if (!options.quietWhenAccepted) lines.push(`${c.green('✔')} commit message OK`);
    if (result.violations.length > 0) lines.push(...formatViolations(result.violations, c));
    return finish(lines);
  }
  const errors = result.violations.filter((v) => v.severity === 'error').length;
  const firstLine = result.cleaned.split('\n')[0] ?? '';
  lines.push(`${c.red('✖')} ${c.bold('commit message rejected')} (${errors} problem${errors === 1 ? '' : 's'})`);
  if (firstLine !== '') lines.push(`  ${c.dim('>')} ${escapeControlChars(firstLine)}`);
  lines.push('', ...formatViolations(result.violations, c));
  if (result.example !== undefined) {
    lines.push('', '  A message that passes:', ...formatExample(result.example).map((line) => (line === '' ? '' : `    ${c.green(line)}`)));
  }
  if (options.helpUrl) lines.push('', `  More about the convention: ${options.helpUrl}`);
  const saved = options.saved;
  if (saved?.status === 'saved' && options.retry === 'am') {
    lines.push('', `  git am stopped before committing this patch. Your message is saved in ${quoteShell(saved.path)}.`, '  Apply the patches again and fix the message when asked:', ...AM_RETRY.map((line) => `    ${c.bold(line)}`));
  } else if (saved?.status === 'saved') {
    lines.push('', '  Your message is saved. Edit it and commit again with:', `    ${c.bold(formatRetryCommand(saved.path, saved.keepCommentLines === true))}`);
  } else if (saved?.status === 'not-saved') {
    lines.push('', `  Your message could not be saved (${saved.reason}). Here it is, to copy:`, ...saved.message.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '' : `    ${line}`)));
  }
  return finish(lines);
}

function formatViolations(violations: readonly Violation[], c: ReturnType<typeof createPalette>): string[] {
  const width = Math.max(...violations.map((v) => v.rule.length));
  const pad = ' '.repeat(width + 4);
  return violations.flatMap((v) => {
    const code = v.rule.padEnd(width);
    const mark = v.severity === 'error' ? c.red(code) : c.yellow(code);
    const out = [`  ${mark}  ${escapeControlChars(v.message)}`];
    if (v.hint) out.push(`${pad}${c.dim(`hint: ${escapeControlChars(v.hint)}`)}`);
    return out;
  });
}

/** The example's lines, control characters escaped except tabs (a tab is the user's own indentation). */
function formatExample(example: string): string[] {
  const lines = example
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => line.split('\t').map(escapeControlChars).join('\t'));
  if (lines.length <= EXAMPLE_MAX_LINES) return lines;
  return [...lines.slice(0, EXAMPLE_MAX_LINES - 1), `(${lines.length - EXAMPLE_MAX_LINES + 1} more lines of your body, unchanged)`];
}

function finish(lines: string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The `--json` form. Field names are a public contract (documented in the README). */
export interface MessageReportJson {
  readonly status: MessageCheckResult['status'];
  readonly violations: readonly Violation[];
  readonly cleaned: string;
  readonly exemption: string | null;
  readonly example: string | null;
  readonly exampleHeader: string | null;
  readonly savedMessage: string | null;
  readonly retryCommand: string | null;
  readonly configFile: string | null;
  /** commitMsg.helpUrl on a rejection, else null. */
  readonly helpUrl: string | null;
}

/** Builds the JSON form. */
export function toMessageReportJson(result: MessageCheckResult, options: Pick<MessageReportOptions, 'saved' | 'configFile' | 'retry' | 'helpUrl'>): MessageReportJson {
  const savedReport = options.saved?.status === 'saved' ? options.saved : undefined;
  const saved = savedReport?.path ?? null;
  return {
    status: result.status,
    violations: result.violations,
    cleaned: result.cleaned,
    exemption: result.status === 'exempt' ? result.exemption : null,
    example: result.status === 'rejected' ? (result.example ?? null) : null,
    exampleHeader: result.status === 'rejected' ? (result.exampleHeader ?? null) : null,
    savedMessage: saved,
    // git am has no one command that retries a patch with a new message: the text report says how.
    retryCommand: saved === null || options.retry === 'am' ? null : formatRetryCommand(saved, savedReport?.keepCommentLines === true),
    configFile: options.configFile,
    helpUrl: result.status === 'rejected' ? (options.helpUrl ?? null) : null,
  };
}
