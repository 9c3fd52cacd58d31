// Precision (issue 14): code near SDK code that names a registry key without evaluating it. The
// same method names on unrelated objects, evaluation results read for their parameters, keys in
// log messages, test names, SQL, URLs, CSS classes, object keys, enum members and import paths.
// None is a reference; a key in a comment is listed as a comment mention only, never judged.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [{ key: 'fast-search', status: 'active', aliases: [] }, { key: 'exp', status: 'active', aliases: [] }] },
);

/** `[flag, line, kind]` of every reference that is not a comment mention, and every dynamic key. */
function judged(path: string, text: string): string[] {
  const scan = scanSourceText(text, path, matcher);
  return [
    ...scan.references.filter((placed) => placed.reference.kind !== 'comment').map((placed) => `${placed.reference.flag}@${placed.line}:${placed.reference.kind}`),
    ...scan.dynamic.map((placed) => `dynamic ${placed.key.expression}@${placed.line}`),
  ];
}

describe('the same method names on unrelated objects', () => {
  it.each([
    ['a Map', 'a.ts', "const v = map.get('fast-search');\n"],
    ['an i18n variation', 'a.ts', "const label = i18n.variation('fast-search');\n"],
    ['a cache', 'a.ts', "const v = cache.getValue('fast-search');\n"],
    ['a form field', 'a.ts', "if (form.isEnabled('fast-search')) submit();\n"],
    ['react-hook-form', 'a.ts', "const v = form.getValues('fast-search');\nconst w = watch('fast-search');\n"],
    ['a product variation', 'a.ts', "const v = product.variation('fast-search');\n"],
    ['a plan feature', 'a.ts', "const has = plan.hasFeature('fast-search');\n"],
    ['command-line arguments', 'a.ts', "const v = args.getFlag('fast-search');\n"],
    ['app settings', 'a.py', 'value = settings.get_value("fast-search")\nif form.is_enabled("fast-search"):\n    pass\n'],
    ['a Go map wrapper', 'a.go', 'v := m.GetValue("fast-search")\n'],
    ['a Java logger and properties', 'A.java', 'if (logger.isEnabled("fast-search")) {}\nString v = props.getValue("fast-search");\n'],
    ['Mapbox layers', 'a.ts', "const layer = map.getLayer('fast-search');\n"],
    ['a variable scope', 'a.ts', "const v = scope.variable('fast-search');\n"],
    ['a Backbone model event', 'a.ts', "model.on('change:fast-search', render);\n"],
    ['Python config sections', 'a.py', 'x = cfg.get_config(section, "fast-search")\n'],
    ['a bare getValue and isEnabled not imported from an SDK', 'a.ts', "const v = getValue('fast-search');\nconst on = isEnabled('fast-search');\n"],
    ['another library\'s useConfig', 'a.tsx', "import { useConfig } from 'wagmi';\nconst c = useConfig('fast-search');\n"],
    ['a URLSearchParams', 'a.ts', "const params = new URLSearchParams(location.search);\nconst v = params.get('fast-search');\n"],
  ])('%s', (_form, path, text) => {
    expect(judged(path, text)).toEqual([]);
  });
});

describe('evaluation results read for their parameters', () => {
  // Statsig: DynamicConfig/Experiment/Layer `getValue(key, fallback)` and `get(key, fallback)` read
  // a parameter of the evaluated config (statsig-node DynamicConfig.ts, @statsig/js-client).
  it.each([
    ['a result typed DynamicConfig', 'a.ts', "function price(experiment: DynamicConfig) {\n  return experiment.getValue('fast-search', 1);\n}\n", []],
    ['a result bound from getExperiment', 'a.ts', "const experiment = statsig.getExperiment(user, 'exp');\nconst p = experiment.getValue('fast-search', 1);\n", ['exp@1:call']],
    ['a Python result bound from get_experiment', 'a.py', 'experiment = statsig.get_experiment(user, "exp")\np = experiment.get_value("fast-search", 1)\n', ['exp@1:call']],
    ['a result read where it is made', 'a.ts', "const d = statsigClient.getDynamicConfig('exp').get('fast-search', false);\n", ['exp@1:call']],
    ['a React hook result', 'a.tsx', "const { config } = useExperiment('exp');\nconst p = config.getValue('fast-search', 1);\n", ['exp@1:call']],
    ['a Java DynamicConfig', 'A.java', 'DynamicConfig c = Statsig.getConfigSync(user, "exp");\nString v = c.getString("fast-search", "x");\n', ['exp@1:call']],
  ])('%s', (_form, path, text, expected) => {
    expect(judged(path, text)).toEqual(expected);
  });

  it('still reads a client called experimentClient', () => {
    expect(judged('a.ts', "const experimentClient = LaunchDarkly.init(key);\nconst v = experimentClient.variation('fast-search', ctx, false);\n")).toEqual(['fast-search@2:call']);
  });
});

describe('keys written as text, not evaluated', () => {
  it.each([
    ['an analytics event', 'a.ts', "analytics.track('fast-search', { plan });\nposthog.capture('fast-search');\nldClient.track('fast-search', ctx);\n"],
    ['log messages', 'a.ts', "logger.info('fast-search enabled for user');\nlogger.info(`evaluating fast-search for ${user}`);\nconsole.log('fast-search', value);\n"],
    ['Python and Go log messages', 'a.py', 'logging.info("fast-search enabled")\n'],
    ['a Go format string', 'a.go', 'log.Printf("fast-search: %v", x)\n'],
    ['test names', 'a.test.ts', "describe('fast-search', () => {\n  it('shows results when fast-search is on', () => {});\n});\n"],
    ['SQL', 'a.ts', 'const sql = "SELECT * FROM flags WHERE key = \'fast-search\'";\n'],
    ['a URL and a route', 'a.ts', "const url = 'https://app.example.com/fast-search/results';\nrouter.get('/fast-search', handler);\n"],
    ['CSS classes and selectors', 'a.tsx', "const el = $('.fast-search');\nconst css = styles['fast-search'];\nreturn <div className=\"fast-search\">x</div>;\n"],
    ['object keys and types', 'a.ts', "const config = { 'fast-search': true };\ntype Flags = { 'fast-search': boolean };\nconst schema = z.object({ 'fast-search': z.boolean() });\n"],
    ['an enum member', 'a.ts', "enum Keys { FastSearch = 'fast-search' }\n"],
    ['a Python enum', 'a.py', 'class Flags(Enum):\n    FAST_SEARCH = "fast-search"\n'],
    ['import paths', 'a.ts', "import search from './fast-search';\nimport { x } from '@acme/fast-search';\n"],
    ['a call named inside a string', 'a.ts', 'const s = "use variation(\'fast-search\') here";\n'],
    ['an error message', 'a.ts', "throw new Error('fast-search failed');\n"],
    ['DOM ids and storage keys', 'a.ts', "const el = document.getElementById('fast-search');\nconst s = localStorage.getItem('fast-search');\n"],
    ['JSX props of other components', 'a.tsx', '<Trans i18nKey="fast-search" />\n<input name="fast-search" disabled={!isEnabled} />\n'],
    ['a test double of an SDK call', 'a.test.ts', "expect(ldClient.variation).toHaveBeenCalledWith(expect.any(String), ctx, false);\n"],
  ])('%s', (_form, path, text) => {
    expect(judged(path, text)).toEqual([]);
  });

  it('lists a key in a comment as a comment mention only', () => {
    const scan = scanSourceText('// TODO: remove fast-search once rolled out\n', 'a.ts', matcher);
    expect(scan.references.map((placed) => placed.reference.kind)).toEqual(['comment']);
  });
});
