// The environment object bound to a name (issue 14): Node `const env = process.env`
// (nodejs.org/api/process.html#processenv), Python `env = os.environ`
// (docs.python.org/3/library/os.html#os.environ), Java `Map<String, String> env = System.getenv()`,
// then the flag variables read from it; names without the prefix are no flags.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { namesWholeValue } from '../../../src/core/flags/result-aliases.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [{ key: 'FF_FAST_SEARCH', status: 'active', aliases: [] }] },
);

function found(path: string, text: string): [string, number][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line]);
}

describe('an environment object bound to a name', () => {
  it.each([
    ['Node process.env', 'a.ts', `const env = process.env;\nconst a = env.FF_FAST_SEARCH === '1';\nconst b = env['FF_OTHER'];\nconst h = env.HOME;\n`, [['FF_FAST_SEARCH', 2], ['FF_OTHER', 3]]],
    ['Python os.environ', 'a.py', `import os\nenv = os.environ\na = env["FF_FAST_SEARCH"]\nb = env.get("FF_OTHER", "0")\nh = env.get("HOME")\n`, [['FF_FAST_SEARCH', 3], ['FF_OTHER', 4]]],
    ['Java System.getenv()', 'A.java', `class A {\n  boolean f() {\n    Map<String, String> env = System.getenv();\n    return env.get("FF_FAST_SEARCH") != null && env.get("PATH") != null;\n  }\n}\n`, [['FF_FAST_SEARCH', 4]]],
  ] as const)('reads the flag variables of %s bound to a name', (_title, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });

  it('reads nothing from a name bound to a member of the environment object', () => {
    expect(found('a.ts', `const env = process.env.NODE_ENV;\nconst a = env.FF_FAST_SEARCH;\n`)).toEqual([]);
  });

  it('property: any name bound to process.env reads its prefixed variables', () => {
    const names = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/).filter((name) => !['const', 'let', 'var', 'in', 'of', 'do', 'if', 'new', 'for', 'process', 'env', 'import'].includes(name));
    fc.assert(
      fc.property(names, (name) => {
        expect(found('a.ts', `const ${name} = process.env;\nexport const on = ${name}.FF_FAST_SEARCH;\n`)).toEqual([['FF_FAST_SEARCH', 2]]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the gate of the environment-binding searches', () => {
  const objects = ['process.env', 'import.meta.env', 'os.environ', 'System.getenv()'];
  const fragments = fc.constantFrom(...objects, '.', '[', '(', ')', ' ', '\n', '=', 'x', '_', '$', '9', ';', 'FF_A', '{ a }', 'get');
  it('property: namesWholeValue is true exactly when the searches\u2019 ending `object(?![\\w$.[(])` matches', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 12 }), fc.constantFrom(...objects), (parts, object) => {
        const text = parts.join('');
        const ending = new RegExp(`${object.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$.[(])`);
        expect(namesWholeValue(text, object)).toBe(ending.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a.ts', `const on = process.env.FF_FAST_SEARCH === 'true';\nconst { FF_FAST_SEARCH: fast } = process.env;\nconst x = fast;\n`, [['FF_FAST_SEARCH', 1], ['FF_FAST_SEARCH', 2], ['FF_FAST_SEARCH', 3]]],
    ['a.py', `import os\non = os.environ.get("FF_FAST_SEARCH")\nenv = os.environ\nb = env["FF_FAST_SEARCH"]\n`, [['FF_FAST_SEARCH', 2], ['FF_FAST_SEARCH', 4]]],
  ] as const)('still reads a binding in %s whose object is also written as a member before it', (path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });
});
