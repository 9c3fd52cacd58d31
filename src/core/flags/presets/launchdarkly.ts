// LaunchDarkly: server and client SDK variation calls (JS/TS, Java, Python, Go) and the React
// SDK's hooks, whose flag objects use camelCased keys.
import { TYPE_ANNOTATION, TYPE_ARGUMENTS, call, eventSubscription, type FlagPreset } from './preset.js';

const TYPES = ['bool', 'string', 'number', 'json', 'int', 'double', 'jsonValue', 'migration'];
const CAMEL = ['variation', 'variationDetail', ...TYPES.flatMap((t) => [`${t}Variation`, `${t}VariationDetail`])];
const GO = ['Bool', 'String', 'Int', 'Float64', 'JSON', 'Migration'].flatMap((t) => [`${t}Variation`, `${t}VariationDetail`]);
// React (Native) SDK hooks (@launchdarkly/react-native-client-sdk src/hooks/variation): each also with `Detail`.
// .NET (LaunchDarkly.Sdk.Server ILdClient): `BoolVariation(key, context, default)`, `IntVariation`,
// `FloatVariation`, `DoubleVariation`, `StringVariation`, `JsonVariation`, each also `...Detail`.
const DOTNET = ['Float', 'Double', 'Json'].flatMap((t) => [`${t}Variation`, `${t}VariationDetail`]);
const HOOKS = ['useLDFlag', ...['', 'Bool', 'String', 'Number', 'Json', 'Typed'].flatMap((t) => [`use${t}Variation`, `use${t}VariationDetail`])];

