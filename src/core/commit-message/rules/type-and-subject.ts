// Rules on `type: subject`: the type, its separator, and the subject.
import { TEMPLATE_SUBJECT } from '../template.js';
import { suggestType } from '../type-suggestion.js';
import type { RuleFamily } from './codes.js';

/** The type as written, cut for messages. */
export function showWord(word: string): string {
  return word.length > 40 ? word.slice(0, 37) + '...' : word;
}

export const TYPE_AND_SUBJECT_RULES: RuleFamily<'type-missing' | 'type-unknown' | 'type-case' | 'separator-missing' | 'subject-empty'> = {
  'type-missing': ({ header: { hasType, parts }, rules }) => hasType ? undefined : {
    message: 'The first line does not start with a type.',
    hint: `Start it with one of ${rules.types.join(', ')} and a colon, e.g. "${parts.type ?? rules.types[0]}: ${parts.subject.slice(0, 30) || 'subject'}".`,
  },
  'type-unknown': ({ header: { hasType, word, parts }, rules }) => {
    if (!hasType || rules.types.includes(word) || rules.types.includes(word.toLowerCase())) return undefined;
    const example = `${rules.types[0]}${rules.scope === 'required' ? '(scope)' : ''}: subject`;
    return {
      message: `The type ${showWord(word)} is not one of ${rules.types.join(', ')}.`,
      hint: parts.type !== undefined ? `Did you mean ${parts.type}?` : `Use one of ${rules.types.join(', ')}, e.g. "${example}".`,
    };
  },
  'type-case': ({ header: { hasType, word }, rules }) => {
    const lower = word.toLowerCase();
    return !hasType || rules.types.includes(word) || !rules.types.includes(lower) ? undefined : {
      message: `The type ${showWord(word)} has capitals.`,
      hint: `Write it in lower case: ${lower}.`,
    };
  },
  'separator-missing': ({ header: { separator, word }, rules }) => {
    if (separator === 'colon-space') return undefined;
    const lower = word.toLowerCase();
    const fixedType = rules.types.includes(lower) ? lower : suggestType(word, rules.types) ?? (showWord(word) || 'type');
    if (separator === 'no-space-after-colon') {
      return { message: 'There is no space after the colon that follows the type.', hint: `Write "${fixedType}: subject" with one space after the colon.` };
    }
    if (separator === 'space-before-colon') {
      return { message: 'There is a space before the colon that follows the type.', hint: `Write "${fixedType}: subject": the colon right after the type.` };
    }
    return { message: `The type ${showWord(word)} is not followed by a colon.`, hint: `Write "${fixedType}: subject" (a colon and a space after the type).` };
  },
  'subject-empty': ({ header: { parts: { subject } } }) => {
    if (subject === '') return { message: 'There is no subject after the type.', hint: 'Say what the commit does after "type: ", before the tags.' };
    // The prepare-commit-msg template's placeholder, left as it was.
    if (subject === TEMPLATE_SUBJECT) return { message: `The subject is still the template's placeholder ${TEMPLATE_SUBJECT}.`, hint: `Replace ${TEMPLATE_SUBJECT} with what the commit does.` };
    return undefined;
  },
};

