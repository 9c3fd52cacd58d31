import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig, describeValue, formatPath, suggest, type ConfigOrigin } from '../../src/config/validate-config.js';
import { ConfigError } from '../../src/errors.js';

const origin: ConfigOrigin = { filePath: '/repo/.proverc.json', keyPrefix: null };

function errorOf(raw: unknown, from = origin): ConfigError {
  try {
    validateConfig(raw, from);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected validateConfig to throw');
}

describe('validateConfig', () => {
  it('applies every default to an empty config', () => {
    const config = validateConfig({}, origin);
    expect(config.commitMsg.types).toEqual(['feat', 'fix', 'chore', 'refactor', 'revert', 'test']);
    expect(config.commitMsg.maxHeaderLength).toBe(100);
    expect(config.commitMsg.scope).toBe('forbidden');
  });

  it('keeps defaults for the keys a partial section leaves out', () => {
    const config = validateConfig({ commitMsg: { maxHeaderLength: 72 } }, origin);
    expect(config.commitMsg.maxHeaderLength).toBe(72);
    expect(config.commitMsg.modes).toEqual(['F', 'NF']);
  });

  it('produces plain JSON data (the config cache stores it)', () => {
    const config = validateConfig({ commitMsg: { bodyMaxLineLength: 80 } }, origin);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it.each([
    // [what, raw config, key path, expected, found]
    ['a wrong type', { commitMsg: { maxHeaderLength: '72' } }, 'commitMsg.maxHeaderLength', 'expected a number', 'found "72" (a string)'],
    ['a number below the minimum', { commitMsg: { taskIdDigits: 0 } }, 'commitMsg.taskIdDigits', 'expected a number >= 1', 'found 0 (a number)'],
    ['a number above the maximum', { commitMsg: { taskIdDigits: 12 } }, 'commitMsg.taskIdDigits', 'expected a number <= 9', 'found 12 (a number)'],
    ['a non-integer', { commitMsg: { maxHeaderLength: 72.5 } }, 'commitMsg.maxHeaderLength', 'expected an integer', 'found 72.5 (a number)'],
    ['a nullable option of the wrong type', { commitMsg: { bodyMaxLineLength: 'x' } }, 'commitMsg.bodyMaxLineLength', 'expected a number or null', 'found "x" (a string)'],
    ['an empty list', { commitMsg: { types: [] } }, 'commitMsg.types', 'expected at least 1 item', 'found an array of 0 items'],
    ['a list item of the wrong form', { commitMsg: { types: ['feat', 'Feat'] } }, 'commitMsg.types[1]', 'expected a string matching', 'found "Feat" (a string)'],
    ['a list item of the wrong type', { commitMsg: { modes: ['F', 7] } }, 'commitMsg.modes[1]', 'expected a string', 'found 7 (a number)'],
    ['a value outside an enum', { commitMsg: { scope: 'sometimes' } }, 'commitMsg.scope', 'expected one of "forbidden", "optional", "required"', 'found "sometimes" (a string)'],
    ['an enum item in a list', { commitMsg: { exempt: ['merge', 'cherry-pick'] } }, 'commitMsg.exempt[1]', 'expected one of "merge"', 'found "cherry-pick" (a string)'],
    ['a section that is not an object', { commitMsg: [] }, 'commitMsg', 'expected an object', 'found an array of 0 items'],
    ['a null section', { commitMsg: null }, 'commitMsg', 'expected an object', 'found null'],
    ['a boolean given as a string', { commitMsg: { bodyLeadingBlank: 'yes' } }, 'commitMsg.bodyLeadingBlank', 'expected a boolean', 'found "yes" (a string)'],
    ['a whole file that is not an object', ['feat'], '(top level)', 'expected an object', 'found an array of 1 item'],
    ['a whole file that is a string', 'commitMsg: 1', '(top level)', 'expected an object', 'found "commitMsg: 1" (a string)'],
  ])('names the file, key, expectation and found value for %s', (_what, raw, key, expected, found) => {
    const error = errorOf(raw);
    expect(error.message).toContain('/repo/.proverc.json');
    expect(error.message).toContain(`${key}: ${expected}`);
    expect(error.message).toContain(found);
    expect(error.exitCode).toBe(3);
  });

  it.each([
    ['a misspelt option', { commitMsg: { maxHeaderLenght: 72 } }, 'commitMsg.maxHeaderLenght', "Did you mean 'maxHeaderLength'?"],
    ['a wrongly cased option', { commitMsg: { TYPES: ['feat'] } }, 'commitMsg.TYPES', "Did you mean 'types'?"],
    ['a misspelt section', { commitMesg: {} }, 'commitMesg', "Did you mean 'commitMsg'?"],
    ['the singular of a plural key', { flags: { registry: 'flags.json' } }, 'flags.registry', "Did you mean 'registries'?"],
    ['the plural of a singular key', { flags: { maxLineLengths: 100 } }, 'flags.maxLineLengths', "Did you mean 'maxLineLength'?"],
  ])('suggests the nearest key for %s', (_what, raw, key, suggestion) => {
    const error = errorOf(raw);
    expect(error.message).toContain(`${key}: unknown key`);
    expect(error.message).toContain(suggestion);
  });

  it('lists the allowed keys and makes no suggestion for an unrelated key', () => {
    const error = errorOf({ commitMsg: { frobnicate: true } });
    expect(error.message).toContain('commitMsg.frobnicate: unknown key; expected one of types, scope,');
    expect(error.message).not.toContain('Did you mean');
  });

  it('suggests the nearest enum value', () => {
    expect(errorOf({ commitMsg: { scope: 'optinal' } }).message).toContain('Did you mean "optional"?');
  });

  it('reports every problem at once, one line each', () => {
    const error = errorOf({ commitMsg: { types: [], scope: 'x', maxHeaderLength: 'long' }, extra: 1 });
    const lines = error.message.split('\n').filter((line) => line.startsWith('  - '));
    expect(lines).toHaveLength(4);
  });

  it('prefixes key paths with the package.json key', () => {
    const error = errorOf({ commitMsg: { maxHeaderLength: 'x' } }, { filePath: '/repo/package.json', keyPrefix: 'prove' });
    expect(error.message).toContain('prove.commitMsg.maxHeaderLength: expected a number');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['commitMsg', 'my key', 2], origin)).toBe('commitMsg["my key"][2]');
  });

  it('never throws anything but a ConfigError, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        try {
          validateConfig(raw, origin);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as ConfigError).message).toContain('/repo/.proverc.json');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary objects under commitMsg and names each bad key', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue()), (section) => {
        try {
          validateConfig({ commitMsg: section }, origin);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as ConfigError).message).toMatch(/commitMsg/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('describeValue', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [true, 'true (a boolean)'],
    [3, '3 (a number)'],
    ['x', '"x" (a string)'],
    [{}, 'an object'],
    [[1, 2], 'an array of 2 items'],
    ['y'.repeat(100), `"${'y'.repeat(56)}... (a string)`],
  ])('describes %j as %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe('suggest', () => {
  it.each([
    ['tpyes', ['types', 'modes'], 'types'],
    ['MODES', ['types', 'modes'], 'modes'],
    ['zzzzzz', ['types', 'modes'], undefined],
    ['x', [], undefined],
  ])('suggests for %s among %j: %s', (input, candidates, expected) => {
    expect(suggest(input, candidates)).toBe(expected);
  });
});
