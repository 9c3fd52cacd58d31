// Receiver-aware recognition of SDK methods whose names other libraries use too
// (`logger.isEnabled(Level.DEBUG)`, `product.getVariant(sku)`, `aws.StringValue(p)`): a call of
// such a generic method counts only when what it is called on is plausibly an SDK client.
import type { LexFamily } from './source-lexer.js';
import type { DynamicKey, TextMatch, TextReference } from './matcher.js';

/**
 * Words that name an SDK client in a receiver, a type or an initializer: short ones as whole
 * words of the identifier (`ldClient`, `e.gb`, `r.of`), long ones anywhere in it (`unleashClient`,
 * `featureFlags`, `configCatClient`, `GrowthBook`).
 */
const CLIENT_WORDS = new Set(['ld', 'gb', 'ph', 'dvc', 'ff', 'ffs', 'of', 'cc', 'sdk', 'gate', 'gates', 'split', 'splits']);
const CLIENT_PARTS = [
  'client', 'flag', 'feature', 'toggle', 'unleash', 'darkly', 'posthog', 'statsig', 'flagsmith', 'growthbook',
  'configcat', 'openfeature', 'devcycle', 'experiment', 'rollout', 'optimizely', 'splitio',
];
/** SDK calls that return an object the generic methods are called on, without a client word in their name. */
const SDK_ACCESSORS = new Set(['Snapshot', 'AllFlagsState', 'allFlagsState', 'all_flags_state', 'getInstance', 'instance', 'get_instance']);
/** Receivers that are never a client: the object itself (a wrapper's own method is the app's). */
const SELF = new Set(['this', 'self', 'super']);

/** Splits an identifier into lower-case words: `LDClient` → ld, client; `unleash_client` → unleash, client. */
function wordsOf(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** Whether an identifier reads as an SDK client's name (`ldClient`, `unleash`, `e.gb`, `featureFlags`). */
export function isClientLikeName(identifier: string): boolean {
  if (SELF.has(identifier)) return false;
  const lower = identifier.toLowerCase();
  if (CLIENT_PARTS.some((part) => lower.includes(part))) return true;
  return wordsOf(identifier).some((word) => CLIENT_WORDS.has(word));
}

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

/** What a method is called on: a name (`client.`), a call (`getClient().`), or nothing (a bare call). */
type Receiver =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'call'; readonly name: string; readonly start: number }
  | { readonly kind: 'bare' }
  | { readonly kind: 'other' };

const isIdentifierChar = (char: string): boolean => /[\w$]/.test(char);

/** The last offset at or before `at` that is neither whitespace nor inside a block comment (`client /* LD *\/ .variation`). */
function skipSpaceBack(text: string, at: number): number {
  for (;;) {
    while (at >= 0 && /\s/.test(text.charAt(at))) at--;
    if (at < 1 || text.charAt(at) !== '/' || text.charAt(at - 1) !== '*') return at;
    const open = text.lastIndexOf('/*', at - 2);
    if (open < 0) return at;
    at = open - 1;
  }
}

/** The offset of the bracket that opens the one closing at `close`, or -1 (strings are not tracked: rare in receivers). */
function openingOf(text: string, close: number): number {
  const closer = text.charAt(close);
  const opener = closer === ')' ? '(' : closer === ']' ? '[' : '{';
  let depth = 0;
  for (let at = close; at >= 0 && close - at < 2000; at--) {
    const char = text.charAt(at);
    if (char === closer) depth++;
    else if (char === opener && --depth === 0) return at;
  }
  return -1;
}

