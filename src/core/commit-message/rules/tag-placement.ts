// Rules on where the tags stand: order, position at the end, duplicates, spacing.
import { isWhitespace, type HeaderReading, type Tag } from '../header.js';
import type { RuleFamily } from './codes.js';

const firstOf = (header: HeaderReading, kind: Tag['kind']): Tag | undefined => header.tags.find((tag) => tag.kind === kind);
const countOf = (header: HeaderReading, kind: Tag['kind']): number => header.tags.filter((tag) => tag.kind === kind).length;

export const TAG_PLACEMENT_RULES: RuleFamily<'tags-order' | 'tags-position' | 'tags-duplicate' | 'tags-spacing'> = {
  'tags-order': ({ header }) => {
    const task = firstOf(header, 'task');
    const mode = firstOf(header, 'mode');
    return !task || !mode || mode.start > task.start ? undefined : {
      message: 'The mode tag comes before the task id tag.',
      hint: `Write the task id first: [${task.content.slice(0, 40)}] [${mode.content.slice(0, 40)}].`,
    };
  },
  'tags-position': ({ header: { misplaced } }) => misplaced[0] === undefined ? undefined : {
    message: `Text follows the tag [${misplaced[0].content.slice(0, 40)}].`,
    hint: 'Put the tags at the very end: type: subject [task id] [MODE:...].',
  },
  'tags-duplicate': ({ header }) => {
    if (header.tags.length < 2) return undefined;
    const which = countOf(header, 'task') > 1 ? 'task id' : countOf(header, 'mode') > 1 ? 'mode' : undefined;
    return which === undefined ? undefined : { message: `The ${which} tag is written more than once.`, hint: 'Keep one task id tag and one mode tag.' };
  },
  'tags-spacing': ({ header: { tags, text } }) => {
    const cramped = tags.find((tag) => tag.start > 0 && !isWhitespace(text[tag.start - 1]));
    return cramped === undefined ? undefined : {
      message: `There is no space before the tag [${cramped.content.slice(0, 40)}].`,
      hint: 'Separate each tag from the text before it with a space.',
    };
  },
};
