// Config: strict JSON parsing and schema validation on any input: a value or a ConfigError, never
// another exception (which would surface as an internal error instead of the config exit code).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, parseStrictJson } from '../../src/config/json-syntax.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { ConfigError } from '../../src/errors.js';
import { fuzz } from './fuzz-runs.js';

const origin = { filePath: '/repo/.proverc.json', keyPrefix: null };
const sections = ['commitMsg', 'flags', 'perf', '$schema'];
/** Objects shaped like configs: known section names holding anything, plus unknown keys. */
const configLike = fc.dictionary(fc.oneof(fc.constantFrom(...sections), fc.string({ maxLength: 8 })), fc.oneof(fc.jsonValue(), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue())), { maxKeys: 5 });

describe('config (fuzz)', () => {
  it('validateConfig returns a config or throws a ConfigError, for any JSON value', () => {
    fuzz(
      'validateConfig',
      fc.property(fc.oneof(fc.jsonValue(), configLike), (raw) => {
        try {
          const config = validateConfig(raw, origin);
          expect(config.commitMsg.types.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as ConfigError).message).toContain('/repo/.proverc.json');
        }
      }),
    );
  });

  it('parseStrictJson agrees with JSON.parse and locates every syntax error it reports', () => {
    const nearJson = fc.oneof(fc.json(), fc.string({ maxLength: 60 }), fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))), fc.json().map((text) => `${text},`));
    fuzz(
      'parseStrictJson',
      fc.property(nearJson, (text) => {
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) {
          expect(parseStrictJson(text)).toEqual(expected);
        } else {
          expect(() => parseStrictJson(text)).toThrow(Error);
          expect(() => describeJsonSyntaxError(text)).not.toThrow();
        }
      }),
    );
  });
});
