// Generic SDK method names (`isEnabled`, `getVariant`, `getValue`, `variation`, Go's
// `StringValue`) count only on a receiver that is plausibly the SDK's client; distinctive names
// count on any receiver. Positive rows follow each SDK's documentation or type definitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/core/flags/presets/index.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { isClientLikeName, isSdkReceiverAt, SdkBindings } from '../../../src/core/flags/sdk-receivers.js';
import { seenIn } from '../../helpers/source-seen.js';

const seen = seenIn;

type Row = readonly [title: string, path: string, text: string, expected: readonly string[]];

const NOT_SDK: readonly Row[] = [
  ['a logger level check (java.util.logging / log4j isEnabled(Level))', 'A.java', `if (logger.isEnabled(Level.DEBUG)) logger.debug("x");`, []],
  ['a logger level check in TS', 'a.ts', `if (logger.isEnabled(Level.DEBUG)) log('x');`, []],
  ['a product variant lookup', 'a.ts', `const v = product.getVariant(sku);\nconst w = product.getVariant('blue');`, []],
  ['a product variant lookup in Python', 'a.py', `v = product.get_variant(sku)`, []],
  ['a settings store getValue', 'a.ts', `const theme = settings.getValue('theme');`, []],
  ['Python config get_value', 'a.py', `timeout = config.get_value("timeout")`, []],
  ['Mapbox map.getLayer(id)', 'a.ts', `const layer = map.getLayer('buildings');`, []],
  ['AWS SDK Go aws.StringValue(p)', 'a.go', `name := aws.StringValue(resp.Name)\nn := aws.IntValue(resp.Count)`, []],
  ['a Go map GetValue', 'a.go', `v := m.GetValue("key")`, []],
  ['a CLI parser getFlag', 'a.ts', `const verbose = args.getFlag('verbose');`, []],
  ['a Python app get_config(section, key)', 'a.py', `c = app.get_config(section, "x")`, []],
  ['a plan hasFeature', 'a.ts', `if (plan.hasFeature('sso')) enable();`, []],
  ['a switch isOn', 'a.ts', `if (powerSwitch.isOn('main')) go();`, []],
  ['an own method on this/self', 'a.ts', `class Gate { run() { return this.isEnabled(name); } }`, []],
  ['a scope variable', 'a.js', `const x = scope.variable('x');`, []],
  ['TensorFlow tf.Variable', 'a.py', `w = tf.Variable(tf.zeros([784, 10]), name="weights")`, []],
  ['a logger bound from getLogger with a flag-like name', 'a.py', `log = logging.getLogger("feature_flags")\nif log.is_enabled(level):\n    pass`, []],
  ['CodeceptJS Feature(title) in a test file', 'login.test.js', `Feature('Login');\nScenario('signs in', ({ I }) => {});`, []],
  ['a bare generic call not imported from an SDK', 'a.ts', `import { isEnabled } from './permissions';\nisEnabled(name);`, []],
];

