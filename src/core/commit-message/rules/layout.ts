// Rules on the message's layout: the length of the first line, the blank line, body line lengths.
import { countCodePoints } from '../code-points.js';
import type { RuleFamily } from './codes.js';

export const LAYOUT_RULES: RuleFamily<'header-too-long' | 'body-leading-blank' | 'body-line-too-long'> = {
  'header-too-long': ({ lines, rules }) => {
    const headerLength = countCodePoints(lines[0]!);
    return headerLength <= rules.maxHeaderLength ? undefined : {
      message: `The first line is ${headerLength} characters long; the limit is ${rules.maxHeaderLength}.`,
      hint: 'Shorten the subject; details go in the body, after a blank line.',
    };
  },
  'body-leading-blank': ({ lines, rules }) => lines.length < 2 || !rules.bodyLeadingBlank || lines[1]!.trim() === '' ? undefined : {
    message: 'The body starts right under the first line.',
    hint: 'Leave one blank line between the first line and the body.',
    line: 2,
  },
  'body-line-too-long': ({ lines, rules: { bodyMaxLineLength: max } }) => {
    if (max === null) return undefined;
    const long: number[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      // A line without whitespace (a long URL, a hash) cannot be wrapped, so it is allowed.
      if (line.length > max && /\s/.test(line) && countCodePoints(line) > max) long.push(i + 1);
    }
    if (long.length === 0) return undefined;
    const shown = long.slice(0, 5).join(', ') + (long.length > 5 ? ` and ${long.length - 5} more` : '');
    return {
      message: `${long.length === 1 ? 'Line' : 'Lines'} ${shown} ${long.length === 1 ? 'is' : 'are'} longer than ${max} characters.`,
      hint: `Wrap body lines at ${max} characters (a line without spaces, like a URL, may be longer).`,
      line: long[0]!,
    };
  },
};
