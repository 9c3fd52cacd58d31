// Scope-aware reads of SDK result objects in one file: a variable bound to what `useFlags()`,
// `getTreatments(key, [...])` or `getAllFlags()` returns (or destructured from it) and read later
// in the same scope names the flag it reads (`flags.dark_mode.enabled`, `t['pay_later']`,
// `const { fastSearch } = useFlags()` then `fastSearch`, `withLDConsumer` props `flags.bulkEdit`).
import { readArgumentAt } from './call-arguments.js';
import { blankComments } from './match-reading.js';
import { escapeRegExp, type ResultObjectForm } from './presets/preset.js';
import { ScopeEnds } from './binding-scopes.js';
import type { LexFamily } from './source-lexer.js';

/** A read of a result object: the name as written, where it is, and how to resolve it. */
export interface ResultRead {
  readonly written: string;
  /** Offset of the written key (property name or string) in the text. */
  readonly index: number;
  /** Offset of the read's start (the variable). */
  readonly start: number;
  readonly end: number;
  readonly keyForm: 'exact' | 'normalized';
  readonly source: string;
  /** Stripped before normalized resolution (the env prefix of a destructured env variable). */
  readonly stripPrefix?: string;
  /** Set when the object is indexed by an expression (`flags[name]`): `written` is that expression, a dynamic key. */
  readonly dynamic?: true;
}

/** Result-object forms with the preset they come from (and, for `envObjects`, the env prefix). */
export interface ResultObjectSpec extends ResultObjectForm {
  readonly source: string;
  readonly envPrefix?: string;
}

interface Binding {
  readonly name: string;
  /** For a destructured variable: the property (flag) it holds; undefined for an object. */
  readonly property?: string;
  readonly from: number;
  readonly to: number;
  readonly keyForm: 'exact' | 'normalized';
  readonly source: string;
  readonly stripPrefix?: string;
  /** Reads through a member (`props.flags.x`) count too. */
  readonly viaMember: boolean;
  /** Only property names with this prefix are flags (an environment object bound to a name). */
  readonly requirePrefix?: string;
  /** Property names that are not flags (Flagsmith's traits, listed in the call's second array). */
  readonly excluded?: ReadonlySet<string>;
  /** The object holds the flags under one of these members (`r["featureFlags"]["k"]`, `r.treatments.k`). */
  readonly members?: readonly string[];
}

const IDENTIFIER = String.raw`[A-Za-z_$][\w$]*`;
// A link of the chain may be a call (`s.ld.AllFlagsState(c).ToValuesMap()`), its arguments without parentheses.
const CALLEE = String.raw`(?:await\s+)?(?:[\w$]+\s*(?:\([^()]{0,200}\)\s*|)(?:\?\.|\.)\s*)*`;
const TYPE_ARGS = String.raw`(?:\s*<[^<>()]{0,200}>)?`;
// On the binding's line: a Python function's `-> dict:` ends a line, and the name on the next is no type.
const ANNOTATION = String.raw`(?:[ \t]*:[ \t]*[^=;\n]{1,200})?`;

/**
 * The reads of result objects in `text`. `isCode(offset)` says whether an offset is code (not a
 * comment or string). Linear in the text per binding.
 */