const SDK: readonly Row[] = [
  ['Unleash Node: unleash.isEnabled (unleash-client lib/unleash.d.ts)', 'a.ts', `const on = unleash.isEnabled('u-node', context);`, ['1:u-node']],
  ['Unleash Node: the global isEnabled imported from unleash-client', 'a.ts', `import { initialize, isEnabled } from 'unleash-client';\nif (isEnabled('u-global')) go();`, ['2:u-global']],
  ['Unleash Java: a field typed Unleash (io.getunleash.Unleash)', 'A.java', `private final Unleash toggles;\nvoid f() { boolean on = toggles.isEnabled("u-java"); }`, ['2:u-java']],
  ['Unleash Java: a field typed DefaultUnleash, dynamic key', 'A.java', `private final DefaultUnleash u;\nvoid f(String name) { boolean on = u.isEnabled(name); }`, ['2:dynamic name']],
  ['Unleash Python: UnleashClient bound to a short name (UnleashClient/__init__.py)', 'a.py', `c = UnleashClient(url=URL, app_name="app")\nif c.is_enabled("u-py"):\n    pass`, ['2:u-py']],
  ['Unleash Go: the package-level unleash.IsEnabled (unleash-client-go/v4)', 'a.go', `if unleash.IsEnabled("u-go") {\n}`, ['1:u-go']],
  ['Unleash React: useUnleashClient().isEnabled (proxy-client-react)', 'a.tsx', `const on = useUnleashClient().isEnabled('u-react');`, ['1:u-react']],
  ['LaunchDarkly Python: ldclient.get().variation (ldclient/__init__.py get())', 'a.py', `v = ldclient.get().variation("ld-py", context, False)`, ['1:ld-py']],
  ['LaunchDarkly JS: optional chaining and a non-null assertion', 'a.ts', `const a = ldClient?.variation('ld-a', false);\nconst b = ld!.variation('ld-b', false);`, ['1:ld-a', '2:ld-b']],
  ['LaunchDarkly node: a client bound from init() under any name (node-server-sdk init)', 'a.ts', `const c = LaunchDarkly.init(sdkKey);\nconst v = await c.variation('ld-node', context, false);`, ['2:ld-node']],
  ['LaunchDarkly node: a parameter typed LDClient', 'a.ts', `export async function f(c: LDClient) {\n  return (await c).variation('ld-param', ctx, false);\n}`, ['2:ld-param']],
  ['LaunchDarkly Go: a struct field *ld.LDClient, wrapped over lines', 'a.go', `type S struct {\n\tsdk2 *ld.LDClient\n}\nfunc (s S) f() {\n\tv := s.sdk2.\n\t\tGetValue("ld-go")\n}`, ['6:ld-go']],
  ['LaunchDarkly Go: AllFlagsState bound to state (interfaces/flagstate AllFlags.GetValue)', 'a.go', `state := client.AllFlagsState(ctx)\nv := state.GetValue("ld-state")`, ['2:ld-state']],
  ['ConfigCat Go: Snapshot(user).GetValue', 'a.go', `v := e.cc.Snapshot(user).GetValue("cc-go")`, ['1:cc-go']],
  ['ConfigCat Python: configcatclient.get(key).get_value (configcatclient/__init__.py)', 'a.py', `v = configcatclient.get(SDK_KEY).get_value("cc-py", False)`, ['1:cc-py']],
  ['OpenFeature Go: a client from openfeature.NewClient', 'a.go', `c := openfeature.NewClient("app")\nv, _ := c.StringValue(ctx, "of-go", "x", evalCtx)`, ['2:of-go']],
  ['OpenFeature Go: a field named of', 'a.go', `on := e.of.Boolean(ctx, "of-field", false, evalCtx)`, ['1:of-field']],
  ['Statsig node: Statsig.getConfig(user, name) (statsig-node)', 'a.ts', `const c = Statsig.getConfig(user, 'st-config');`, ['1:st-config']],
  ['Statsig js-client: a client from useStatsigClient() (@statsig/react-bindings)', 'a.tsx', `const { client: sc } = useStatsigClient();\nconst layer = statsigClient.getLayer('st-layer');`, ['2:st-layer']],
  ['GrowthBook Go: gb.Feature (growthbook-golang)', 'a.go', `on := gb.Feature("gb-go").On`, ['1:gb-go']],
  ['Flagsmith Python: flags from get_environment_flags() (flagsmith/flagsmith.py)', 'a.py', `f = flagsmith.get_environment_flags()\nx = f.get_flag("fs-py")`, ['2:fs-py']],
  ['DevCycle Go: a client from devcycle.NewClient (go-server-sdk/v2)', 'a.go', `c, err := devcycle.NewClient(sdkKey, &options)\nv, err := c.Variable(user, "dvc-go", false)`, ['2:dvc-go']],
  ['Flask: a client held in app.extensions by name', 'a.py', `on = current_app.extensions["unleash"].is_enabled("u-flask")`, ['1:u-flask']],
  ['a distinctive name counts on any receiver', 'a.ts', `const a = anything.boolVariation('ld-bool', ctx, false);\nconst b = whatever.getBooleanValue('of-bool', false);`, ['1:ld-bool', '2:of-bool']],
];

