// Gaps the ninth blind corpus (test/corpus/blind9) found, each at its general cause. Each row
// names the SDK or library documentation that backs the form.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active' as const, aliases: [] },
    { key: 'FF_TRIAL_DAYS', status: 'active' as const, aliases: [] },
  ],
};
const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] }, REGISTRY);

/** `[flag, line, kind]` of every reference in `text`. */
function found(path: string, text: string): [string | null, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

describe('a binding written in a comment or a string', () => {
  // A name's binding (`levy: OpenFeatureClient`, `levy = ldClient`) is code: prose that reads like
  // one (`// The old levy: openFeature...`) binds nothing, so a getter on the name stays a getter.
  it.each([
    ['a TS line comment', 'levy.ts', "const perKwh = levy.getValue('pence_per_kwh', 0.2);\n// The old levy: openFeature.getBooleanValue('fast-search', false)\n", [['fast-search', 2, 'comment']]],
    ['a block comment', 'levy.ts', "/* levy: ldClient */\nconst perKwh = levy.getValue('pence_per_kwh', 0.2);\n", []],
    ['a Python comment', 'levy.py', "# levy = ldclient.get() in the old worker\nper_kwh = levy.get_value('pence_per_kwh', 0.2)\n", []],
    ['a string', 'levy.ts', "const help = 'levy: unleashClient';\nconst perKwh = levy.getValue('pence_per_kwh', 0.2);\n", []],
  ])('binds nothing in %s', (_form, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });

  it('still reads a call on a name bound in code', () => {
    const text = "// levy: the per-kWh charge\nconst levy: LDClient = init(key);\nconst on = levy.variation('fast-search', ctx, false);\n";
    expect(found('levy.ts', text)).toEqual([['fast-search', 3, 'call']]);
  });
});

describe('Python settings libraries that read the environment', () => {
  // pydantic-settings docs: a field's `validation_alias` (or `alias`) is the environment variable's name.
  // django-environ (`env = environ.Env()`) and environs (`env = Env()`): `env("X")`, `env.bool("X", default=...)`, `env.int`, ...
  it.each([
    ['validation_alias', 'class S(BaseSettings):\n    trial_days: int = Field(default=14, validation_alias="FF_TRIAL_DAYS")\n', 2],
    ['a wrapped Field', 'class S(BaseSettings):\n    trial_days: int = Field(\n        default=14,\n        validation_alias="FF_TRIAL_DAYS",\n    )\n', 4],
    ['alias', "class S(BaseSettings):\n    trial_days: int = Field(14, alias='FF_TRIAL_DAYS')\n", 2],
    ['django-environ env.int', 'env = environ.Env()\nTRIAL_DAYS = env.int("FF_TRIAL_DAYS", default=14)\n', 2],
    ['environs env.bool', 'env = Env()\nenv.read_env()\nTRIAL = env.bool(\n    "FF_TRIAL_DAYS", False\n)\n', 4],
    ['env called', 'env = environ.Env()\nTRIAL_DAYS = env("FF_TRIAL_DAYS")\n', 2],
    ['AliasChoices', 'class S(BaseSettings):\n    trial_days: int = Field(\n        validation_alias=AliasChoices("trial_days", "FF_TRIAL_DAYS"),\n    )\n', 3],
  ])('reads %s as an environment reference', (_form, text, line) => {
    expect(found('settings.py', text)).toEqual([['FF_TRIAL_DAYS', line, 'env']]);
  });

  it.each([
    ['a name without the prefix', 'DEBUG = env.bool("DJANGO_DEBUG", default=False)\nx: int = Field(validation_alias="BATCH_SIZE")\n'],
    ['another object', 'TRIAL_DAYS = self.env.int("FF_TRIAL_DAYS")\nTRIAL = settings.bool("FF_TRIAL_DAYS")\n'],
    ['a string or a comment', '# env.bool("FF_TRIAL_DAYS") comes later\nHELP = \'validation_alias="FF_TRIAL_DAYS"\'\n'],
  ])('reads nothing from %s', (_form, text) => {
    expect(found('settings.py', text).filter(([, , kind]) => kind !== 'comment')).toEqual([]);
  });
});

describe("OpenFeature's Angular directives", () => {
  // @openfeature/angular-sdk README: `<div *booleanFeatureFlag="'isFeatureEnabled'; default: true">`
  // and `<ng-template [booleanFeatureFlag]="'key'" [booleanFeatureFlagDefault]="true">`.
  it.each([
    ['an inline template', 'list.component.ts', "@Component({\n  selector: 'app-list',\n  template: `\n    <button *booleanFeatureFlag=\"'fast-search'; default: false\">Go</button>\n  `,\n})\nexport class ListComponent {}\n", 4],
    ['an input binding', 'list.component.ts', "@Component({\n  template: `<ng-template [stringFeatureFlag]=\"'fast-search'\" [stringFeatureFlagDefault]=\"'a'\">x</ng-template>`,\n})\nexport class C {}\n", 2],
    ['a template file', 'list.component.html', "<ul>\n  <li *numberFeatureFlag=\"'fast-search'; default: 3; else: off\">Results</li>\n</ul>\n", 2],
  ])('reads the key of %s as a JSX-like reference', (_form, path, text, line) => {
    expect(found(path, text)).toEqual([['fast-search', line, 'jsx']]);
  });

  it('reads no other directive or string', () => {
    const text = "const t = `<div *ngIf=\"'fast-search'\">x</div>`;\nconst s = 'booleanFeatureFlag fast-search';\nconst u = `<div *booleanFeatureFlag=\"flagName\">x</div>`;\n";
    expect(found('c.component.ts', text)).toEqual([]);
  });
});

describe('a method bound to a name, on a receiver bound only in a comment', () => {
  // The rename reader (`const v = c.variation.bind(c)` then `v('k')`) asks the same receiver rule.
  it('reads no call through the name', () => {
    const text = "// levy: ldClient (the old client)\nconst read = levy.getValue.bind(levy);\nconst perKwh = read('fast-search', 0.2);\n";
    expect(found('levy.ts', text)).toEqual([]);
  });

  it('reads the call when the receiver is bound in code', () => {
    const text = "const levy = configcat.getClient(key);\nconst read = levy.getValue.bind(levy);\nconst on = read('fast-search', false);\n";
    expect(found('levy.ts', text)).toEqual([['fast-search', 3, 'call']]);
  });
});
