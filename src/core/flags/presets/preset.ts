// The shape of a built-in preset and the small vocabulary its patterns are written in, so every
// preset reads as a list of SDK call forms rather than as raw regexes.
import type { LexFamily } from '../source-lexer.js';
import type { PresetName } from './names.js';

/**
 * One call form. `regex` is a JavaScript regex source with a named group:
 * - `flag` (kind `call`): the flag key itself;
 * - `names` (kind `destructure`): the inside of `{ a, b: c }`, each property name is a flag;
 * - `list` (kind `list`): the inside of `['a', "b"]`, each string literal is a flag.
 */
export interface PresetPattern {
  /** Literals of which at least one occurs in every match (the engine's prefilter looks for them). */
  readonly anchors: readonly string[];
  readonly regex: string;
  readonly kind: 'call' | 'destructure' | 'list';
  /**
   * `exact`: the code names the key as is. `normalized`: the code names a transformed key
   * (`useFlags()` camelCases keys; `FF_NEW_CHECKOUT` upper-snakes them), resolved to the
   * registry key whose letters and digits match.
   */
  readonly keyForm: 'exact' | 'normalized';
  /** Stripped from the written name before normalized resolution (the env prefix). */
  readonly stripPrefix?: string;
  /** Only names that start with this count (destructured env variables). */
  readonly requirePrefix?: string;
  /**
   * True when every match begins exactly where one of `anchors` occurs (a call form starts with
   * its method name): the regex then runs only at those positions, not over the whole line.
   */
  readonly startsAtAnchor?: boolean;
  /** The reference kind a match is (default `call`): `jsx` for JSX attributes, `env` for variables. */
  readonly referenceKind?: 'call' | 'jsx' | 'env' | 'alias-read';
  /**
   * For a call form starting at its method name: the 0-based argument that holds the key. A call
   * of the method whose argument there is an expression, not a literal, is a dynamic key.
   */
  readonly keyArgument?: number;
  /**
   * The match is a read whose key is built, not written (`` process.env[`FF_${x}`] ``): its
   * group marks where the key expression begins, and the match is reported as a dynamic key,
   * never as a reference. The expression runs to the end of the argument it begins.
   */
  readonly dynamicKey?: boolean;
  /**
   * The languages (lexer families) the form belongs to, when an SDK's argument order differs by
   * language (PostHog's Java server SDK takes the distinct id first, its Node SDK the key first).
   * Absent: every language. A scan of lines without a file (line mode) counts as `plain`.
   */
  readonly families?: readonly LexFamily[];
  /**
   * A regex source that matches somewhere in every text the pattern matches in (a part every
   * match contains, e.g. its ending): a pattern searched through a whole text (not startsAtAnchor)
   * runs only where this search finds it. A cheaper search than the pattern's, or none.
   */
  readonly requires?: string;
  /**
   * The form is written in markup a string of the file may hold (an Angular component's inline
   * `template:`): a match inside a string literal counts (kind `referenceKind`); elsewhere a
   * string's text is never a reference.
   */
  readonly inStrings?: boolean;
}

/**
 * A call whose result holds flags by key (`const flags = useFlags([...])`, then `flags.dark_mode`;
 * `const t = client.getTreatments(key, [...])`, then `t['pay_later']`).
 */
export interface ResultObjectForm {
  readonly methods: readonly string[];
  /** `normalized`: the object's keys are transformed (LaunchDarkly React camelCases them). */
  readonly keyForm: 'exact' | 'normalized';
  /**
   * When the call returns the object under a property, destructured
   * (`const { treatments } = useSplitTreatments(...)`): those property names. Without it, each
   * destructured property is a flag (`const { fastSearch } = useFlags()`).
   */
  readonly objectProperties?: readonly string[];
  /**
   * The form applies to calls whose first argument is an object literal (`useTreatments({ names })`),
   * another form of the same method to the other calls (`useTreatments(['a'])`).
   */
  readonly optionsArgument?: boolean;
  /** Wrappers that hand components the flags as a `flags` prop (`withLDConsumer`). */
  readonly consumers?: readonly string[];
  /**
   * JSX elements whose render function receives the object (`<SplitTreatments names={[...]}>`
   * then `{({ treatments }) => ...}`), under one of `objectProperties`.
   */
  readonly renderPropElements?: readonly string[];
  /** The call's second array argument names traits, not flags (Flagsmith `useFlags(['flag'], ['trait'])`). */
  readonly traitListArgument?: boolean;
  /**
   * Objects (not calls) whose destructured properties are flags: `const { FF_X } = process.env`.
   * Only properties named with the env prefix count, and the prefix is stripped to resolve them.
   * The object bound to a name (`env = ` it) is read like a result object, for
   * names with the prefix only.
   */
  readonly envObjects?: readonly string[];
}

export interface PresetOptions {
  /** Prefix of flag environment variables (`FF_`). */
  readonly envPrefix: string;
}