describe('generic SDK method names and their receivers', () => {
  it.each(NOT_SDK)('ignores %s', (_title, path, text, expected) => {
    expect(seen(path, text)).toEqual(expected);
  });

  it.each(SDK)('reads %s', (_title, path, text, expected) => {
    expect(seen(path, text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['ldClient', true], ['unleash', true], ['unleash_client', true], ['featureFlags', true], ['gb', true], ['of', true],
    ['GrowthBook', true], ['LDClient', true], ['statsigClient', true], ['logger', false], ['product', false], ['map', false],
    ['aws', false], ['settings', false], ['this', false], ['delegate', false],
  ] as const)('judges the name %s a client: %s', (name, expected) => {
    expect(isClientLikeName(name)).toBe(expected);
  });

  it('keeps a name generic in one preset generic in every preset that lists it', () => {
    const generic = new Set(PRESET_NAMES.flatMap((name) => PRESETS[name].genericMethods ?? []));
    for (const name of PRESET_NAMES) {
      const methods = new Set(PRESETS[name].patterns({ envPrefix: 'FF_' }).flatMap((pattern) => pattern.anchors.map((anchor) => anchor.replace(/\($/, ''))));
      for (const method of methods) if (generic.has(method)) expect(PRESETS[name].genericMethods ?? [], `${name} ${method}`).toContain(method);
    }
  });

  it('keeps a generic call on a client and drops it on another object, however it is spaced (fast-check)', () => {
    const space = fc.constantFrom('', ' ', '\n  ', '\n\t', ' /* c */ ');
    const access = fc.constantFrom('.', '?.', '!.');
    const client = fc.constantFrom('ldClient', 'unleash', 'this.featureFlags', 'gb', 'useUnleashClient()', 'ldclient.get()', '(await getClient())');
    const other = fc.constantFrom('logger', 'product', 'this', 'map', 'settings', 'catalog.items[0]', 'getLogger()');
    fc.assert(
      fc.property(client, other, space, access, space, (sdk, object, before, dot, after) => {
        const call = (receiver: string) => `const v = ${receiver}${before}${dot}${after}isEnabled(\n  'generic-key',\n  ctx,\n);`;
        const line = 2 + `${before}${after}`.split('\n').length - 1;
        expect(seen('a.ts', call(sdk)), sdk).toEqual([`${line}:generic-key`]);
        expect(seen('a.ts', call(object)), object).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and answers for every offset of any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const bindings = new SdkBindings(text, 'js');
        for (let at = 0; at <= text.length; at++) expect(typeof isSdkReceiverAt(text, at, bindings)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('binding lookups read only the name’s own occurrences', () => {
  // Texts of a few names, SDK words, types, generics and the punctuation the binding forms read.
  const piece = fc.constantFrom('a', 'b', 'a1', '1a', 'ld', 'LDClient', 'x.ld', 'Map<K, V>', 'List<ld>', 'a.b', ' ', '  ', '\n', '\t', '=', ':=', ':', '?:', ',', ';', ')', '(', '*', '<', '>', "'ld'", 'client', 'err', 'new', 'Unleash', 'class a', 'variation(', 'getValue');
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
  const name = fc.constantFrom('a', 'b', 'a1', 'ld', 'client', 'err', 'x');

  it('answers as a search of the whole text does, for any text and name (fast-check)', () => {
    fc.assert(
      fc.property(text, name, fc.constantFrom('js', 'go', 'python', 'plain'), (code, id, family) => {
        const indexed = new SdkBindings(code, family as 'js').isSdkName(id);
        const whole = new SdkBindings(code, family as 'js', [], 'whole-text').isSdkName(id);
        expect(indexed, JSON.stringify(code)).toBe(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a typed declaration', 'private final LDClient a;', 'a', true],
    ['a generic type', 'Map<String, X> a = m; LDClient<T> b;', 'b', true],
    ['a type read from its first letter after a digit', '1LDClient a;', 'a', true],
    ['an initializer', 'const a = LaunchDarkly.init(key);', 'a', true],
    ['a Go short declaration with err', 'a, err := ld.MakeClient(key, 5)', 'a', true],
    ['a name in a longer word', 'const ab = LaunchDarkly.init(key);', 'a', false],
  ])('%s', (_title, code, id, expected) => {
    expect(new SdkBindings(code, 'js').isSdkName(id)).toBe(expected);
    expect(new SdkBindings(code, 'js', [], 'whole-text').isSdkName(id)).toBe(expected);
  });
});
