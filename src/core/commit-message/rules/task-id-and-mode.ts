// Rules on the two tags' contents: the task id `[T-YYYY-MM-DD-NNN]` and the mode `[MODE:...]`.
import { describeTaskIdShape, type TagCheck, type TagKind } from '../tags.js';
import type { HeaderReading } from '../header.js';
import type { Finding, RuleFamily } from './codes.js';

/** A tag written without brackets, then the first tag's problem when it has this code. */
function findTagProblems(header: HeaderReading, kind: TagKind, check: TagCheck | undefined, rule: string): Finding[] | undefined {
  const found: Finding[] = [];
  const what = kind === 'task' ? 'task id' : 'mode';
  for (const { kind: written, token } of header.unbracketed) {
    if (written === kind) found.push({ message: `The ${what} ${token.slice(0, 40)} is not in square brackets.`, hint: `Write it as [${token.slice(0, 40)}] at the end of the first line.` });
  }
  if (check?.ok === false && check.rule === rule) found.push({ message: check.message, hint: check.hint });
  return found.length > 0 ? found : undefined;
}

export const TASK_ID_AND_MODE_RULES: RuleFamily<'task-id-missing' | 'task-id-invalid' | 'task-id-date-invalid' | 'mode-missing' | 'mode-invalid'> = {
  'task-id-missing': ({ header, rules }) => header.taskId !== undefined ? undefined : {
    message: 'The task id tag is missing.',
    hint: `Add [${describeTaskIdShape(rules)}] after the subject.`,
  },
  'task-id-invalid': ({ header }) => findTagProblems(header, 'task', header.taskId, 'task-id-invalid'),
  'task-id-date-invalid': ({ header: { taskId } }) => taskId?.ok === false && taskId.rule === 'task-id-date-invalid' ? { message: taskId.message, hint: taskId.hint } : undefined,
  'mode-missing': ({ header, rules }) => header.mode !== undefined ? undefined : {
    message: 'The mode tag is missing.',
    hint: `Add ${rules.modes.map((value) => `[MODE:${value}]`).join(' or ')} after the task id.`,
  },
  'mode-invalid': ({ header }) => findTagProblems(header, 'mode', header.mode, 'mode-invalid'),
};
