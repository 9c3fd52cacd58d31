// OpenFeature: the vendor-neutral evaluation API (typed value and details calls) in JS/TS, Java,
// Python and Go, and the React SDK hooks.
import { call, FLAG_STRING, objectArgumentField, type FlagPreset } from './preset.js';

const TYPES = ['Boolean', 'String', 'Number', 'Object', 'Integer', 'Double'];
const CAMEL = TYPES.flatMap((t) => [`get${t}Value`, `get${t}Details`]);
const HOOKS = ['useFlag', 'useSuspenseFlag', ...['Boolean', 'String', 'Number', 'Object'].flatMap((t) => [`use${t}FlagValue`, `use${t}FlagDetails`])];
// Python's async variants (`get_boolean_value_async`, openfeature-sdk 0.8).
const PYTHON = ['boolean', 'string', 'integer', 'float', 'object'].flatMap((t) => [`get_${t}_value`, `get_${t}_details`, `get_${t}_value_async`, `get_${t}_details_async`]);
// .NET's FeatureClient: `GetBooleanValueAsync(flagKey, defaultValue, context?, config?)`.
const DOTNET = ['Boolean', 'String', 'Integer', 'Double', 'Object'].flatMap((t) => [`Get${t}ValueAsync`, `Get${t}DetailsAsync`]);
// Ruby's client: `fetch_boolean_value(flag_key: 'flag', default_value: false)`.
const RUBY = ['boolean', 'string', 'number', 'integer', 'float', 'object'].flatMap((t) => [`fetch_${t}_value`, `fetch_${t}_details`]);
const GO_PLAIN = ['Boolean', 'String', 'Int', 'Float', 'Object'];
// NestJS (and Angular) decorators: `@BooleanFeatureFlag({ flagKey: 'flag', defaultValue: false })` (@openfeature/nestjs-sdk README).
const DECORATORS = ['Boolean', 'String', 'Number', 'Object'].map((t) => `${t}FeatureFlag`);
const GO = GO_PLAIN.flatMap((t) => [`${t}Value`, `${t}ValueDetails`]);
// Angular's structural directives (@openfeature/angular-sdk README): `*booleanFeatureFlag="'key'; default: true"`,
// also bound as an input, `[booleanFeatureFlag]="'key'"`.
const ANGULAR = ['boolean', 'string', 'number', 'object'].map((t) => `${t}FeatureFlag`);

export const openfeature: FlagPreset = {
  name: 'openfeature',
  title: 'OpenFeature',
  summary: [
    'JS/TS, Java: `client.getBooleanValue(\'flag\', false)`, `getStringValue`, `getNumberValue`, `getObjectValue`, ...`Details`',
    'React: `useBooleanFlagValue(\'flag\', false)`, `useStringFlagValue`, `useFlag(\'flag\', default)`, ...`Details`',
    'Python: `client.get_boolean_value("flag", False)`, `get_string_value`, `get_integer_value`, ...`_details`',
    'NestJS: `@BooleanFeatureFlag({ flagKey: \'flag\', defaultValue: false })`, `StringFeatureFlag`, `NumberFeatureFlag`, `ObjectFeatureFlag`',
    '.NET: `client.GetBooleanValueAsync("flag", false)`, ...`DetailsAsync`; Ruby: `client.fetch_boolean_value(flag_key: "flag", default_value: false)`',
    'Go: `client.BooleanValue(ctx, "flag", false, evalCtx)` (and the older `BooleanValue("flag", ...)`), `client.Boolean(ctx, "flag", false, evalCtx)`, `String`, `Int`, `Float`, `Object`',
    'Angular: `*booleanFeatureFlag="\'flag\'; default: true"` (also `[booleanFeatureFlag]="\'flag\'"`, `string`, `number`, `object`), in a template file or a component\'s inline `template:`',
  ],
  // Go's names are common elsewhere: AWS's `aws.StringValue(p)`, `aws.BoolValue(p)`; `x.String(...)`.
  genericMethods: [...GO_PLAIN.map((name) => `${name}Value`), ...GO_PLAIN],
  patterns: () => [
    call([...CAMEL, ...HOOKS, ...PYTHON, ...GO, ...DOTNET, ...RUBY]),
    {
      anchors: RUBY,
      regex: String.raw`(?<![\w$])(?:${RUBY.join('|')})\s*\(\s*flag_key:\s*${FLAG_STRING}`,
      kind: 'call',
      keyForm: 'exact',
      startsAtAnchor: true,
    },
    call(GO, { argIndex: 1 }),
    objectArgumentField(DECORATORS, 'flagKey'),
    // Go's IClient.Boolean/String/Float/Int/Object(ctx, flag, default, evalCtx): names too common
    // elsewhere to search for alone, so the anchor is the name with its `(`, and Go files only.
    { ...call(GO_PLAIN.map((name) => `${name}(`), { argIndex: 1 }), families: ['go'] },
    // The key is the directive's expression, a quoted literal inside the attribute's quotes.
    {
      anchors: ANGULAR,
      regex: String.raw`(?:\*|\[)(?:${ANGULAR.join('|')})\]?\s*=\s*"\s*'(?<flag>[^'"\`\s\\$]{1,256})'`,
      kind: 'call',
      referenceKind: 'jsx',
      keyForm: 'exact',
      inStrings: true,
      requires: String.raw`FeatureFlag\]?\s*=\s*"\s*'`,
    },
  ],
};
