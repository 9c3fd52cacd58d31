// Call forms and receivers found by the blind corpus (test/corpus/blind), each at its general
// cause: LaunchDarkly's flag-change subscriptions, results of an evaluation read by their own
// getters, the app's own classes named like flag clients, and the props an SDK's higher-order
// component hands a class component. Each row names the documentation or type definition it follows.
import { describe, expect, it } from 'vitest';
import { allPresetsMatcher, seenIn } from '../../helpers/source-seen.js';

type Row = readonly [title: string, path: string, text: string, expected: readonly string[]];

const sorted = (path: string, text: string): string[] => seenIn(path, text).sort();

const FORMS: readonly Row[] = [
  [
    "LaunchDarkly JS client on('change:<key>') and Node server on('update:<key>') (launchdarkly-js-client-sdk typings.d.ts LDClient.on; server-node LDClient.ts events)",
    'a.ts',
    `ldClient.on('change:js-change', render);\nclient.once("update:node-update", reload);\nldClient.off('change:js-off', render);`,
    ['1:js-change', '2:node-update', '3:js-off'],
  ],
  [
    'LaunchDarkly Java getFlagTracker().addFlagValueChangeListener(flagKey, context, listener) (java-server-sdk FlagTracker)',
    'A.java',
    `ldClient.getFlagTracker().addFlagValueChangeListener("java-tracker", context, event -> refresh());`,
    ['1:java-tracker'],
  ],
  [
    'LaunchDarkly Go GetFlagTracker().AddFlagValueChangeListener(flagKey, context, defaultValue) (go-server-sdk interfaces.FlagTracker)',
    'a.go',
    `ch := client.GetFlagTracker().AddFlagValueChangeListener("go-tracker", ldCtx, ldvalue.Null())`,
    ['1:go-tracker'],
  ],
  [
    'LaunchDarkly Python flag_tracker.add_flag_value_change_listener(key, context, fn) (ldclient/interfaces.py FlagTracker)',
    'a.py',
    `listener = client.flag_tracker.add_flag_value_change_listener("py-tracker", context, on_change)`,
    ['1:py-tracker'],
  ],
  [
    "Statsig DynamicConfig.getValue(key, default) reads a parameter of the config, not a flag (statsig-node DynamicConfig)",
    'a.ts',
    `const priceConfig = await statsig.getConfig(user, 'price_rounding');\nconst rounding = priceConfig.getValue('mode', 'nearest');`,
    ['1:price_rounding'],
  ],
  [
    "a Python class of the file named like a flag client is the app's, not an SDK (Python data model: class definitions)",
    'a.py',
    `class FeatureSettings:\n    def get_value(self, key, default=None):\n        return default\n\ndef report(options: FeatureSettings):\n    return options.get_value("report_currency", "EUR"), options.is_enabled("report_refunds")`,
    [],
  ],
  [
    'ConfigCat React withConfigCatClient hands the class component getValue as a prop (configcat-react WithConfigCatClientProps)',
    'a.tsx',
    `import { withConfigCatClient, type WithConfigCatClientProps } from 'configcat-react';\nclass Share extends React.Component<WithConfigCatClientProps> {\n  async componentDidMount() {\n    const social = await this.props.getValue('ccSocialShare', false);\n  }\n}\nexport const ShareButtons = withConfigCatClient(Share);`,
    ['4:ccSocialShare'],
  ],
];

// Found probing the SDKs' documentation after the blind corpus was scored.
const PROBED: readonly Row[] = [
  [
    'OpenFeature NestJS decorators @BooleanFeatureFlag({ flagKey, defaultValue }) (@openfeature/nestjs-sdk README, feature.decorator.ts)',
    'a.ts',
    `async welcome(\n  @BooleanFeatureFlag({ flagKey: 'nest-bool', defaultValue: false }) feature: Observable<EvaluationDetails<boolean>>,\n  @StringFeatureFlag({\n    defaultValue: 'x',\n    flagKey: 'nest-string',\n  }) copy: Observable<EvaluationDetails<string>>,\n) {}`,
    ['2:nest-bool', '5:nest-string'],
  ],
  [
    "statsig-node ...WithExposureLoggingDisabled and manual exposures (statsig-node index.d.ts; go-sdk statsig.go)",
    'a.ts',
    `const e = await statsig.getExperimentWithExposureLoggingDisabled(user, 'sg-exp-quiet');\nstatsig.manuallyLogGateExposure(user, 'sg-gate-manual');\nstatsig.manuallyLogLayerParameterExposure(user, 'sg-layer-manual', 'title');`,
    ['1:sg-exp-quiet', '2:sg-gate-manual', '3:sg-layer-manual'],
  ],
  ['Statsig Go GetExperimentWithExposureLoggingDisabled (go-sdk statsig.go)', 'a.go', `exp := statsig.GetExperimentWithExposureLoggingDisabled(user, "go-exp-quiet")`, ['1:go-exp-quiet']],
];

const NEGATIVES: readonly Row[] = [
  ["Backbone's model.on('change:<attribute>') is no flag subscription (backbonejs.org Events)", 'a.js', `model.on('change:title', this.render);\nthis.listenTo(model, 'change:title', render);`, []],
  ['props.getValue of a component no SDK wraps is the app\'s (react-hook-form Controller render props)', 'a.tsx', `function Field(props) {\n  const v = props.getValue('email');\n  return v;\n}`, []],
];

describe('call forms and receivers of the blind corpus', () => {
  it.each(FORMS)('reads %s', (_title, path, text, expected) => {
    expect(sorted(path, text)).toEqual([...expected].sort());
  });

  it.each(PROBED)('reads %s', (_title, path, text, expected) => {
    expect(sorted(path, text)).toEqual([...expected].sort());
  });

  it.each(NEGATIVES)('reads no flag in %s', (_title, path, text, expected) => {
    expect(sorted(path, text)).toEqual([...expected]);
  });
});

describe('the receiver rule on a diff line without its file (a change too large for its context)', () => {
  const lineFlags = (line: string): string[] => allPresetsMatcher.matchLine(line).map((reference) => reference.flag);

  it.each([
    ['a generic method on a receiver named like no client', `const currency = settings.getValue('report-currency', 'EUR');`, []],
    ["a logger's level check and a product's variant", `if logger.isEnabled(Level.DEBUG) and product.getVariant('sku-1'):`, []],
    ["Backbone's change event", `model.on('change:title', render);`, []],
    ['a client receiver', `const on = unleash.isEnabled('line-toggle') && ldClient.variation('line-ld', false);`, ['line-toggle', 'line-ld']],
    ['a bare call (its import is not on the line)', `if (isEnabled('line-bare')) {`, ['line-bare']],
    ['a chain continued from the line above', `  .getValue('line-chained', false);`, ['line-chained']],
    ['a call on a client', `val = ldclient.get().variation("line-get", ctx, False)`, ['line-get']],
    ['a distinctive method on any receiver', `const on = anything.boolVariation('line-distinct', false);`, ['line-distinct']],
  ])('%s', (_title, line, expected) => {
    expect(lineFlags(line)).toEqual(expected);
  });
});