export function findResultReads(
  text: string,
  family: LexFamily,
  givenForms: readonly ResultObjectSpec[],
  isCode: (offset: number) => boolean,
  ranges: readonly (readonly [number, number])[],
  /** The whole file, when `text` is a part of it: where consumer wrappers are looked for. */
  wholeText: string = text,
): ResultRead[] {
  if (givenForms.length === 0 || ranges.length === 0) return [];
  const forms = withRenamedImports(givenForms, wholeText);
  const scopes = new ScopeEnds(text, family, isCode);
  const bindings: Binding[] = [];
  const destructuredReads: ResultRead[] = [];
  // Only the methods the text names (a native substring search each): most files have none.
  const methodForms = forms
    .map((form) => ({ ...form, methods: form.methods.filter((method) => text.includes(method)) }))
    .filter((form) => form.methods.length > 0);
  if (methodForms.length > 0) {
    const methods = methodForms.flatMap((form) => form.methods);
    const byMethod = new Map<string, ResultObjectSpec>();
    // A method whose result differs by the shape of its call (Split React's `useTreatments(['a'])`
    // in 1.x, `useTreatments({ names })` in 2.6): the form for an options object, by method.
    const byOptionsCall = new Map<string, ResultObjectSpec>();
    for (const form of methodForms) {
      const table = form.optionsArgument === true ? byOptionsCall : byMethod;
      for (const method of form.methods) if (!table.has(method)) table.set(method, form);
    }
    const formOf = (method: string, from: number): ResultObjectSpec =>
      (byOptionsCall.has(method) && /^\s*\{/.test(text.slice(from, from + 200)) ? byOptionsCall.get(method) : byMethod.get(method)) ?? byOptionsCall.get(method)!;
    const names = [...new Set(methods)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    const traitMethods = new Set(methodForms.flatMap((form) => (form.traitListArgument === true ? form.methods : [])));
    const assigned = new RegExp(String.raw`(?<![\w$.])(${IDENTIFIER})${ANNOTATION}\s*(?::=|=)(?![=>])\s*${CALLEE}(${names})${TYPE_ARGS}\s*\(`, 'g');
    for (const match of text.matchAll(assigned)) {
      if (!isCode(match.index)) continue;
      const form = formOf(match[2]!, match.index + match[0].length);
      const from = match.index + match[0].length;
      const excluded = traitMethods.has(match[2]!) ? readSecondList(text, from) : undefined;
      const members = form.objectProperties === undefined ? {} : { members: form.objectProperties };
      bindings.push({ name: match[1]!, from, to: scopes.endOf(match.index), keyForm: form.keyForm, source: form.source, viaMember: false, ...(excluded === undefined ? {} : { excluded }), ...members });
    }
    const destructured = new RegExp(String.raw`\{([^{}]{0,2000})\}${ANNOTATION}\s*=(?![=>])\s*${CALLEE}(${names})${TYPE_ARGS}\s*\(`, 'g');
    for (const match of text.matchAll(destructured)) {
      if (!isCode(match.index)) continue;
      const form = formOf(match[2]!, match.index + match[0].length);
      const from = match.index + match[0].length;
      const to = scopes.endOf(match.index);
      // Under a renamed import, the call patterns do not know the name: the destructuring names the flags itself.
      if (!givenForms.some((given) => given.methods.includes(match[2]!)) && form.objectProperties === undefined) {
        let offset = match.index + 1;
        for (const part of blankComments(match[1]!).split(',')) {
          const entry = readPattern(part)[0];
          const at = entry === undefined ? -1 : part.indexOf(entry.property);
          if (entry !== undefined && at !== -1) destructuredReads.push({ written: entry.property, index: offset + at, start: offset + at, end: offset + at + entry.property.length, keyForm: form.keyForm, source: form.source });
          offset += part.length + 1;
        }
      }
      for (const { property, local } of readPattern(match[1]!)) {
        const common = { from, to, keyForm: form.keyForm, source: form.source, viaMember: false };
        // `const { treatments } = useSplitTreatments(...)`: the object itself, under a property name.
        if (form.objectProperties?.includes(property)) bindings.push({ name: local, ...common });
        else if (form.objectProperties === undefined) bindings.push({ name: local, property, ...common });
      }
    }
  }
  for (const form of forms) {
    const prefix = form.envPrefix;
    // Native searches first: most texts destructure no environment object.
    if (form.envObjects === undefined || prefix === undefined || prefix === '' || !text.includes(prefix)) continue;
    // Both searches below end in `(?:objects)(?![\w$.[(])`: an object written only as a member's
    // start (`process.env.FF_X`, `os.environ.get(...)`) can match neither, so it is left out.
    // `const { env } = process`, `const { env: e } = import.meta`: the object destructured from its parent.
    for (const [parent, member] of envObjectParents(form.envObjects)) {
      if (!namesWholeValue(text, parent)) continue;
      const fromParent = new RegExp(String.raw`\{([^{}]{0,2000})\}${ANNOTATION}\s*=(?![=>])\s*${escapeRegExp(parent)}(?![\w$.[(])`, 'g');
      for (const match of text.matchAll(fromParent)) {
        if (!isCode(match.index)) continue;
        for (const { property, local } of readPattern(match[1]!)) {
          if (property !== member) continue;
          bindings.push({ name: local, from: match.index + match[0].length, to: scopes.endOf(match.index), keyForm: form.keyForm, source: form.source, stripPrefix: prefix, viaMember: false, requirePrefix: prefix });
        }
      }
    }
    // `import { env } from "~/env"` (T3 Env's validated object, also `@/env`, `../env.js`), Node's
    // `import { env } from 'node:process'`, SvelteKit's `$env/dynamic/private`: the environment
    // object imported by name, read in the whole file.
    if (family === 'js') {
      for (let at = findEnvModuleImport(text, 0); at !== -1; at = findEnvModuleImport(text, at + 1)) {
        const match = ENV_MODULE_IMPORT_AT.exec(text.slice(at, at + 2200));
        if (match === null || !isCode(at)) continue;
        // SvelteKit's `$env/static/*` exports each variable by name: `FF_X` (or its local) is a read of it.
        const perVariable = match[0].includes('$env/static/');
        for (const part of match[1]!.split(',')) {
          if (perVariable) {
            const variable = /^\s*([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part);
            if (variable !== null && variable[1]!.startsWith(prefix)) bindings.push({ name: variable[2] ?? variable[1]!, property: variable[1]!, from: at + match[0].length, to: text.length, keyForm: form.keyForm, source: form.source, stripPrefix: prefix, viaMember: false });
            continue;
          }
          const named = /^\s*env(?:\s+as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part);
          if (named !== null) bindings.push({ name: named[1] ?? 'env', from: at + match[0].length, to: text.length, keyForm: form.keyForm, source: form.source, stripPrefix: prefix, viaMember: false, requirePrefix: prefix });
        }
      }
    }
    // Python `from os import environ as env`: the environment object imported under a name.
    if (family === 'python' && form.envObjects.includes('os.environ') && text.includes('environ as')) {
      for (const match of text.matchAll(PYTHON_ENVIRON_AS)) {
        if (!isCode(match.index)) continue;
        bindings.push({ name: match[1]!, from: match.index + match[0].length, to: text.length, keyForm: form.keyForm, source: form.source, stripPrefix: prefix, viaMember: false, requirePrefix: prefix });
      }
    }
    const objects = form.envObjects.filter((object) => namesWholeValue(text, object));
    if (objects.length === 0) continue;
    const destructured = new RegExp(String.raw`\{([^{}]{0,2000})\}${ANNOTATION}\s*=(?![=>])\s*(?:${objects.map(escapeRegExp).join('|')})(?![\w$.[(])`, 'g');
    for (const match of text.matchAll(destructured)) {
      if (!isCode(match.index)) continue;
      const common = { from: match.index + match[0].length, to: scopes.endOf(match.index), keyForm: form.keyForm, source: form.source, stripPrefix: prefix, viaMember: false };
      for (const { property, local } of readPattern(match[1]!)) if (property.startsWith(prefix)) bindings.push({ name: local, property, ...common });
    }
    const aliased = new RegExp(String.raw`(?<![\w$.])(${IDENTIFIER})${ANNOTATION}\s*(?::=|=)(?![=>])\s*(?:${objects.map(escapeRegExp).join('|')})(?![\w$.[(])`, 'g');
    for (const match of text.matchAll(aliased)) {
      if (!isCode(match.index)) continue;
      bindings.push({ name: match[1]!, from: match.index + match[0].length, to: scopes.endOf(match.index), keyForm: form.keyForm, source: form.source, stripPrefix: prefix, viaMember: false, requirePrefix: prefix });
    }
  }
  for (const form of forms) {
    for (const element of form.renderPropElements ?? []) {
      if (!text.includes(`<${element}`)) continue;
      // `<SplitTreatments names={[...]}>{({ treatments }) => ...}`: the render function's parameter.
      const rendered = new RegExp(String.raw`<${escapeRegExp(element)}\b[^<>]{0,500}>\s*\{\s*(?:function\s*)?\(\s*\{([^{}]{0,500})\}${ANNOTATION}\s*\)\s*(?:=>)?`, 'g');
      for (const match of text.matchAll(rendered)) {
        if (!isCode(match.index)) continue;
        const from = match.index + match[0].length;
        for (const { property, local } of readPattern(match[1]!)) {
          if (form.objectProperties?.includes(property)) bindings.push({ name: local, from, to: scopes.endOf(from), keyForm: form.keyForm, source: form.source, viaMember: false });
        }
      }
    }
  }
  // `const { a, b: c } = flags` where `flags` holds a result object: each property is a read of
  // the object there, and its local a read of the flag later.
  const reads: ResultRead[] = destructuredReads;
  // One search of the text per name (not one per binding over its scope): each destructuring
  // belongs to the bindings of its name whose scope holds it.
  const objects = bindings.filter((binding) => binding.property === undefined && !binding.viaMember && binding.members === undefined);
  const destructurings = new Map<string, RegExpExecArray[]>();
  for (const name of new Set(objects.map((object) => object.name))) {
    const destructured = new RegExp(String.raw`\{([^{}]{0,2000})\}${ANNOTATION}\s*=(?![=>])\s*${escapeRegExp(name)}(?![\w$.[(])`, 'g');
    destructurings.set(name, [...text.matchAll(destructured)].filter((match) => isCode(match.index)));
  }
  for (const object of objects) {
    for (const match of destructurings.get(object.name)!) {
      if (match.index < object.from || match.index >= object.to) continue;
      const from = match.index + match[0].length;
      const to = scopes.endOf(match.index);
      let offset = match.index + 1;
      for (const part of blankComments(match[1]!).split(',')) {
        const entry = readPattern(part)[0];
        const at = entry === undefined ? -1 : part.indexOf(entry.property);
        if (entry !== undefined && at !== -1 && object.excluded?.has(entry.property) !== true) {
          reads.push({ written: entry.property, index: offset + at, start: offset + at, end: offset + at + entry.property.length, keyForm: object.keyForm, source: object.source });
          bindings.push({ name: entry.local, property: entry.property, from, to, keyForm: object.keyForm, source: object.source, viaMember: false });
        }
        offset += part.length + 1;
      }
    }
  }
  for (const form of forms) {
    for (const consumer of form.consumers ?? []) {
      // Searched in the part first: the wrapper is usually near the component (one search of
      // the whole file per window otherwise).
      if (!text.includes(consumer) && !wholeText.includes(consumer)) continue;
      // Components wrapped by the consumer receive the flags as the `flags` prop.
      bindings.push({ name: 'flags', from: 0, to: text.length, keyForm: form.keyForm, source: form.source, viaMember: true });
      // ... also destructured: `({ flags: { bulkEdit } }) => ...`, `const { bulkEdit } = props.flags`.
      const destructured = /(?<![\w$.])flags\s*:\s*\{([^{}]{0,500})\}|\{([^{}]{0,500})\}\s*=(?![=>])\s*(?:this\.)?(?:props\.)?flags(?![\w$.[(])/g;
      for (const match of text.matchAll(destructured)) {
        if (!isCode(match.index)) continue;
        const inside = match[1] ?? match[2]!;
        const insideAt = match.index + match[0].indexOf('{') + 1;
        const end = match.index + match[0].length;
        const to = match[1] === undefined ? scopes.endOf(match.index) : parameterScopeEnd(text, end, scopes);
        let offset = insideAt;
        for (const part of blankComments(inside).split(',')) {
          const entry = readPattern(part)[0];
          const at = entry === undefined ? -1 : part.indexOf(entry.property);
          if (entry !== undefined && at !== -1) {
            reads.push({ written: entry.property, index: offset + at, start: offset + at, end: offset + at + entry.property.length, keyForm: form.keyForm, source: form.source });
            bindings.push({ name: entry.local, property: entry.property, from: end, to, keyForm: form.keyForm, source: form.source, viaMember: false });
          }
          offset += part.length + 1;
        }
      }
    }
  }
  // Reads are looked for only inside the ranges (the changed lines), so the work is the ranges'
  // size per binding, however far above them a binding is.
  const sorted: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = sorted[sorted.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else sorted.push([start, end]);
  }
  const inRanges = (offset: number): boolean => {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [start, end] = sorted[middle]!;
      if (offset < start) high = middle - 1;
      else if (offset >= end) low = middle + 1;
      else return true;
    }
    return false;
  };
  for (const binding of bindings) collectReads(text, binding, isCode, reads, sorted);
  return reads.filter((read) => inRanges(read.start));
}

/**
 * The environment objects written as a member of a parent (`process.env`, `import.meta.env`):
 * `[parent, member]`, so `const { env } = process` binds `env` to the object.
 */
export function envObjectParents(objects: readonly string[]): [string, string][] {
  const parents: [string, string][] = [];
  for (const object of objects) {
    const member = /^([A-Za-z_$][\w$.]*)\.([A-Za-z_$][\w$]*)$/.exec(object);
    if (member !== null) parents.push([member[1]!, member[2]!]);
  }
  return parents;
}

/** A named import of `env` from a module that is the environment (see findResultReads). */
/** `from os import environ as env` (also among other names): group 1 the local name. */
const PYTHON_ENVIRON_AS = /^[ \t]*from[ \t]+os[ \t]+import[ \t]+(?:[^\n#]*?,[ \t]*)?environ[ \t]+as[ \t]+([A-Za-z_]\w*)/gm;
const ENV_MODULE_IMPORT_SOURCE = String.raw`import\s*\{([^{}]{0,2000})\}\s*from\s*(['"])(?:(?:[^'"\n]*\/)?env(?:\.[mc]?[jt]s)?|(?:node:)?process|\$env\/(?:dynamic|static)\/(?:private|public))\2`;
const ENV_MODULE_IMPORT = String.raw`(?<![\w$.])${ENV_MODULE_IMPORT_SOURCE}`;
const ENV_MODULE_IMPORT_AT = new RegExp(String.raw`^${ENV_MODULE_IMPORT_SOURCE}`);

/** Where `text` imports the environment object by name from `from` on (`import { env } from "~/env"`), or -1. */
export function findEnvModuleImport(text: string, from: number): number {
  if (text.indexOf('env', from) === -1) return -1;
  const imports = new RegExp(ENV_MODULE_IMPORT, 'g');
  imports.lastIndex = from;
  for (let match = imports.exec(text); match !== null; match = imports.exec(text)) {
    if (/(?:^|,)\s*env(?:\s+as\s+[A-Za-z_$][\w$]*)?\s*(?:,|$)/.test(match[1]!)) return match.index;
    // SvelteKit's `$env/static/*`: the variables themselves, imported by name.
    if (match[0].includes('$env/static/')) return match.index;
  }
  return -1;
}

/**
 * Whether `text` names `object` as a whole value somewhere: followed by a character that does not
 * continue it (not `[\w$.[(]`) or by the end. Exactly the occurrences the environment-binding
 * searches of findResultReads can match (the property test in env-object-alias.test.ts checks it).
 */
export function namesWholeValue(text: string, object: string): boolean {
  return findWholeValue(text, object, 0) !== -1;
}

/** Where `object` is first named as a whole value from `from` on (see namesWholeValue), or -1. */
export function findWholeValue(text: string, object: string, from: number): number {
  for (let at = text.indexOf(object, from); at !== -1; at = text.indexOf(object, at + 1)) {
    const next = text.charCodeAt(at + object.length);
    if (Number.isNaN(next) || !continuesValue(next)) return at;
  }
  return -1;
}

/** `[\w$.[(]`: a character after which the object is only the start of a longer expression. */
function continuesValue(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x24 || code === 0x2e || code === 0x5b || code === 0x28
  );
}

/**
 * The file's renamed imports of result methods (`import { useFlags as useLDFlags } from ...`,
 * Python `from x import y as z`) added to the forms' methods, so `useLDFlags()` is `useFlags()`.
 */
function withRenamedImports(forms: readonly ResultObjectSpec[], wholeText: string): readonly ResultObjectSpec[] {
  const renames = findImportRenames(wholeText);
  if (renames.size === 0) return forms;
  return forms.map((form) => {
    const added = form.methods.flatMap((method) => renames.get(method) ?? []).filter((local) => !form.methods.includes(local));
    return added.length === 0 ? form : { ...form, methods: [...form.methods, ...added] };
  });
}

/**
 * `text.includes(' as ')`, several times faster: searching for the space a text is full of stops
 * at every word, `as ` is rarer (the file-wide test every changed file's images go through).
 */
export function containsAs(text: string): boolean {
  for (let at = text.indexOf('as '); at !== -1; at = text.indexOf('as ', at + 1)) if (at > 0 && text.charCodeAt(at - 1) === 32) return true;
  return false;
}

/** Imported name to its local names, from named imports renamed with `as` (JS/TS `import { a as b }`, Python `from m import a as b`). */
export function findImportRenames(text: string): ReadonlyMap<string, readonly string[]> {
  const renames = new Map<string, string[]>();
  if (!containsAs(text)) return renames;
  // Pairs seen, so that a file of many renames of one name costs one look-up each, not a search of its list.
  const seen = new Set<string>();
  const add = (imported: string, local: string): void => {
    if (imported === local || seen.has(`${imported} ${local}`)) return;
    seen.add(`${imported} ${local}`);
    const locals = renames.get(imported);
    if (locals === undefined) renames.set(imported, [local]);
    else locals.push(local);
  };
  for (const match of text.matchAll(/(?<![\w$.])import\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{([^{}]{0,2000})\}\s*from\b/g)) {
    for (const part of match[1]!.split(',')) {
      const rename = /^\s*(?:type\s+)?([A-Za-z_$][\w$]*)\s+as\s+([A-Za-z_$][\w$]*)\s*$/.exec(part);
      if (rename !== null) add(rename[1]!, rename[2]!);
    }
  }
  for (const match of text.matchAll(/^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^()]{0,2000}\)|[^\n#]+)/gm)) {
    for (const part of match[1]!.replace(/[()]/g, '').split(',')) {
      const rename = /^\s*([A-Za-z_]\w*)\s+as\s+([A-Za-z_]\w*)\s*$/.exec(part);
      if (rename !== null) add(rename[1]!, rename[2]!);
    }
  }
  return renames;
}

/** A method bound to a local name: `v = client.variation.bind(client)` (JS). */
const BOUND_METHOD = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*[A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*)*\s*\??\.\s*([A-Za-z_$][\w$]*)\s*\.\s*bind\s*\(/g;

/**
 * A method taken as a value, alone on its line (Python `check = client.is_enabled`, Go
 * `eval := s.ld.BoolVariation`): a bound method (Python) or a method value (Go). Also Python's
 * `functools.partial(client.variation, context=c, default=False)` binding keywords only: its
 * call's positional arguments come first, so `flag("k")` passes the key (group 3 the method).
 */
export const METHOD_VALUE = String.raw`^[ \t]*(?:var[ \t]+)?([A-Za-z_]\w*)[ \t]*:?=[ \t]*(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.([A-Za-z_]\w*)|(?:functools\.)?partial\([ \t]*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.([A-Za-z_]\w*)[ \t]*(?:,[ \t]*[A-Za-z_]\w*[ \t]*=[^\n]*)?\))[ \t]*(?:(?:#|\/\/)[^\n]*)?\r?$`;

/**
 * The methods bound to a local name: with `Function.bind` (JS), or taken as a value (Python, Go:
 * METHOD_VALUE): a call of the local is a call of the method, on the receiver written before it.
 * `methodStart`: where the method's name is, for the receiver rule. Empty unless the text writes
 * `.bind` (JS) or `=` (a native search first).
 */
export function findBoundMethods(text: string, family: LexFamily = 'js'): { method: string; local: string; methodStart: number }[] {
  const found: { method: string; local: string; methodStart: number }[] = [];
  if (family === 'python' || family === 'go') {
    for (const match of text.matchAll(new RegExp(METHOD_VALUE, 'gmd'))) {
      const local = match[1]!;
      const method = match[2] ?? match[3]!;
      const methodStart = (match.indices![2] ?? match.indices![3])![0];
      if (local !== method) found.push({ method, local, methodStart });
    }
    return found;
  }
  if (family !== 'js' || !text.includes('.bind')) return found;
  for (const match of text.matchAll(BOUND_METHOD)) {
    const local = match[1]!;
    const method = match[2]!;
    const methodStart = match.index + match[0].search(new RegExp(String.raw`${escapeRegExp(method)}\s*\.\s*bind\s*\($`));
    if (local !== method) found.push({ method, local, methodStart });
  }
  return found;
}

/** Characters after a range's end a read that begins inside it may run on (`flags\n  .fastSearch`). */
const READ_TAIL_CHARS = 600;

/** The reads of `binding` that begin in its scope and inside one of `ranges` (sorted by start). */
function collectReads(text: string, binding: Binding, isCode: (offset: number) => boolean, reads: ResultRead[], ranges: readonly (readonly [number, number])[]): void {
  // An object that holds the flags under a member is read through it (`r["featureFlags"]`, `r.treatments`).
  const members = binding.members?.map(escapeRegExp).join('|');
  const name = members === undefined ? escapeRegExp(binding.name) : String.raw`${escapeRegExp(binding.name)}(?:\s*(?:\?\.|\.)\s*(?:${members})(?![\w$])|\s*(?:\?\.)?\[\s*(?:'(?:${members})'|"(?:${members})")\s*\])`;
  const before = binding.viaMember ? String.raw`(?<![\w$])` : String.raw`(?<![\w$.])`;
  const pattern =
    binding.property === undefined
      ? new RegExp(
          String.raw`${before}${name}(?:\s*(?:\?\.|\.)\s*(${IDENTIFIER})(?![\w$])(?!\s*\()|\s*(?:\?\.)?\[\s*(['"\`])([^'"\`\s\\$]{1,256})\2\s*\]|\s*\.\s*(?:get|getOrDefault)\s*\(\s*(['"])([^'"\s\\]{1,256})\4|\s*(?:\?\.)?\[(?=\s*[^\s'"\`\]]))`,
          'g',
        )
      : new RegExp(String.raw`${before}${name}(?![\w$])`, 'g');
  for (const [rangeStart, rangeEnd] of ranges) {
    if (rangeStart >= binding.to) break;
    const low = Math.max(rangeStart, binding.from);
    const high = Math.min(rangeEnd, binding.to);
    if (low >= high) continue;
    // The part searched: one character before for the look-behind, and a tail for a read that ends after the range.
    const base = Math.max(0, low - 1);
    const part = text.slice(base, Math.min(text.length, high + READ_TAIL_CHARS));
    pattern.lastIndex = low - base;
    for (let match = pattern.exec(part); match !== null && match.index + base < high; match = pattern.exec(part)) {
      const at = match.index + base;
      if (!isCode(at)) continue;
      const end = at + match[0].length;
      if (binding.property !== undefined) {
        // Not a read: an object key (`{ fastSearch: 1 }`), a JSX attribute or an assignment target.
        if (isKeyOrTarget(text, at, end)) continue;
        reads.push({ written: binding.property, index: at, start: at, end, keyForm: binding.keyForm, source: binding.source, ...(binding.stripPrefix === undefined ? {} : { stripPrefix: binding.stripPrefix }) });
        continue;
      }
      if (match[1] === undefined && match[3] === undefined && match[5] === undefined) {
        // Indexed by an expression (`flags[name]`): a dynamic key, unless a number or constant.
        const argument = binding.requirePrefix === undefined ? readArgumentAt(text, end) : undefined;
        if (argument !== undefined) reads.push({ written: argument.expression, index: argument.index, start: at, end, keyForm: binding.keyForm, source: binding.source, dynamic: true });
        continue;
      }
      const written = match[1] ?? match[3] ?? match[5];
      if (written === undefined || binding.excluded?.has(written) === true) continue;
      if (binding.requirePrefix !== undefined && !written.startsWith(binding.requirePrefix)) continue;
      reads.push({ written, index: at + match[0].lastIndexOf(written), start: at, end, keyForm: binding.keyForm, source: binding.source, ...(binding.stripPrefix === undefined ? {} : { stripPrefix: binding.stripPrefix }) });
    }
  }
}

/** The strings of the call's second array argument (`useFlags(['a'], ['trait'])`), the call's arguments beginning at `from`. */
function readSecondList(text: string, from: number): ReadonlySet<string> | undefined {
  const lists = /^\s*\[[^\]]*\]\s*,\s*\[([^\]]*)\]/.exec(text.slice(from, from + 2000));
  if (lists === null) return undefined;
  return new Set([...lists[1]!.matchAll(/['"`]([^'"`]+)['"`]/g)].map((literal) => literal[1]!));
}

/** The properties of a destructuring pattern and the local names they are bound to. */
function readPattern(inside: string): { property: string; local: string }[] {
  const found: { property: string; local: string }[] = [];
  for (const part of blankComments(inside).split(',')) {
    const match = /^\s*(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*(?::\s*([A-Za-z_$][\w$]*))?\s*(?:=.*)?$/s.exec(part);
    if (match === null) continue;
    const property = match[2] ?? match[3]!;
    const local = match[4] ?? match[3];
    if (local !== undefined) found.push({ property, local });
  }
  return found;
}

/** Where a function whose parameter list goes on at `from` ends: its body's block, or an expression body's nearby end. */
function parameterScopeEnd(text: string, from: number, scopes: ScopeEnds): number {
  const body = /^[^()]{0,200}?\)\s*(?::[^={};]{0,100})?\s*(?:=>\s*)?\{/.exec(text.slice(from, from + 400));
  if (body !== null) return scopes.endOf(from + body[0].length);
  return Math.min(text.length, from + 2000);
}

/** True when the name at `[start, end)` is an object key after `{` or `,`, or is followed by `=` (JSX attribute, assignment). */
function isKeyOrTarget(text: string, start: number, end: number): boolean {
  const after = /^\s*(:(?!:)|=(?![=>]))/.exec(text.slice(end, end + 8));
  if (after === null) return false;
  if (after[1] !== ':') return true;
  const before = /[^\s]?\s*$/.exec(text.slice(Math.max(0, start - 40), start))![0].trim();
  return before === '{' || before === ',';
}
