// Split (Harness FME): getTreatment in its server form (key, then the split name) and its
// browser form (the split name alone), the list forms, and the React hooks.
import { callOnlyStringArgument, callSecondArgument, callWithList, FLAG_STRING, type FlagPreset } from './preset.js';

// .NET (ISplitClient): `GetTreatment(key, feature, attributes)`, `GetTreatmentAsync`, `GetTreatmentWithConfig`.
const SINGLE = [
  'getTreatment', 'getTreatmentWithConfig', 'get_treatment', 'get_treatment_with_config', 'Treatment', 'TreatmentWithConfig',
  'GetTreatment', 'GetTreatmentAsync', 'GetTreatmentWithConfig', 'GetTreatmentWithConfigAsync',
];
// React SDK hooks taking `{ names: [...] }`: `useSplitTreatments`, and since 2.6.0 (CHANGES.txt)
// `useTreatments` and `useTreatmentsWithConfig` (its 1.x `useTreatments(['a'])` is in LIST).
const OPTIONS_HOOKS = ['useSplitTreatments', 'useTreatments', 'useTreatmentsWithConfig'];
const LIST = ['getTreatments', 'getTreatmentsWithConfig', 'get_treatments', 'get_treatments_with_config', 'Treatments', 'TreatmentsWithConfig', 'useTreatments'];

export const split: FlagPreset = {
  name: 'split',
  title: 'Split',
  summary: [
    'JS/TS, Java: `client.getTreatment(\'user-id\', \'SPLIT\')`, browser `client.getTreatment(\'SPLIT\')`, `getTreatmentWithConfig`, `getTreatments([...])`',
    'React: `useSplitTreatments({ names: [\'SPLIT\'] })`, `useTreatment({ name: \'SPLIT\' })`, `useTreatmentWithConfig`, `useTreatments({ names: [\'SPLIT\'] })` (1.x `useTreatments([\'SPLIT\'])`), `useTreatmentsWithConfig`, `withSplitTreatments([\'SPLIT\'])(C)`',
    'Python: `client.get_treatment(\'user-id\', \'SPLIT\')`, `get_treatments(key, [...])`',
    'Go: `client.Treatment("user-id", "SPLIT", nil)`, `Treatments(key, []string{...}, nil)`; .NET: `client.GetTreatment("user-id", "SPLIT")`, `GetTreatmentAsync`',
    'Result objects: `const t = client.getTreatments(key, [...])` then `t.SPLIT` / `t[\'SPLIT\']`; `const { treatments } = useSplitTreatments(...)` (or `const s = useSplitTreatments(...)` then `s.treatments.SPLIT`); `<SplitTreatments names={[...]}>{({ treatments }) => ...}`',
  ],
  patterns: () => [
    callSecondArgument(SINGLE),
    callOnlyStringArgument(SINGLE),
    callWithList(LIST, { afterArgument: true }),
    // The higher-order component `withSplitTreatments(names, attributes?)` (splitio-react types/withSplitTreatments.d.ts).
    callWithList(['withSplitTreatments']),
    {
      anchors: OPTIONS_HOOKS,
      // The hook's options object (one nesting level of braces), never from an import of the name
      // across the lines to a later `names:`.
      regex: String.raw`(?<![\w$])(?:${OPTIONS_HOOKS.join('|')})\s*\(\s*\{(?:[^\[\]{}()]|\{[^{}]*\})*?\bnames\s*:\s*\[(?<list>[^\]]*)\]`,
      kind: 'list',
      keyForm: 'exact',
    },
    {
      anchors: ['SplitTreatments'],
      // The element's attributes (one nesting level of braces): a JSX reference.
      regex: String.raw`<SplitTreatments\b(?:[^\[\]<>{}]|\{[^{}]*\})*?\bnames\s*=\s*\{\s*\[(?<list>[^\]]*)\]`,
      kind: 'list',
      keyForm: 'exact',
      referenceKind: 'jsx',
    },
    {
      anchors: ['useTreatment'],
      regex: String.raw`(?<![\w$])useTreatment(?:WithConfig)?\s*\(\s*\{[^{}]*?\bname\s*:\s*${FLAG_STRING}`,
      kind: 'call',
      keyForm: 'exact',
      startsAtAnchor: true,
    },
  ],
  // Go's `Treatment(key, split, attrs)`: a word other code uses for other things.
  genericMethods: ['Treatment', 'Treatments'],
  resultObjects: [
    // `const t = client.getTreatments(key, ['a', 'b'])` then `t.a` / `t['a']` (Go `t["a"]`, Python `t['a']`).
    { methods: LIST, keyForm: 'exact' },
    // React: `const { treatments } = useSplitTreatments({ names: [...] })` then `treatments['a']`.
    { methods: ['useSplitTreatments'], keyForm: 'exact', objectProperties: ['treatments'], renderPropElements: ['SplitTreatments'] },
    // 2.6.0: `const { treatments } = useTreatments({ names: [...] })` (and `useTreatmentsWithConfig`).
    { methods: ['useTreatments', 'useTreatmentsWithConfig'], keyForm: 'exact', objectProperties: ['treatments'], optionsArgument: true },
  ],
};
