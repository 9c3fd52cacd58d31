// Rules on the characters of the first line: leading whitespace, invisible characters.
import { describeCharacter } from '../invisible-characters.js';
import type { RuleFamily } from './codes.js';

export const CHARACTER_RULES: RuleFamily<'header-leading-whitespace' | 'header-invisible-character'> = {
  'header-leading-whitespace': ({ header }) => !header.leadingWhitespace ? undefined : {
    message: 'The first line starts with whitespace.',
    hint: 'Remove the spaces before the type.',
  },
  'header-invisible-character': ({ header: { invisible } }) => {
    const first = invisible[0];
    if (first === undefined) return undefined;
    const more = invisible.length > 1 ? ` (and ${invisible.length - 1} more)` : '';
    return {
      message: `The first line holds ${describeCharacter(first.codePoint)} at column ${first.column}${more}; git keeps it in the message.`,
      hint: 'Replace it with a plain space, or delete it (it often comes from a paste or an editor setting).',
    };
  },
};
