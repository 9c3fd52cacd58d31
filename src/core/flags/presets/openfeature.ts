// OpenFeature: the vendor-neutral evaluation API (typed value and details calls) in JS/TS, Java,
// Python and Go, and the React SDK hooks.
import { call, type FlagPreset } from './preset.js';

const TYPES = ['Boolean', 'String', 'Number', 'Object', 'Integer', 'Double'];
const CAMEL = TYPES.flatMap((t) => [`get${t}Value`, `get${t}Details`]);
const HOOKS = ['useFlag', 'useSuspenseFlag', ...['Boolean', 'String', 'Number', 'Object'].flatMap((t) => [`use${t}FlagValue`, `use${t}FlagDetails`])];
const PYTHON = ['boolean', 'string', 'integer', 'float', 'object'].flatMap((t) => [`get_${t}_value`, `get_${t}_details`]);
const GO_PLAIN = ['Boolean', 'String', 'Int', 'Float', 'Object'];
const GO = GO_PLAIN.flatMap((t) => [`${t}Value`, `${t}ValueDetails`]);

export const openfeature: FlagPreset = {
  name: 'openfeature',
  title: 'OpenFeature',
  summary: [
    'JS/TS, Java: `client.getBooleanValue(\'flag\', false)`, `getStringValue`, `getNumberValue`, `getObjectValue`, ...`Details`',
    'React: `useBooleanFlagValue(\'flag\', false)`, `useStringFlagValue`, `useFlag(\'flag\', default)`, ...`Details`',
    'Python: `client.get_boolean_value("flag", False)`, `get_string_value`, `get_integer_value`, ...`_details`',
    'Go: `client.BooleanValue(ctx, "flag", false, evalCtx)` (and the older `BooleanValue("flag", ...)`), `client.Boolean(ctx, "flag", false, evalCtx)`, `String`, `Int`, `Float`, `Object`',
  ],
  // Go's names are common elsewhere: AWS's `aws.StringValue(p)`, `aws.BoolValue(p)`; `x.String(...)`.
  genericMethods: [...GO_PLAIN.map((name) => `${name}Value`), ...GO_PLAIN],
  patterns: () => [
    call([...CAMEL, ...HOOKS, ...PYTHON, ...GO]),
    call(GO, { argIndex: 1 }),
    // Go's IClient.Boolean/String/Float/Int/Object(ctx, flag, default, evalCtx): names too common
    // elsewhere to search for alone, so the anchor is the name with its `(`, and Go files only.
    { ...call(GO_PLAIN.map((name) => `${name}(`), { argIndex: 1 }), families: ['go'] },
  ],
};
