// The message template from the branch name (prepare-commit-msg), and the task id a branch holds,
// which the corrected example of a rejection uses too. Pure: the branch name is given.
import type { MessageConvention, TemplateSettings } from './convention.js';
import { cleanMessageAs, AUTO_COMMENT_CANDIDATES } from './clean.js';
import { checkTaskId } from './tags.js';

/** The subject placeholder of the template; a message still holding it is rejected (`subject-empty`). */
export const TEMPLATE_SUBJECT = '<subject>';
/** The type placeholder when the branch's prefix maps to no configured type. */
export const TEMPLATE_TYPE = '<type>';

/** What a branch name says: its task id, and the type its prefix maps to when it does. */
export interface BranchTask {
  readonly taskId: string;
  readonly type?: string;
}

/** Branch names longer than this are not read (a bound on the work; git allows much longer). */
const MAX_BRANCH_LENGTH = 1024;

/** The default pattern: an optional `<prefix>/`, then the first task id with the configured prefix. */
function compileDefaultPattern(rules: MessageConvention): RegExp {
  // taskIdPrefix is letters and digits (the schema says so): no escaping needed.
  return new RegExp(`^(?:(?<prefix>[^/]+)/)?(?:.*?[^A-Za-z0-9])??(?<taskId>${rules.taskIdPrefix}-\\d{4}-\\d{2}-\\d{2}-\\d+)(?!\\d)`);
}

/** Compiles the user's `prepareCommitMsg.branchPattern` (the caller's linear-time engine). */
export type CompileBranchPattern = (source: string) => RegExp;

/**
 * The task id in `branch` (a short name, `feat/T-2025-01-18-001-login`), valid under `rules`,
 * and the type its prefix maps to. Undefined when the branch holds no valid task id. A
 * configured branch pattern is compiled by `compilePattern`: a committer writes both the pattern
 * and the branch name, so it must run on an engine whose time is linear in the name (a static
 * check of the pattern's shape misses repetition over overlapping alternatives, `(?:[a-z]|\w)*$`).
 */
export function parseBranchTask(branch: string, rules: MessageConvention, template: TemplateSettings, compilePattern: CompileBranchPattern): BranchTask | undefined {
  if (branch === '' || branch.length > MAX_BRANCH_LENGTH) return undefined;
  const pattern = template.branchPattern === null ? compileDefaultPattern(rules) : compilePattern(template.branchPattern);
  const groups = pattern.exec(branch)?.groups;
  const taskId = groups?.taskId;
  if (taskId === undefined || !checkTaskId(taskId, rules).ok) return undefined;
  const prefix = groups?.prefix;
  const mapped = prefix === undefined ? undefined : template.typeByPrefix[prefix];
  return mapped !== undefined && rules.types.includes(mapped) ? { taskId, type: mapped } : { taskId };
}

/** The mode for a type: the configured one, else F for feat/fix and NF otherwise (default modes), else all choices. */
export function chooseTemplateMode(type: string | undefined, rules: MessageConvention, template: TemplateSettings): string {
  if (template.mode !== null) return template.mode;
  if (type !== undefined && rules.modes.includes('F') && rules.modes.includes('NF')) return type === 'feat' || type === 'fix' ? 'F' : 'NF';
  return rules.modes.length === 1 ? rules.modes[0]! : rules.modes.join('|');
}

/** The template's first line: `feat: <subject> [T-2025-01-18-001] [MODE:F]`. */
export function buildTemplateHeader(task: BranchTask, rules: MessageConvention, template: TemplateSettings): string {
  const type = task.type ?? TEMPLATE_TYPE;
  return `${type}: ${TEMPLATE_SUBJECT} [${task.taskId}] [MODE:${chooseTemplateMode(task.type, rules, template)}]`;
}

/**
 * The message file with `header` put first, or undefined to leave the file as it is: only a
 * file that holds nothing but comments and blank lines (what git writes for a new message) is
 * filled, so text the user or git put there is never touched and a second run changes nothing.
 * `commentChar` is git's core.commentChar ('auto': any character git may choose).
 */
export function fillMessageTemplate(raw: string, header: string, commentChar: string | undefined): string | undefined {
  if (!isOnlyComments(raw, commentChar)) return undefined;
  return `${header}\n${raw}`;
}

function isOnlyComments(raw: string, commentChar: string | undefined): boolean {
  if (commentChar === undefined || commentChar.toLowerCase() !== 'auto') return cleanMessageAs(raw, commentChar, 'strip').trim() === '';
  // With `auto` git picked a character absent from the message; a git-written file holds only its comments.
  return [...AUTO_COMMENT_CANDIDATES].some((candidate) => cleanMessageAs(raw, candidate, 'strip').trim() === '');
}
