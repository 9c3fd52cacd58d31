// Rules on `type(scope)!`: the scope as the convention wants it, and the breaking-change marker.
import type { RuleFamily } from './codes.js';
import { showWord } from './type-and-subject.js';

export const SCOPE_RULES: RuleFamily<'scope-forbidden' | 'scope-missing' | 'scope-empty' | 'scope-unclosed' | 'breaking-forbidden'> = {
  'scope-forbidden': ({ header: { parts: { scope } }, rules }) => scope === undefined || rules.scope !== 'forbidden' ? undefined : {
    message: `A scope (${scope.slice(0, 40)}) is written, but scopes are not used here.`,
    hint: 'Remove the parentheses: type: subject (or set commitMsg.scope to "optional").',
  },
  // Only after a type: without one, `type-missing` says what to write.
  'scope-missing': ({ header: { hasType, parts: { scope } }, rules }) => !hasType || scope !== undefined || rules.scope !== 'required' ? undefined : {
    message: 'The type has no scope, and a scope is required.',
    hint: 'Write type(scope): subject, e.g. feat(api): ...',
  },
  // A forbidden scope is reported as such, empty or not.
  'scope-empty': ({ header: { parts: { scope } }, rules }) => scope === undefined || rules.scope === 'forbidden' || scope.trim() !== '' ? undefined : {
    message: 'The scope parentheses are empty.',
    hint: rules.scope === 'required' ? 'Name the scope: type(scope): subject.' : 'Name the scope, or remove the empty parentheses.',
  },
  'scope-unclosed': ({ header: { unclosedScope } }) => unclosedScope === undefined ? undefined : {
    message: `The scope (${unclosedScope.slice(0, 40)} has no closing parenthesis.`,
    hint: 'Close it: type(scope): subject.',
  },
  'breaking-forbidden': ({ header: { word, parts }, rules }) => parts.breaking !== true || rules.breaking === 'allowed' ? undefined : {
    message: `The "!" after ${showWord(word)}${parts.scope !== undefined ? '(...)' : ''} marks a breaking change, and this convention does not use the marker.`,
    hint: 'Remove the "!" and say what breaks in the body (or set commitMsg.breaking to "allowed").',
  },
};