/** The receiver of the expression that ends at `end` (inclusive). */
function expressionEndingAt(text: string, end: number): Receiver {
  let at = skipSpaceBack(text, end);
  // TypeScript's non-null assertion, `client!.variation(...)`.
  if (text.charAt(at) === '!') at = skipSpaceBack(text, at - 1);
  const char = text.charAt(at);
  if (isIdentifierChar(char)) {
    let start = at;
    while (start > 0 && isIdentifierChar(text.charAt(start - 1))) start--;
    return { kind: 'name', name: text.slice(start, at + 1) };
  }
  if (char === ']') {
    const open = openingOf(text, at);
    if (open <= 0) return { kind: 'other' };
    // A registry of clients indexed by name: `app.extensions["unleash"]`, `clients['launchdarkly']`.
    const index = /^\s*['"]([\w$-]{1,60})['"]\s*$/.exec(text.slice(open + 1, at));
    if (index !== null && isClientLikeName(index[1]!)) return { kind: 'name', name: index[1]! };
    return expressionEndingAt(text, open - 1);
  }
  if (char === ')') {
    const open = openingOf(text, at);
    if (open < 0) return { kind: 'other' };
    const before = skipSpaceBack(text, open - 1);
    if (before >= 0 && isIdentifierChar(text.charAt(before))) {
      let start = before;
      while (start > 0 && isIdentifierChar(text.charAt(start - 1))) start--;
      const name = text.slice(start, before + 1);
      // `(await client)`, `(getClient())`: a keyword before the parenthesis is no callee.
      if (!['await', 'return', 'if', 'while', 'and', 'or', 'not', 'in'].includes(name)) return { kind: 'call', name, start };
    }
    // A parenthesized expression, `(await getClient())`: what it ends with.
    return expressionEndingAt(text, at - 1);
  }
  return { kind: 'other' };
}

/** What the method whose name starts at `nameStart` is called on. */
function receiverOf(text: string, nameStart: number): Receiver {
  let at = skipSpaceBack(text, nameStart - 1);
  const char = text.charAt(at);
  if (char === '.') {
    at--;
    // `client?.variation(`, `client!.variation(`.
    if (text.charAt(at) === '?' || text.charAt(at) === '!') at--;
    return expressionEndingAt(text, at);
  }
  // Ruby and C++ style `Client::isEnabled`, PHP `$client->isEnabled`.
  if ((char === ':' && text.charAt(at - 1) === ':') || (char === '>' && text.charAt(at - 1) === '-')) return expressionEndingAt(text, at - 2);
  return isIdentifierChar(char) ? { kind: 'other' } : { kind: 'bare' };
}

/**
 * The SDK bindings of one text, looked up on demand and remembered: whether a name is declared
 * with an SDK type or initialized from an SDK (`const c = LaunchDarkly.init(...)`,
 * `private final Unleash u;`, `c *ld.LDClient`, `c := openfeature.NewClient("app")`), and
 * whether a bare method name is imported or destructured from one.
 */
export class SdkBindings {
  private readonly names = new Map<string, boolean>();
  private readonly imports = new Map<string, boolean>();
  private ownTypes: ReadonlySet<string> | undefined;
  private wrapped: boolean | undefined;

  /**
   * `evaluations`: where the text's SDK evaluation calls begin (their method names), ascending. A
   * name initialized from one holds the evaluation's result (Statsig's `DynamicConfig`), whose
   * getters read the result's parameters, not flags: it is no client.
   */
  constructor(
    private readonly text: string,
    private readonly family: LexFamily,
    private readonly evaluations: readonly number[] = [],
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

  /** Whether `name` is bound to something that names an SDK in this text. */
  isSdkName(name: string): boolean {
    let known = this.names.get(name);
    if (known === undefined) this.names.set(name, (known = this.findBinding(name)));
    return known;
  }

  /** Whether the bare function `name` comes from an SDK (`import { isEnabled } from 'unleash-client'`). */
  isSdkImport(name: string): boolean {
    let known = this.imports.get(name);
    if (known === undefined) this.imports.set(name, (known = this.findImport(name)));
    return known;
  }

  private findBinding(name: string): boolean {
    const id = escapeName(name);
    const { text } = this;
    const forms = [
      // `name = init`, `name: Type = init`, `name := init`, `Type name = init`, `self.name = init`.
      new RegExp(String.raw`(?<![\w$])${id}\s*(?:\??:(?!=)\s*([^=;\n]{1,160}?))?\s*(?::=|=(?![=>]))\s*([^;\n]{1,240})`, 'gd'),
      // Go's `name, err := init`.
      new RegExp(String.raw`(?<![\w$])${id}\s*,\s*[\w$]+\s*:=\s*([^;\n]{1,240})`, 'gd'),
      // A typed declaration or parameter: Java/C# `Type<...> name`, TS/Python `name: Type`.
      new RegExp(String.raw`([A-Za-z_$][\w$.]*)(?:<[^<>;()\n]{0,120}>)?\s+${id}\s*[;=,)]`, 'g'),
      new RegExp(String.raw`(?<![\w$])${id}\s*\??:\s*\*?([A-Za-z_$][\w$.]*)`, 'g'),
    ];
    if (this.family === 'go') forms.push(new RegExp(String.raw`(?<![\w$.])${id}\s+\*?([A-Za-z_][\w]*(?:\.[A-Z]\w*)?)`, 'g'));
    const ownTypes = this.declaredTypes();
    for (const [position, form] of forms.entries()) {
      for (const match of text.matchAll(form)) {
        // An initializer that evaluates a flag binds the evaluation's result, not a client.
        const initializer = position < 2 ? match.indices?.[match.length - 1] : undefined;
        if (initializer !== undefined && this.evaluatesIn(initializer[0], initializer[1])) continue;
        // Strings are left out: `getLogger('feature-x')` binds a logger, whatever it is called.
        if (match.slice(1).some((part) => part !== undefined && namesSdk(withoutStrings(part), ownTypes))) return true;
      }
    }
    return false;
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
        if (namesSdk(match[1] ?? '')) return true;
      }
    }
    return false;
  }
}

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
    while (end < text.length && isIdentifierChar(text.charAt(end))) end++;
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
  if (receiver.kind === 'name') return isClientLikeName(receiver.name) || (!SELF.has(receiver.name) && bindings.isSdkName(receiver.name));
  if (receiver.kind !== 'call') return false;
  if (isClientLikeName(receiver.name) || SDK_ACCESSORS.has(receiver.name)) return true;
  // `ldclient.get().variation(...)`: a call on a client returns what the client gives.
  return depth < 4 && isSdkReceiver(text, receiverOf(text, receiver.start), bindings, depth + 1);
}