/** A built-in preset: the call forms of one SDK family. */
export interface FlagPreset {
  readonly name: PresetName;
  /** The product, for messages and the README table. */
  readonly title: string;
  /** What it recognises, one line per language, for the README table. */
  readonly summary: readonly string[];
  patterns(options: PresetOptions): readonly PresetPattern[];
  /** Calls whose result object is read by key later in the same scope. */
  readonly resultObjects?: readonly ResultObjectForm[];
  /**
   * Method names of this preset that other libraries use too (`isEnabled`, `getValue`,
   * `getVariant`): a call of one counts only when its receiver is plausibly the SDK's client
   * (src/core/flags/sdk-receivers.ts), `logger.isEnabled(Level.DEBUG)` is no flag. The others
   * are distinctive (`boolVariation`, `checkGate`) and count on any receiver. A name generic in
   * one preset is generic in every preset that lists it (the presets test says so).
   */
  readonly genericMethods?: readonly string[];
}

/**
 * A string literal holding the flag key (no interpolation, no spaces), and not the first part of
 * a key built from it (`'checkout-' + region`, `"rates-%s" % r`, `"x-{}".format(r)`,
 * `'x-'.concat(r)`), nor the first of adjacent literals (Python `"fast-" "search"`): such a
 * call's key is read by the argument reader.
 */
export const FLAG_STRING = String.raw`['"\`](?<flag>[^'"\`\s\\$]{1,256})['"\`](?!\s*(?:\+|%|['"]|\.\s*[A-Za-z_]\w*\s*\())`;
/** FLAG_STRING with a fixed text before the key inside the quotes (`'change:key'`). */
function prefixedFlagString(prefixes: readonly string[]): string {
  return FLAG_STRING.replace('(?<flag>', `(?:${alternatives(prefixes)})(?<flag>`);
}
/** Any one argument that is not the flag: a string literal or a simple expression. */
const OTHER_ARGUMENT = String.raw`(?:'[^']*'|"[^"]*"|[^,()'"\`]*)`;
/** An argument that is not a string literal: `ctx`, `user`, `context.Background()`, `Boolean.class`. */
// (An empty alternative instead of `?`: the same language, without a repetition around a repetition.)
const NON_STRING_ARGUMENT = String.raw`[\w$.]+(?:\([^()]*\)|)`;
/** The method name is not the tail of a longer identifier. */
const NAME_START = String.raw`(?<![\w$])`;
/** TypeScript type arguments after a method name: `getObjectValue<PanelConfig>(`, `<Record<string, X>>`. */
export const TYPE_ARGUMENTS = String.raw`(?:<[^()'"\`;]{0,200}>|)`;
/** A TypeScript annotation on a destructuring: `const { a }: AppFlags = ...`. */
export const TYPE_ANNOTATION = String.raw`(?::\s*[\w$.]{1,100}(?:<[^()'"\`;=]{0,200}>|)|)`;
/** An optional call, `client?.variation?.('key')`. */
const OPTIONAL_CALL = String.raw`(?:\s*\?\.|)`;
/** An object literal argument without nested braces: Statsig's `{ userID: 'u' }`. */
const OBJECT_ARGUMENT = String.raw`\{[^{}]*\}`;

/** Java and Kotlin list factories: `List.of("a", "b")`, `Arrays.asList(...)`, `listOf(...)`. */
const LIST_FACTORY = String.raw`(?:(?:List|Set|ImmutableList|ImmutableSet)\.of|Arrays\.asList|listOf|setOf|mutableListOf)`;
/** One attribute value in braces, with one level of nested braces (`onClick={() => { go(); }}`). */
const JSX_EXPRESSION = String.raw`\{(?:[^{}]|\{[^{}]*\})*\}`;

/** Escapes a literal for use inside a regex. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function alternatives(names: readonly string[]): string {
  return names.map(escapeRegExp).join('|');
}

/**
 * A call whose argument at `argIndex` (0-based) is the flag key: `client.variation('key', ctx)`.
 * With `argIndex` 1 the first argument must not be a string literal, so a default value that is a
 * string is never mistaken for the key (`getStringValue('key', 'fallback')`).
 */
export function call(methods: readonly string[], options: { argIndex?: 0 | 1 } = {}): PresetPattern {
  const argIndex = options.argIndex ?? 0;
  const skipped = argIndex === 1 ? String.raw`(?:${NON_STRING_ARGUMENT}|${OBJECT_ARGUMENT})\s*,\s*` : '';
  return {
    anchors: methods,
    regex: String.raw`${NAME_START}(?:${alternatives(methods)})${TYPE_ARGUMENTS}${OPTIONAL_CALL}\s*\(\s*${skipped}${FLAG_STRING}`,
    kind: 'call',
    keyForm: 'exact',
    startsAtAnchor: true,
    keyArgument: argIndex,
  };
}

/**
 * A call whose SECOND argument is the flag key whatever the first is (Split's server form
 * `getTreatment('user-id', 'SPLIT_NAME')`).
 */
export function callSecondArgument(methods: readonly string[]): PresetPattern {
  return {
    anchors: methods,
    regex: String.raw`${NAME_START}(?:${alternatives(methods)})${TYPE_ARGUMENTS}${OPTIONAL_CALL}\s*\(\s*${OTHER_ARGUMENT}\s*,\s*${FLAG_STRING}`,
    kind: 'call',
    keyForm: 'exact',
    startsAtAnchor: true,
    keyArgument: 1,
  };
}

