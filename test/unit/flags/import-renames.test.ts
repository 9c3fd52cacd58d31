// SDK functions and hooks imported under another name (issue 14): `import { useFlags as
// useLDFlags } from 'launchdarkly-react-client-sdk'` (docs.launchdarkly.com/sdk/client-side/react/react-web#hooks),
// `import { useFeatureFlagEnabled as useFlagOn } from 'posthog-js/react'` (posthog.com/docs/libraries/react),
// Python `from posthog import feature_enabled as flag_on` (posthog-python feature_enabled(key, distinct_id)).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { findImportRenames } from '../../../src/core/flags/result-aliases.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [{ key: 'new-checkout', status: 'active', aliases: [] }, { key: 'dark-mode', status: 'active', aliases: [] }] },
);

function scan(path: string, text: string, windows?: [number, number][]): { found: [string, number][]; dynamic: string[] } {
  const result = scanSourceText(text, path, matcher, windows);
  return { found: result.references.map((placed) => [placed.reference.flag, placed.line]), dynamic: result.dynamic.map((placed) => placed.key.expression) };
}

describe('SDK functions imported under another name', () => {
  it('reads the flags destructured from a renamed useFlags() and their later reads', () => {
    const text = `import { useFlags as useLDFlags } from 'launchdarkly-react-client-sdk';\nexport function A() {\n  const { newCheckout } = useLDFlags();\n  const flags = useLDFlags();\n  return newCheckout && flags.darkMode;\n}\n`;
    expect(scan('a.tsx', text).found).toEqual([['new-checkout', 3], ['new-checkout', 5], ['dark-mode', 5]]);
  });

  it('reads a renamed hook call with a literal key, and a non-literal key as dynamic', () => {
    const text = `import { useFeatureFlagEnabled as useFlagOn } from 'posthog-js/react';\nconst a = useFlagOn('new-checkout');\nconst b = useFlagOn(name);\n`;
    expect(scan('a.tsx', text)).toEqual({ found: [['new-checkout', 2]], dynamic: ['name'] });
  });

  it('reads a Python function imported with as', () => {
    const text = `from posthog import feature_enabled as flag_on\n\ndef f(user):\n    return flag_on("dark-mode", user)\n`;
    expect(scan('a.py', text).found).toEqual([['dark-mode', 4]]);
  });

  it('keeps renamed calls to the scanned windows of lines', () => {
    const text = `import { useFeatureFlagEnabled as useFlagOn } from 'posthog-js/react';\nconst a = useFlagOn('new-checkout');\nconst b = useFlagOn('dark-mode');\n`;
    expect(scan('a.tsx', text, [[3, 3]]).found).toEqual([['dark-mode', 3]]);
  });

  it('ignores a rename of a name no SDK exports, and a renamed call inside a string', () => {
    const text = `import { format as useFlagOn } from 'date-fns';\nconst a = useFlagOn('new-checkout');\nimport { useFeatureFlagEnabled as on } from 'posthog-js/react';\nconst s = "on('dark-mode')";\n`;
    expect(scan('a.tsx', text)).toEqual({ found: [], dynamic: [] });
  });

  it('property: a renamed import is found whatever the local name and the spacing', () => {
    const local = fc.stringMatching(/^use[A-Z][A-Za-z0-9]{0,10}$/).filter((name) => !name.startsWith('useFeatureFlag') && !name.startsWith('useFlag') && !name.startsWith('useGate') && !name.startsWith('useExperiment'));
    fc.assert(
      fc.property(local, fc.constantFrom(' ', '  ', '\n  '), (name, space) => {
        expect(findImportRenames(`import {${space}useFeatureFlagEnabled as ${name},${space}} from 'posthog-js/react';`).get('useFeatureFlagEnabled')).toEqual([name]);
      }),
      { numRuns: 100 },
    );
  });
});