/** The identifier that begins at `start` (empty when none does). */
function identifierAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && isIdentifierChar(text.charAt(end))) end++;
  return text.slice(start, end);
}

/**
 * Drops from a whole text's match the calls of generic methods (`isGeneric(source, name)`: the
 * preset that found it lists the name) whose receiver is not an SDK client. References and
 * dynamic keys keep their order; the match is returned as is when nothing is dropped.
 */
export function keepSdkReceivers(text: string, family: LexFamily, found: TextMatch, isGeneric: (source: string, name: string) => boolean): TextMatch {
  let bindings: SdkBindings | undefined;
  const keeps = (source: string, start: number, inComment = false): boolean => {
    const name = identifierAt(text, start);
    if (name === '' || !isGeneric(source, name)) return true;
    bindings ??= new SdkBindings(
      text,
      family,
      found.references.filter((reference) => reference.kind === 'call').map((reference) => reference.start).sort((a, b) => a - b),
    );
    return isSdkReceiverAt(text, start, bindings, inComment);
  };
  const references = found.references.filter((reference: TextReference) => (reference.kind !== 'call' && reference.kind !== 'comment') || keeps(reference.source, reference.start, reference.kind === 'comment'));
  const dynamic = found.dynamic.filter((key: DynamicKey) => keeps(key.source, key.start));
  if (references.length === found.references.length && dynamic.length === found.dynamic.length) return found;
  return { references, dynamic };
}
