// Receiver-aware recognition of SDK methods whose names other libraries use too
// (`logger.isEnabled(Level.DEBUG)`, `product.getVariant(sku)`, `aws.StringValue(p)`): a call of
// such a generic method counts only when what it is called on is plausibly an SDK client.
import { isIdentifierCode, receiverOf, type Receiver } from './call-receiver.js';
import { isClientLikeName, isSdkClientName, SDK_ACCESSORS, SELF } from './client-names.js';
import type { LexFamily } from './source-lexer.js';
import { indexWords, isWord } from './word-index.js';
import type { DynamicKey, TextMatch, TextReference } from './matcher.js';

export { isClientLikeName } from './client-names.js';

/**
 * Whether a piece of code (a type, an initializer, a module name) names an SDK: any identifier or
 * word in it does, except the names of `ownTypes` (classes the text itself declares).
 */
function namesSdk(code: string, ownTypes: ReadonlySet<string> = NO_NAMES): boolean {
  for (const match of code.matchAll(/[A-Za-z_$][\w$]*/g)) {
    if (ownTypes.has(match[0])) continue;
    if (isClientLikeName(match[0]) || SDK_ACCESSORS.has(match[0])) return true;
  }
  return false;
}

const NO_NAMES: ReadonlySet<string> = new Set();
/** A type the text declares: `class FeatureSettings`, `interface FlagStore`, Go's `type Toggles struct`. */
const OWN_TYPE = /(?<![\w$.])(?:class|interface|struct|enum|record|object)\s+([A-Za-z_$][\w$]*)|(?<![{,]\s*)(?<![\w$.])type\s+([A-Za-z_$][\w$]*)\s*(?:<[^=;\n]*>\s*)?(?:=(?!=)|struct\b|interface\b)/g;
/** A higher-order component applied in the text: `withConfigCatClient(Share)`, `withLDConsumer()(C)`. */
const WRAPPER_CALL = /(?<![\w$.])(with[A-Z][\w$]*)\s*\(/g;

/**
 * The SDK bindings of one text, looked up on demand and remembered: whether a name is declared
 * with an SDK type or initialized from an SDK (`const c = LaunchDarkly.init(...)`,
 * `private final Unleash u;`, `c *ld.LDClient`, `c := openfeature.NewClient("app")`), and
 * whether a bare method name is imported or destructured from one.
 */
export class SdkBindings {
  private readonly names = new Map<string, boolean>();
  private readonly imports = new Map<string, boolean>();
  private readonly results = new Map<string, boolean>();
  private ownTypes: ReadonlySet<string> | undefined;
  private wrapped: boolean | undefined;
  private words: Map<string, number[]> | undefined;

  /**
   * `evaluations`: where the text's SDK evaluation calls begin (their method names), ascending. A
   * name initialized from one holds the evaluation's result (Statsig's `DynamicConfig`), whose
   * getters read the result's parameters, not flags: it is no client.
   */
  constructor(
    private readonly text: string,
    private readonly family: LexFamily,
    private readonly evaluations: readonly number[] = [],
    /** `whole-text`: every lookup reads the whole text (the reference the word index must equal; tests). */
    private readonly lookup: 'word-index' | 'whole-text' = 'word-index',
    /** Whether an offset of the text is code: a binding in a comment or a string binds nothing. */
    private readonly isCode: (offset: number) => boolean = () => true,
  ) {}

  /**
   * Whether a component of this text is wrapped by a higher-order component an SDK exports
   * (`withConfigCatClient(C)`): its props then carry the SDK's methods (`this.props.getValue`).
   */
  wrapsWithSdk(): boolean {
    if (this.wrapped === undefined) {
      this.wrapped = false;
      for (const match of this.text.matchAll(WRAPPER_CALL)) {
        if (this.isSdkImport(match[1]!)) {
          this.wrapped = true;
          break;
        }
      }
    }
    return this.wrapped;
  }

  /** The types this text declares: the app's own, whatever they are called. */
  private declaredTypes(): ReadonlySet<string> {
    // (`import { type LDClient }` names an imported type: `type` after `{` or `,` is no declaration.)
    this.ownTypes ??= new Set([...this.text.matchAll(OWN_TYPE)].map((match) => (match[1] ?? match[2])!));
    return this.ownTypes;
  }

  /** Whether an evaluation call begins in [from, to). */
  private evaluatesIn(from: number, to: number): boolean {
    let low = 0;
    let high = this.evaluations.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.evaluations[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low < this.evaluations.length && this.evaluations[low]! < to;
  }

  /** Whether an SDK evaluation call's method name begins at `start`. */
  evaluatesAt(start: number): boolean {
    return this.evaluatesIn(start, start + 1);
  }

  /** Whether `name` is bound to something that names an SDK in this text. */
  isSdkName(name: string): boolean {
    let known = this.names.get(name);
    if (known === undefined) this.names.set(name, (known = this.findBinding(name)));
    return known;
  }

  /**
   * Whether `name` is bound to an evaluation's result: initialized from an evaluation call
   * (`const experiment = statsig.getExperiment(user, 'e')`) or typed as one of the SDKs' result
   * types (`experiment: DynamicConfig`). Its getters read the result's parameters, not flags,
   * whatever it is called (`experiment.getValue('price', 1)`).
   */
  holdsEvaluation(name: string): boolean {
    let known = this.results.get(name);
    if (known === undefined) this.results.set(name, (known = this.findEvaluationBinding(name)));
    return known;
  }

  private findEvaluationBinding(name: string): boolean {
    // Most texts hold neither an evaluation bound to a name nor a result type.
    if (this.evaluations.length === 0 && !RESULT_TYPE_WORD.test(this.text)) return false;
    for (const [position, match] of this.bindingsOf(name, true)) {
      const initializer = position < 2 ? match.indices?.[match.length - 1] : undefined;
      if (initializer !== undefined && this.evaluatesIn(initializer[0], initializer[1])) return true;
      // The type: the annotation of the first form, or the typed forms' one group.
      const type = position === 0 || position >= TYPED_FORM ? match[1] : undefined;
      if (type !== undefined && RESULT_TYPE.test(type.trim())) return true;
    }
    return false;
  }

  /** Whether the bare function `name` comes from an SDK (`import { isEnabled } from 'unleash-client'`). */
  isSdkImport(name: string): boolean {
    let known = this.imports.get(name);
    if (known === undefined) this.imports.set(name, (known = this.findImport(name)));
    return known;
  }

  /**
   * The matches of the forms that bind `name`, with each form's position in bindingForms.
   * `searched`: the name's occurrences found by a native search of the text, not by the word
   * index (whose building costs more than a few searches when only client-like names are asked).
   */
  private *bindingsOf(name: string, searched = false): Generator<readonly [number, RegExpExecArray]> {
    // A name of identifier characters is looked for only where it occurs as a whole word, with
    // forms compiled once for any name, so that a text of n distinct names costs the reading of
    // their own occurrences, not n compilations and reads of the whole text (quadratic: a file of
    // 4,000 distinct receivers took minutes). Any other name (receiverOf gives none) is searched
    // in the whole text.
    const starts = this.lookup === 'word-index' && isWord(name) ? (searched ? wholeWordsOf(this.text, name) : this.occurrencesOf(name)) : undefined;
    const forms = starts === undefined ? bindingForms(escapeName(name), this.family) : this.family === 'go' ? ANY_NAME_FORMS.go : ANY_NAME_FORMS.other;
    for (const [position, form] of forms.entries()) {
      const matches = starts === undefined ? this.text.matchAll(form) : matchesAt(this.text, form, position === TYPED_FORM ? typedStarts(this.text, starts) : atNames(starts));
      for (const match of matches) yield [position, match];
    }
  }

  private findBinding(name: string): boolean {
    const ownTypes = this.declaredTypes();
    for (const [position, match] of this.bindingsOf(name)) {
      // An initializer that evaluates a flag binds the evaluation's result, not a client.
      const initializer = position < 2 ? match.indices?.[match.length - 1] : undefined;
      if (initializer !== undefined && this.evaluatesIn(initializer[0], initializer[1])) continue;
      // Strings are left out: `getLogger('feature-x')` binds a logger, whatever it is called.
      // Asked last, as it may lex the text: prose in a comment (`// the old levy: openFeature...`)
      // reads like a typed name.
      if (match.slice(1).some((part) => part !== undefined && namesSdk(withoutStrings(part), ownTypes)) && this.isCode(match.index)) return true;
    }
    return false;
  }

  /** Where `name` begins as a whole word in the text, ascending: the index is built once. */
  private occurrencesOf(name: string): readonly number[] {
    this.words ??= indexWords(this.text);
    return this.words.get(name) ?? NO_STARTS;
  }

  private findImport(name: string): boolean {
    const id = escapeName(name);
    const forms = [
      // `import { isEnabled } from 'unleash-client'`, `const { isEnabled } = require('unleash-client')` or `= unleash`.
      new RegExp(String.raw`\{[^{}]*(?<![\w$])${id}(?![\w$])[^{}]*\}\s*(?:from\s*|=\s*)([^;\n]{1,200})`, 'g'),
      // Python `from UnleashClient import ...`, Java `import static io.getunleash....isEnabled`.
      new RegExp(String.raw`^[ \t]*from[ \t]+([\w.]+)[ \t]+import\b[^\n]*(?<![\w$])${id}(?![\w$])`, 'gm'),
      new RegExp(String.raw`import\s+static\s+([\w.]+)\.${id}\s*;`, 'g'),
    ];
    for (const form of forms) {
      for (const match of this.text.matchAll(form)) {
        // A module of the app itself (`'./flags'`, `'@/lib/flags'`, `'~/flags'`) holds the app's
        // wrappers, whatever it is called; an SDK is a package.
        if (APP_MODULE.test(match[1] ?? '')) continue;
        if (namesSdk(match[1] ?? '')) return true;
      }
    }
    return false;
  }
}

const NO_STARTS: readonly number[] = [];
/**
 * The SDKs' evaluation result types, whose getters read parameters: Statsig's `DynamicConfig`,
 * `Layer`, `FeatureGate`, `Experiment` (statsig-node, @statsig/js-client, the Java SDK),
 * `ParameterStore`; LaunchDarkly's `LDEvaluationDetail`; OpenFeature's `EvaluationDetails`.
 */
const RESULT_TYPE = /^(?:[\w$]+\.)*(?:DynamicConfig|Layer|FeatureGate|Experiment|ParameterStore|LDEvaluationDetail|EvaluationDetails)(?:<[^<>]*>)?$/;
const RESULT_TYPE_WORD = /\b(?:DynamicConfig|Layer|FeatureGate|Experiment|ParameterStore|LDEvaluationDetail|EvaluationDetails)\b/;

/** Where `name` (identifier characters) occurs as a whole word in `text`, ascending: native searches. */
function wholeWordsOf(text: string, name: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if ((at > 0 && isIdentifierCode(text.charCodeAt(at - 1))) || isIdentifierCode(text.charCodeAt(at + name.length))) continue;
    starts.push(at);
  }
  return starts;
}
/** The index in {@link bindingForms} of the one form whose match begins before the name (its type). */
const TYPED_FORM = 2;

/**
 * The forms that bind `id` (escaped) to what names its type or value. Each but the typed form
 * begins at the name; the typed form (`Type<...> name`) ends just after it.
 */
function bindingForms(id: string, family: LexFamily): RegExp[] {
  const forms = [
    // `name = init`, `name: Type = init`, `name := init`, `Type name = init`, `self.name = init`.
    new RegExp(String.raw`(?<![\w$])${id}\s*(?:\??:(?!=)\s*([^=;\n]{1,160}?))?\s*(?::=|=(?![=>]))\s*([^;\n]{1,240})`, 'gd'),
    // Go's `name, err := init`.
    new RegExp(String.raw`(?<![\w$])${id}\s*,\s*[\w$]+\s*:=\s*([^;\n]{1,240})`, 'gd'),
    // A typed declaration or parameter: Java/C# `Type<...> name`, TS/Python `name: Type`.
    new RegExp(String.raw`([A-Za-z_$][\w$.]*)(?:<[^<>;()\n]{0,120}>)?\s+${id}\s*[;=,)]`, 'g'),
    new RegExp(String.raw`(?<![\w$])${id}\s*\??:\s*\*?([A-Za-z_$][\w$.]*)`, 'g'),
  ];
  if (family === 'go') forms.push(new RegExp(String.raw`(?<![\w$.])${id}\s+\*?([A-Za-z_][\w]*(?:\.[A-Z]\w*)?)`, 'g'));
  return forms;
}

/**
 * The binding forms for whatever name stands where they are tried, sticky: tried only at a name's
 * own occurrences (a whole word), where `[\w$]+` reads exactly that name (and, in the typed form,
 * the word after the type's whitespace is that occurrence).
 */
const ANY_NAME_FORMS = {
  other: bindingForms(String.raw`[\w$]+`, 'js').map((form) => new RegExp(form.source, `${form.flags.replace('g', '')}y`)),
  go: bindingForms(String.raw`[\w$]+`, 'go').map((form) => new RegExp(form.source, `${form.flags.replace('g', '')}y`)),
} as const;

/**
 * The matches a global search with `sticky`'s pattern would find in `text`, given the ranges
 * where one may begin, ascending and apart: each tried there alone, after the end of the match
 * before, as a global search steps; so the cost is that of the candidates, not of the text.
 */
function* matchesAt(text: string, sticky: RegExp, candidates: Iterable<readonly [number, number]>): Generator<RegExpExecArray> {
  let end = 0;
  for (const [from, to] of candidates) {
    for (let at = Math.max(from, end); at <= to; at++) {
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match !== null) {
        end = match.index + Math.max(match[0].length, 1);
        yield match;
        break;
      }
      // From a letter on, the rest of a type is read the same way: only past a digit or a dot
      // (no identifier begins there) may a later offset match.
      if (/[A-Za-z_$]/.test(text.charAt(at))) break;
    }
  }
}

/** Each offset as a range of its own: the forms that begin at the name. */
function* atNames(starts: readonly number[]): Generator<readonly [number, number]> {
  for (const start of starts) yield [start, start];
}

/**
 * Where the typed form may begin for the name at each of `starts`: within the run of identifier
 * characters and dots (the type) that ends before it, across whitespace and at most one `<...>`
 * of up to 120 characters. The runs of different names are apart, so reading them back costs
 * what the text holds, once.
 */
function* typedStarts(text: string, starts: readonly number[]): Generator<readonly [number, number]> {
  const isSpace = (char: string): boolean => /\s/.test(char);
  for (const start of starts) {
    let at = start - 1;
    if (at < 0 || !isSpace(text.charAt(at))) continue;
    while (at >= 0 && isSpace(text.charAt(at))) at--;
    if (text.charAt(at) === '>') {
      let open = at - 1;
      while (open >= 0 && at - open <= 121 && !/[<>;()\n]/.test(text.charAt(open))) open--;
      if (open < 0 || text.charAt(open) !== '<' || at - open > 121) continue;
      at = open - 1;
    }
    let first = at + 1;
    while (first > 0 && /[\w$.]/.test(text.charAt(first - 1))) first--;
    if (first <= at) yield [first, at];
  }
}

/** An import or require of a relative path or an app path alias (`./`, `../`, `@/`, `~/`, `#`, `/`). */
const APP_MODULE = /^\s*(?:require\s*\(\s*)?['"](?:\.{1,2}\/|[@~]\/|#|\/)/;

function withoutStrings(code: string): string {
  return code.replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, "''");
}

function escapeName(name: string): string {
  return name.replace(/\$/g, '\\$');
}

/**
 * Whether the generic method whose name starts at `nameStart` of `text` is called on an SDK
 * client: a receiver named as one (`ldClient`, `unleash`, `this.flags`), bound to one in the text
 * (by type or initializer), a call that returns one (`ldclient.get()`, `client.Snapshot(user)`,
 * `useUnleashClient()`), or a bare call of a name imported from an SDK. `this`/`self` and any
 * other receiver are not.
 */
export function isSdkReceiverAt(text: string, nameStart: number, bindings: SdkBindings, inComment = false): boolean {
  const receiver = receiverOf(text, nameStart);
  if (receiver.kind === 'bare') {
    // A commented-out call is shown as written (`/* isEnabled('x') */`): nothing to bind it to.
    if (inComment) return true;
    let end = nameStart;
    while (end < text.length && isIdentifierCode(text.charCodeAt(end))) end++;
    return bindings.isSdkImport(text.slice(nameStart, end));
  }
  return isSdkReceiver(text, receiver, bindings, 0);
}

/**
 * The same rule for one line without its file (the diff-line scan of a change too large for its
 * context): a receiver the line names or binds as a client, or a call on one; a bare call, or a
 * receiver the line does not show (a chain continued from the line above), is given the benefit
 * of the doubt.
 */
export function isSdkReceiverInLine(line: string, nameStart: number): boolean {
  const receiver = receiverOf(line, nameStart);
  if (receiver.kind === 'bare' || receiver.kind === 'other') return true;
  return isSdkReceiver(line, receiver, new SdkBindings(line, 'plain'), 0);
}

function isSdkReceiver(text: string, receiver: Receiver, bindings: SdkBindings, depth: number): boolean {
  // `this.props.getValue(...)` in a component an SDK's higher-order component wraps.
  if (receiver.kind === 'name' && receiver.name === 'props' && bindings.wrapsWithSdk()) return true;
  if (receiver.kind === 'name') {
    // A property of an app's object (`s.features.isEnabled`, `config.flags.getValue`) is its own
    // settings unless it names an SDK or a client itself (`app.ldClient`) or is bound to one.
    const named = receiver.owner === undefined ? isClientLikeName(receiver.name) : isSdkClientName(receiver.name);
    // An evaluation's result named like a client (`experiment.getValue('price', 1)`): the binding
    // rule below already leaves it out for a name that reads as no client, and a name that reads
    // as an SDK or a client itself (`ldClient`, `growthbook`) is not looked up.
    if (named && receiver.owner === undefined && !isSdkClientName(receiver.name) && bindings.holdsEvaluation(receiver.name)) return false;
    return named || (!SELF.has(receiver.name) && bindings.isSdkName(receiver.name));
  }
  if (receiver.kind !== 'call') return false;
  // `statsig.getExperiment(user, 'e').getValue('p', d)`: a getter of an evaluation's result reads
  // one of its parameters (as when the result is bound to a name first).
  if (bindings.evaluatesAt(receiver.start)) return false;
  if (isClientLikeName(receiver.name) || SDK_ACCESSORS.has(receiver.name)) return true;
  // `ldclient.get().variation(...)`: a call on a client returns what the client gives.
  return depth < 4 && isSdkReceiver(text, receiverOf(text, receiver.start), bindings, depth + 1);
}

/** The identifier that begins at `start` (empty when none does). */
function identifierAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && isIdentifierCode(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/**
 * Drops from a whole text's match the calls of generic methods (`isGeneric(source, name)`: the
 * preset that found it lists the name) whose receiver is not an SDK client. References and
 * dynamic keys keep their order; the match is returned as is when nothing is dropped.
 */
export function keepSdkReceivers(
  text: string,
  family: LexFamily,
  found: TextMatch,
  isGeneric: (source: string, name: string) => boolean,
  isCode?: (offset: number) => boolean,
): TextMatch {
  let bindings: SdkBindings | undefined;
  const keeps = (source: string, start: number, inComment = false): boolean => {
    const name = identifierAt(text, start);
    if (name === '' || !isGeneric(source, name)) return true;
    bindings ??= new SdkBindings(
      text,
      family,
      found.references.filter((reference) => reference.kind === 'call').map((reference) => reference.start).sort((a, b) => a - b),
      'word-index',
      isCode,
    );
    return isSdkReceiverAt(text, start, bindings, inComment);
  };
  const references = found.references.filter((reference: TextReference) => (reference.kind !== 'call' && reference.kind !== 'comment') || keeps(reference.source, reference.start, reference.kind === 'comment'));
  const dynamic = found.dynamic.filter((key: DynamicKey) => keeps(key.source, key.start));
  if (references.length === found.references.length && dynamic.length === found.dynamic.length) return found;
  return { references, dynamic };
}