export const launchdarkly: FlagPreset = {
  name: 'launchdarkly',
  title: 'LaunchDarkly',
  summary: [
    'JS/TS, Java: `client.variation(\'key\', ...)`, `boolVariation`, `stringVariation`, `jsonVariation`, ...`Detail`',
    'React: `const { myFlag } = useFlags()` (also `useFlags<AppFlags>()`) and `useFlags().myFlag` or `useFlags()[\'myFlag\']` (camelCased keys), `useBoolVariation(\'key\', false)`',
    'Python: `client.variation("key", context, False)`, `variation_detail`',
    'Go: `client.BoolVariation("key", context, false)`, `StringVariation`, ...`Ctx(ctx, "key", ...)`',
    '.NET: `client.BoolVariation("key", context, false)`, `IntVariation`, `FloatVariation`, `DoubleVariation`, `StringVariation`, `JsonVariation`, ...`Detail`; Swift: `client.boolVariation(forKey: "key", defaultValue: false)`',
    'Flag change subscriptions: JS `client.on(\'change:key\', fn)` (Node server `\'update:key\'`), Java `getFlagTracker().addFlagValueChangeListener("key", ...)`, Go `AddFlagValueChangeListener`, Python `add_flag_value_change_listener`',
    'Flag state snapshots: `state.getFlagValue(\'key\')` (JS, Java), `get_flag_value("key")` (Python), `GetValue("key")` (Go)',
    'Result objects: `const flags = useFlags()` then `flags.myFlag`, `withLDConsumer` props `flags.myFlag` (or `({ flags: { myFlag } })`), `ldClient.allFlags()[\'key\']`; read where made: `client.allFlags().key`, `state.allValues()[\'key\']` (`allFlagsState(...)` result), also bound to a name (`const all = state.allValues()` then `all[\'key\']`; Go `values := state.ToValuesMap()` then `values["key"]`, Java `toValuesMap()` then `values.get("key")` or `getOrDefault`, Python `to_values_map()` then `values.get("key")`)',
  ],
  patterns: () => [
    // `getFlagValue`/`get_flag_value`: the all-flags snapshot (JS LDFlagsState, Java FeatureFlagsState, Python), Go AllFlags.GetValue.
    // Python's `migration_variation(key, context, default_stage)` (ldclient/client.py).
    call([...CAMEL, ...HOOKS, 'variation_detail', 'migration_variation', 'getFlagValue', 'getFlagReason', 'get_flag_value', 'get_flag_reason', 'GetValue', ...GO, ...DOTNET]),
    call(GO.map((name) => `${name}Ctx`), { argIndex: 1 }),
    // Flag change subscriptions (docs.launchdarkly.com/sdk/features/flag-changes): the flag
    // trackers of Java, Go and Python, and the JS clients' `change:<key>` / Node's `update:<key>`
    // events (an EventEmitter's `on`, so only on a client: `on` is generic below).
    call(['addFlagValueChangeListener', 'AddFlagValueChangeListener', 'add_flag_value_change_listener']),
    eventSubscription(['on', 'once', 'off'], ['change:', 'update:']),
    {
      anchors: ['useFlags'],
      // `const { a } = useFlags()`, with TypeScript's `: AppFlags` or `useFlags<AppFlags>()`, also
      // on the module's namespace (`LD.useFlags()`, compiled `(0, _reactSdk.useFlags)()`).
      regex: String.raw`\{(?<names>[^{}]*)\}${TYPE_ANNOTATION}\s*=\s*(?:[A-Za-z_$][\w$]*\s*\.\s*|)useFlags${TYPE_ARGUMENTS}\s*\(\s*\)`,
      kind: 'destructure',
      // Each property a read of the result object, as when it is bound to a name first.
      referenceKind: 'alias-read',
      keyForm: 'normalized',
    },
    {
      anchors: ['useFlags'],
      regex: String.raw`(?<![\w$])useFlags${TYPE_ARGUMENTS}\s*\(\s*\)\s*(?:\?\.|\.)\s*(?<flag>[A-Za-z_$][\w$]*)`,
      kind: 'call',
      // A read of the result object, right where it is made.
      referenceKind: 'alias-read',
      keyForm: 'normalized',
      startsAtAnchor: true,
    },
    {
      anchors: ['useFlags'],
      // `useFlags()['fastSearch']` (or the key as written when camelCasing is off).
      regex: String.raw`(?<![\w$])useFlags${TYPE_ARGUMENTS}\s*\(\s*\)\s*(?:\?\.)?\[\s*['"\`](?<flag>[^'"\`\s\\$]{1,256})['"\`]\s*\]`,
      kind: 'call',
      referenceKind: 'alias-read',
      keyForm: 'normalized',
      startsAtAnchor: true,
    },
    // The all-flags objects read where they are made: the JS client's `allFlags()` and the server
    // SDKs' `allFlagsState(...)` result's `allValues()` (both an LDFlagSet), `['key']` or `.key`.
    {
      anchors: ['allFlags', 'allValues'],
      regex: String.raw`(?<![\w$])(?:allFlags|allValues)\s*\(\s*\)\s*(?:\?\.|\.)\s*(?<flag>[A-Za-z_$][\w$]*)(?![\w$])(?!\s*\()`,
      kind: 'call',
      keyForm: 'exact',
      startsAtAnchor: true,
    },
    {
      anchors: ['allFlags', 'allValues'],
      regex: String.raw`(?<![\w$])(?:allFlags|allValues)\s*\(\s*\)\s*(?:\?\.)?\[\s*['"\`](?<flag>[^'"\`\s\\$]{1,256})['"\`]\s*\]`,
      kind: 'call',
      keyForm: 'exact',
      startsAtAnchor: true,
    },
  ],
  // `product.variation(id)`, `m.GetValue("k")`: LaunchDarkly's own receivers are clients and flag states.
  // `model.on('change:title')` (Backbone): an event subscription counts on a client only.
  genericMethods: ['variation', 'variationDetail', 'variation_detail', 'GetValue', 'on', 'once', 'off', 'allFlags', 'allValues'],
  resultObjects: [
    // React: `const flags = useFlags()` then `flags.fastSearch`; `withLDConsumer()(C)` hands C a `flags` prop.
    { methods: ['useFlags'], keyForm: 'normalized', consumers: ['withLDConsumer'] },
    // JS client: `const all = ldClient.allFlags()` then `all['fast-search']`; the server SDKs'
    // `allFlagsState(...)` result: `const all = state.allValues()` (an LDFlagSet too), and its
    // values map in Go (`ToValuesMap()`), Java (`toValuesMap()`) and Python (`to_values_map()`).
    { methods: ['allFlags', 'allValues', 'ToValuesMap', 'toValuesMap', 'to_values_map'], keyForm: 'exact' },
  ],
};
