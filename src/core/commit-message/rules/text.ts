// Rules on the cleaned message as a whole, checked before anything else.
import type { TextCheck, TextRuleCode } from './codes.js';

export const TEXT_RULES: { readonly [Code in TextRuleCode]: TextCheck } = {
  'message-empty': (cleaned) => cleaned.trim() !== '' ? undefined : {
    message: 'The commit message is empty (comments and blank lines do not count).',
    hint: 'Write a first line like "feat: subject [T-YYYY-MM-DD-001] [MODE:F]".',
  },
  'message-nul-byte': (cleaned) => !cleaned.includes('\0') ? undefined : {
    message: 'The message contains a NUL byte; git refuses such a message.',
    hint: 'Remove the NUL byte (often from a binary paste or a UTF-16 file).',
  },
};