/** A call whose first argument is the key and whose second, if any, is not a string literal. */
export function callOnlyStringArgument(methods: readonly string[]): PresetPattern {
  return {
    anchors: methods,
    regex: String.raw`${NAME_START}(?:${alternatives(methods)})${TYPE_ARGUMENTS}${OPTIONAL_CALL}\s*\(\s*${FLAG_STRING}\s*(?:\)|,(?!\s*['"\`]))`,
    kind: 'call',
    keyForm: 'exact',
    startsAtAnchor: true,
    keyArgument: 0,
  };
}

/** A call taking a list of keys, optionally after one other argument: `useFlags(['a', 'b'])`. */
export function callWithList(methods: readonly string[], options: { afterArgument?: boolean } = {}): PresetPattern {
  const skipped = options.afterArgument ? String.raw`(?:${OTHER_ARGUMENT}\s*,\s*|)` : '';
  return {
    anchors: methods,
    regex: String.raw`${NAME_START}(?:${alternatives(methods)})\s*\(\s*${skipped}(?:\[\]string\{|\[|${LIST_FACTORY}\s*\()(?<list>[^\]{}()]*)[\]})]`,
    kind: 'list',
    keyForm: 'exact',
    startsAtAnchor: true,
  };
}

/** A JSX element attribute naming the key: `<IfFeatureEnabled feature="key">`. */
export function jsxAttribute(elements: readonly string[], attribute: string): PresetPattern {
  return {
    anchors: elements.map((element) => `<${element}`),
    // Other attributes before it may hold expressions with `>` (`onClick={() => track()}`).
    regex: String.raw`<(?:${alternatives(elements)})\b(?:[^<>{}]|${JSX_EXPRESSION})*?\b${escapeRegExp(attribute)}\s*=\s*\{?\s*${FLAG_STRING}`,
    kind: 'call',
    referenceKind: 'jsx',
    keyForm: 'exact',
    startsAtAnchor: true,
  };
}

/**
 * The same attribute holding an expression (`feature={FLAGS.CHECKOUT}`, `flag={name}`): a dynamic
 * key, read as its key when it names a constant of the file.
 */
export function jsxAttributeExpression(elements: readonly string[], attribute: string): PresetPattern {
  return {
    anchors: elements.map((element) => `<${element}`),
    // The group is the expression's first character: the argument reader takes it from there.
    regex: String.raw`<(?:${alternatives(elements)})\b(?:[^<>{}]|${JSX_EXPRESSION})*?\b${escapeRegExp(attribute)}\s*=\s*\{\s*(?<flag>[A-Za-z_$])`,
    kind: 'call',
    referenceKind: 'jsx',
    keyForm: 'exact',
    dynamicKey: true,
  };
}

/**
 * An event subscription whose event name is a prefix and the key (LaunchDarkly's JS clients:
 * `client.on('change:key', fn)`): a line form, its anchors are the prefixes. `methods` are an
 * event emitter's, so the preset lists them as generic (a client receiver only).
 */
export function eventSubscription(methods: readonly string[], prefixes: readonly string[]): PresetPattern {
  return {
    anchors: prefixes,
    regex: String.raw`${NAME_START}(?:${alternatives(methods)})\s*\(\s*${prefixedFlagString(prefixes)}`,
    kind: 'call',
    keyForm: 'exact',
  };
}

/**
 * A call or decorator whose object argument names the key in a field: OpenFeature NestJS's
 * `@BooleanFeatureFlag({ flagKey: 'key', defaultValue: false })`.
 */
export function objectArgumentField(names: readonly string[], field: string): PresetPattern {
  return {
    anchors: names,
    regex: String.raw`${NAME_START}(?:${alternatives(names)})\s*\(\s*\{[^{}]*?\b${escapeRegExp(field)}\s*:\s*${FLAG_STRING}`,
    kind: 'call',
    keyForm: 'exact',
    startsAtAnchor: true,
  };
}

/** A literal key in an object field: Go's `posthog.FeatureFlagPayload{Key: "key"}`. */
export function structField(structName: string, field: string): PresetPattern {
  return {
    anchors: [structName],
    regex: String.raw`${NAME_START}${escapeRegExp(structName)}\s*\{[^{}]*?\b${escapeRegExp(field)}\s*:\s*${FLAG_STRING}`,
    kind: 'call',
    keyForm: 'exact',
    startsAtAnchor: true,
  };
}

/**
 * One of the names, not preceded by a name's character or a dot: `(?:(?<!…)a|(?<!…)b)`, the same
 * matches as `(?<!…)(?:a|b)` (a look-behind tests the position each alternative starts at). For
 * patterns searched through whole files (the env preset's): with the look-behind inside each
 * alternative V8 tries a position only where an alternative's first character is, about twice as
 * fast (test/unit/flags/starting-names.test.ts checks that the two forms agree).
 */
export function startingNames(names: readonly string[]): string {
  return `(?:${names.map((name) => String.raw`(?<![\w$.])${name}`).join('|')})`;
}
