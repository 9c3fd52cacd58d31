// Compiles presets, custom patterns and registry aliases into one FlagMatcher: a literal set
// finds the anchors of a line in one pass, and only the patterns whose anchors occur are run.
import { generateCaseVariants, isOnIdentifierBoundary, type CaseVariant } from './aliases.js';
import { createCommentMentionReader } from './comment-mentions.js';
import { checkCustomPatternShape, compileCustomPatternSource, type CustomPatternSpec } from './custom-pattern.js';
import { compileLiteralSet, type LiteralSet } from './literal-set.js';
import type { LexFamily } from './source-lexer.js';
import type { DynamicKey, FlagMatcher, FlagReference, LexedText, ReferenceKind, TextMatch, TextReference } from './matcher.js';
import { containsAs, envObjectParents, findBoundMethods, findEnvModuleImport, findImportRenames, findResultReads, findWholeValue, namesWholeValue, type ResultObjectSpec } from './result-aliases.js';
import { compileLiteralsFinder, foundOutside, literalFinder, type TextFacts } from './text-facts.js';
import { findStringConstants, resolveConstantExpression } from './file-constants.js';
import { parseNamedKey, stripTypeAssertion } from './imported-constants.js';
import { findCallEnd, readArgumentAt, readConditionalKeys, readKeyArgumentValue, readMethodReference, readMethodValueArgument, readPythonElseKey } from './call-arguments.js';
import { PRESETS } from './presets/index.js';
import { isSdkReceiverAt, isSdkReceiverInLine, keepSdkReceivers, SdkBindings } from './sdk-receivers.js';
import { indexWords, isWord } from './word-index.js';
import type { PresetName } from './presets/names.js';
import { escapeRegExp, type PresetPattern } from './presets/preset.js';
import { collectMatch, listNamedElements, deduplicate, groupOf, resolveWritten, type CompiledPattern } from './match-reading.js';
import { placeReference } from './reference-records.js';
import { isIdentifierCode, isSpaceCode } from './call-receiver.js';
import { indexRegistry, type FlagRegistry, type RegistryIndex } from './registry.js';
import { DetectionError } from '../../errors.js';

/** The part of the `flags` config the matcher depends on. */
export interface MatcherSettings {
  readonly presets: readonly PresetName[];
  readonly envPrefix: string;
  readonly patterns: readonly CustomPatternSpec[];
  readonly aliasCaseVariants: readonly CaseVariant[];
}

/**
 * Compiles a regex source; injected so a process-wide cache can share compiled regexes. Flags
 * with `l` ask for V8's linear-time engine, which sits behind a V8 flag the edge switches
 * (src/config/linear-regexp.ts): the default compiler here cannot compile them.
 */
export type RegExpCompiler = (source: string, flags: string) => RegExp;

const compileDirectly: RegExpCompiler = (source, flags) => new RegExp(source, flags);

/**
 * Flags a pattern is compiled with: `y` (run at each anchor position) for patterns that start at
 * their anchor, `g` (scan the line) for the others. Custom patterns also get `l`: they run on the
 * linear-time engine, so a pattern a committer writes cannot hang a hook, whatever it is.
 */
export function patternFlags(pattern: Pick<PresetPattern, 'startsAtAnchor'>, custom = false): string {
  return `${pattern.startsAtAnchor ? 'y' : 'g'}${custom ? 'l' : ''}`;
}

/**
 * The source a pattern is compiled from. A built-in pattern's named group becomes a plain one
 * (its only capturing group, number 1: the presets test says so), because V8 builds a `groups`
 * object for every match of a regex with named groups, and a large diff has tens of thousands
 * of matches. Custom patterns keep their named group, and get one around the part before it
 * when they can (compileCustomPatternSource): it gives the group's offset.
 */
export function patternSource(pattern: Pick<PresetPattern, 'regex' | 'kind'>, custom = false): string {
  return custom ? compileCustomPatternSource(pattern.regex) : pattern.regex.replace(`(?<${groupOf(pattern.kind)}>`, '(');
}

interface AnchorAction {
  /** Patterns to run at this anchor's position (they start with it). */
  readonly atAnchor: number[];
  /** Patterns to run over the whole line when this anchor occurs. */
  readonly patterns: number[];
  /** When the anchor is an alias (or a case variant of one): the key it stands for. */
  aliasKey?: string;
}

/** The preset patterns for a set of enabled presets, tagged with their preset name. */
export function listPresetPatterns(
  presets: readonly PresetName[],
  envPrefix: string,
): { readonly source: string; readonly pattern: PresetPattern }[] {
  return [...new Set(presets)].flatMap((name) =>
    PRESETS[name].patterns({ envPrefix }).map((pattern) => ({ source: name, pattern })),
  );
}

/**
 * Builds a matcher for one registry. Throws DetectionError when a custom pattern does not compile,
 * lacks its `flag` group or has no anchor (the config loader reports these first).
 */
/** A declaring keyword right before a name (JS `function`, Python `def`, Kotlin `fun`, Go `func` with or without a receiver). */
const DECLARING_KEYWORD = /(?<![\w$.])(?:function\s*\*?|def|fun|func(?:\s*\([^()]{0,200}\))?)\s+$/;

/** Whether the name at `start` is declared there (a function or method), not called. Exported for its property test. */
export function isDeclaredAt(text: string, start: number): boolean {
  // The form ends in white space: after anything else (`client.isEnabled`, `(isEnabled`) the
  // expression, tried from each of 240 characters, cannot match.
  if (start === 0 || !isSpaceCode(text.charCodeAt(start - 1))) return false;
  return DECLARING_KEYWORD.test(text.slice(Math.max(0, start - 240), start));
}

/** A key expression that is a member chain (`FLAGS.MEGA_MENU`, `Keys.checkout.NEW`). */
const MEMBER_CHAIN = /^[A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*)+$/;

export function compileFlagMatcher(
  settings: MatcherSettings,
  registry: FlagRegistry | RegistryIndex,
  options: { compileRegExp?: RegExpCompiler } = {},
): FlagMatcher {
  const compile = options.compileRegExp ?? compileDirectly;
  const index = 'keyOfAlias' in registry ? registry : indexRegistry(registry);
  const anchors: string[] = [];
  const actions: AnchorAction[] = [];
  const anchorIndex = new Map<string, number>();
  const actionFor = (anchor: string): AnchorAction => {
    let position = anchorIndex.get(anchor);
    if (position === undefined) {
      position = anchors.length;
      anchorIndex.set(anchor, position);
      anchors.push(anchor);
      actions.push({ atAnchor: [], patterns: [] });
    }
    return actions[position]!;
  };

  const compileChecked = (source: string, flags: string, label: string): RegExp => {
    try {
      return compile(source, flags);
    } catch (error) {
      throw new DetectionError(`flag pattern ${label} cannot run in linear time: ${(error as Error).message}`, {
        hint: 'Fix or remove the pattern in the `flags.patterns` list of your config (`prove-hooks config` says why).',
        cause: error,
      });
    }
  };
  const patterns: CompiledPattern[] = [];
  const addPattern = (source: string, pattern: PresetPattern, custom = false): void => {
    const { regex, anchors: patternAnchors, requires, ...rest } = pattern;
    const position = patterns.length;
    patterns.push({
      ...rest,
      regex: custom ? compileChecked(patternSource(pattern, custom), patternFlags(pattern, custom), source) : compile(patternSource(pattern), patternFlags(pattern)),
      ...(requires === undefined ? {} : { requires: compile(requires, '') }),
      source,
      custom,
    });
    for (const anchor of patternAnchors) (pattern.startsAtAnchor ? actionFor(anchor).atAnchor : actionFor(anchor).patterns).push(position);
  };
  for (const { source, pattern } of listPresetPatterns(settings.presets, settings.envPrefix)) addPattern(source, pattern);
  settings.patterns.forEach((spec, position) => {
    const label = spec.name ?? `custom:${position}`;
    // Safety was checked when the config was loaded (config/schema.ts, by text/user-regex.ts); the shape is re-checked
    // here because the anchor is needed anyway.
    const check = checkCustomPatternShape(spec);
    if (!check.ok) {
      throw new DetectionError(`flags.patterns[${position}] (${label}) ${check.problem}`, {
        hint: 'Fix or remove the pattern in the `flags.patterns` list of your config.',
      });
    }
    addPattern(spec.name === undefined ? label : `custom:${spec.name}`, {
      anchors: [check.anchor],
      regex: spec.pattern,
      kind: 'call',
      keyForm: 'exact',
    }, true);
  });

  for (const flag of index.registry.flags) {
    for (const alias of flag.aliases) {
      const forms = [alias, ...generateCaseVariants(alias, settings.aliasCaseVariants)];
      for (const form of forms) {
        const action = actionFor(form);
        // An explicit alias wins over a generated variant that happens to spell the same.
        if (action.aliasKey === undefined || form === alias) action.aliasKey = flag.key;
      }
    }
  }

  // The method name an anchor stands for (an anchor may end with the call's `(`): the dynamic
  // and argument-reader checks look the called name up here.
  const anchorOfName = new Map<string, number>();
  anchors.forEach((anchor, position) => {
    const name = anchor.endsWith('(') ? anchor.slice(0, -1) : anchor;
    if (!anchorOfName.has(name) || name === anchor) anchorOfName.set(name, position);
  });
  // Patterns limited to some languages (`families`): whether each runs in a family. Line mode
  // (no file, no language) counts as `plain`.
  const runsIn = (pattern: CompiledPattern, family: LexFamily): boolean => pattern.families === undefined || pattern.families.includes(family);

  // The matcher's own literal search, for callers without a prefilter: built on first use.
  let literals: LiteralSet | undefined;
  const commentMentions = createCommentMentionReader(index);
  const hitStamp = new Uint32Array(patterns.length);
  // Where each at-anchor pattern last ran on this line: two anchors of one call form can start at
  // the same place (`variation` and `variationDetail`), and the regex needs to run there once.
  const ranStamp = new Uint32Array(patterns.length);
  const ranAt = new Int32Array(patterns.length);
  let stamp = 0;
  let line = '';
  // The line patterns to run on this line: the first `hitCount` (reused from line to line).
  const hit: number[] = [];
  let hitCount = 0;
  // The line's references; made by the first one, the size of a line's usual one reference (an
  // empty array grows to 17 slots on its first push: tens of thousands of lines in a large diff).
  let references: FlagReference[] | undefined;
  const add = (reference: FlagReference): void => {
    if (references === undefined) references = [reference];
    else references.push(reference);
  };

  // The generic method names of each enabled preset (presets' `genericMethods`).
  const genericNames = new Map([...new Set(settings.presets)].map((name) => [name as string, new Set(PRESETS[name].genericMethods ?? [])]));
  const isGeneric = (source: string, name: string): boolean => genericNames.get(source)?.has(name) === true;
  /**
   * Line mode (a diff line without its file): a generic method's call (`settings.getValue('x')`)
   * counts only on a receiver the line shows as a client; what the line cannot show (a bare call,
   * a chain continued from the line above) is kept, as before the receiver rule.
   */
  const keepsInLine = (pattern: CompiledPattern, start: number): boolean =>
    pattern.custom || !isGeneric(pattern.source, line.slice(start, identifierEnd(line, start))) || isSdkReceiverInLine(line, start);

  // Indexed loops below: they run for every anchor of every selected line, much of it before V8
  // has optimized them, where an iterator per loop costs more than the loop's body.
  /** One anchor occurrence: run its at-anchor patterns, note its line patterns, read an alias. */
  const onAnchor = (literal: number, end: number): void => {
    const action = actions[literal]!;
    const text = anchors[literal]!;
    const start = end - text.length;
    const { atAnchor, patterns: linePatterns } = action;
    for (let a = 0; a < atAnchor.length; a++) {
      const position = atAnchor[a]!;
      if (ranStamp[position] === stamp && ranAt[position] === start) continue;
      ranStamp[position] = stamp;
      ranAt[position] = start;
      const pattern = patterns[position]!;
      if (pattern.families !== undefined && !runsIn(pattern, 'plain')) continue;
      pattern.regex.lastIndex = start;
      const match = pattern.regex.exec(line);
      if (match !== null && keepsInLine(pattern, start)) collectMatch(pattern, match, index, add);
    }
    for (let p = 0; p < linePatterns.length; p++) {
      const position = linePatterns[p]!;
      if (hitStamp[position] !== stamp) {
        hitStamp[position] = stamp;
        hit[hitCount++] = position;
      }
    }
    if (action.aliasKey !== undefined && isOnIdentifierBoundary(line, start, end, text)) {
      add(text === action.aliasKey ? { flag: action.aliasKey, index: start, source: 'alias' } : { flag: action.aliasKey, index: start, source: 'alias', written: text });
    }
  };
  const begin = (text: string): void => {
    stamp += 1;
    line = text;
    hitCount = 0;
    references = undefined;
  };
  /** The line patterns whose anchors occurred, then the references in line order. */
  const finish = (): FlagReference[] => {
    for (let h = 0; h < hitCount; h++) {
      const pattern = patterns[hit[h]!]!;
      // A built key is no reference; only the text search reports it (as a dynamic key).
      if (pattern.dynamicKey === true || (pattern.families !== undefined && !runsIn(pattern, 'plain'))) continue;
      const { regex } = pattern;
      regex.lastIndex = 0;
      for (let match = regex.exec(line); match !== null; match = regex.exec(line)) {
        if (match[0].length === 0) regex.lastIndex += 1;
        if (keepsInLine(pattern, match.index)) collectMatch(pattern, match, index, add);
      }
    }
    const found = references ?? [];
    references = undefined;
    line = '';
    return found.length < 2 ? found : deduplicate(found);
  };

  const kindOf = (pattern: CompiledPattern): ReferenceKind => pattern.referenceKind ?? (pattern.custom ? 'custom' : 'call');

  /** The whole-text search: every anchor, its patterns over the text (calls may wrap lines). */
  const resultForms = resultFormsOf(settings);
  // Destructured environment objects: looked for only where the prefix and the object are written.
  const envObjects = settings.envPrefix === '' ? [] : [...new Set(resultForms.flatMap((form) => form.envObjects ?? []))];
  // Written as a whole value, not only as a member's start (`process.env.FF_X`): what findResultReads' environment searches can match.
  // Their parents too: `const { env } = process` binds the object by destructuring.
  const envValues = [...envObjects, ...envObjectParents(envObjects).map(([parent]) => parent)];
  const hasEnvObject = (text: string): boolean =>
    envValues.length > 0 && text.includes(settings.envPrefix) && (envValues.some((object) => namesWholeValue(text, object)) || findEnvModuleImport(text, 0) !== -1);
  // One search for any result method (most texts name none), and one per file for a consumer.
  const methodNames = [...new Set(resultForms.flatMap((form) => form.methods))];
  // Only the names that contain no other (`Treatments`, not `getTreatments`): a text names a
  // method exactly when it names one of them, and the shorter alternation is searched about twice
  // as fast.
  const shortestNames = methodNames.filter((name) => !methodNames.some((other) => other !== name && name.includes(other)));
  const findMethod = methodNames.length === 0 ? undefined : compileLiteralsFinder(shortestNames);
  const namesMethod = (text: string): boolean => findMethod !== undefined && findMethod(text, 0) !== -1;
  const consumerNames = [...new Set(resultForms.flatMap((form) => form.consumers ?? []))];
  // What the whole file names, once per file: its windows' parts are slices of it, so a part
  // names a result method or an environment object only when the file does, and most files name
  // neither (one search of the file instead of one per window, and no rename search without a
  // method to rename).
  /** The text's line-local facts, from its lines outside `skip` only (text-facts.ts). */
  const textFacts = (text: string, skip: readonly number[] = []): TextFacts => {
    const method = findMethod !== undefined && foundOutside((from) => findMethod(text, from), skip);
    const envPrefix = envObjects.length > 0 && foundOutside(literalFinder(text, settings.envPrefix), skip);
    let envObject: boolean | undefined;
    return {
      method,
      envPrefix,
      // Looked for when asked (most texts name no environment prefix, and then no one asks).
      get envObject() {
        envObject ??= envValues.some((object) => foundOutside((from) => findWholeValue(text, object, from), skip)) || foundOutside((from) => findEnvModuleImport(text, from), skip);
        return envObject;
      },
      consumer: consumerNames.some((name) => foundOutside(literalFinder(text, name), skip)),
      as: foundOutside((from) => {
        for (let at = text.indexOf('as ', from); at !== -1; at = text.indexOf('as ', at + 1)) if (at > from && text.charCodeAt(at - 1) === 32) return at - 1;
        return -1;
      }, skip),
    };
  };
  let factsFile: string | undefined;
  let facts = { method: false, env: false, consumer: false, renamed: false };
  const usedFacts = (file: TextFacts): typeof facts => ({ method: file.method, env: file.envPrefix && file.envObject, consumer: file.consumer, renamed: file.method && file.as });
  const factsOf = (wholeText: string): typeof facts => {
    if (factsFile !== wholeText) {
      factsFile = wholeText;
      const method = namesMethod(wholeText);
      facts = {
        method,
        env: hasEnvObject(wholeText),
        consumer: consumerNames.some((name) => wholeText.includes(name)),
        // A file that imports a result method under another name (`useFlags as useLDFlags`).
        renamed: method && containsAs(wholeText),
      };
    }
    return facts;
  };
  /** `text` must be `wholeText` or a part of it. */
  const matchResultReads: NonNullable<FlagMatcher['matchResultReads']> = (text, family, isCode, ranges, wholeText = text, known) => {
    const file = known === undefined ? factsOf(wholeText) : usedFacts(known);
    // The whole text's facts are the text's own: not searched for again.
    const whole = text === wholeText && known === undefined;
    if (!file.consumer && !file.renamed && !(file.method && (whole || namesMethod(text))) && !(file.env && (whole || hasEnvObject(text)))) return { references: [], dynamic: [] };
    const references: TextReference[] = [];
    const dynamic: DynamicKey[] = [];
    for (const read of findResultReads(text, family, resultForms, isCode, ranges, wholeText)) {
      if (read.dynamic === true) {
        dynamic.push({ start: read.start, index: read.index, expression: read.written, source: read.source, readKeyForm: read.keyForm });
        continue;
      }
      const resolved = resolveWritten(read.written, read.keyForm, index, read.stripPrefix);
      references.push({ ...resolved, index: read.index, source: read.source, kind: 'alias-read' as const, start: read.start, end: read.end });
    }
    return { references, dynamic };
  };
  const matchText = (text: string, lexed: LexedText): TextMatch => {
    const regionAt = (offset: number): 0 | 1 | 2 => lexed.regionAt(offset);
    // Comments inside an argument list are skipped by the argument readers (a `don't` or a backtick in one opens nothing).
    const inComment = (offset: number): boolean => regionAt(offset) === 1;
    const references: TextReference[] = [];
    const dynamic: DynamicKey[] = [];
    const ran = new Set<number>();
    const matchedAt = new Set<number>();
    const linePatterns = new Set<number>();
    const crossesOut = (start: number, end: number): boolean => {
      const region = regionAt(start);
      return region !== 0 && regionAt(end - 1) !== region;
    };
    const keep = (start: number, end: number, kind: ReferenceKind) => (reference: FlagReference): void => {
      const region = regionAt(start);
      // A call named inside a string literal (a log message, a test title) is not a call.
      if (region === 2 && kind !== 'alias-read') return;
      references.push(placeReference(reference, region === 1 ? 'comment' : kind, start, end));
    };
    // `getTreatments(key, ['a', LOCK])`, `names: [extra]`: a list element that is a name is a key
    // the text does not show, a dynamic key (read as its key later when it names a constant).
    const collectListNames = (pattern: CompiledPattern, match: RegExpExecArray, start: number): void => {
      const list = pattern.custom ? undefined : match[1];
      if (list === undefined || regionAt(start) !== 0) return;
      const listAt = match.index + match[0].length - 1 - list.length;
      for (const { expression, offset } of listNamedElements(list)) dynamic.push({ start, index: listAt + offset, expression, source: pattern.source });
    };
    // Calls whose key argument is not a literal: checked after every pattern had its chance.
    const dynamicCandidates: { start: number; end: number; position: number; pattern: CompiledPattern }[] = [];
    const onTextAnchor = (literal: number, end: number): void => {
      const action = actions[literal]!;
      const anchor = anchors[literal]!;
      const start = end - anchor.length;
      for (const position of action.atAnchor) {
        // One small integer per (pattern, offset): a key past 2^31 would be a heap number to hash.
        const key = start * patterns.length + position;
        if (ran.has(key)) continue;
        ran.add(key);
        const pattern = patterns[position]!;
        if (pattern.families !== undefined && !runsIn(pattern, lexed.family)) continue;
        pattern.regex.lastIndex = start;
        const match = pattern.regex.exec(text);
        if (match !== null && crossesOut(start, start + match[0].length)) continue;
        if (match !== null) {
          matchedAt.add(start);
          // A call spans to its closing parenthesis: a change to its default value touches it.
          const callEnd = pattern.keyArgument === undefined ? -1 : findCallEnd(text, identifierEnd(text, end), lexed.family, inComment);
          collectMatch(pattern, match, index, keep(start, Math.max(start + match[0].length, callEnd), kindOf(pattern)));
          if (pattern.kind === 'list') collectListNames(pattern, match, start);
          // Python `is_enabled("a" if beta else "b")`: the else branch is a key too.
          const otherKey = pattern.keyArgument === undefined || lexed.family !== 'python' ? undefined : readPythonElseKey(text, start + match[0].length);
          if (otherKey !== undefined) keep(start, Math.max(start + match[0].length, callEnd), kindOf(pattern))({ ...resolveWritten(otherKey.key, pattern.keyForm, index, pattern.stripPrefix), index: otherKey.index, source: pattern.source });
        } else if (pattern.keyArgument !== undefined) {
          dynamicCandidates.push({ start, end, position, pattern });
        }
      }
      for (const position of action.patterns) linePatterns.add(position);
      if (action.aliasKey !== undefined && isOnIdentifierBoundary(text, start, end, anchor)) {
        const reference: FlagReference = anchor === action.aliasKey ? { flag: action.aliasKey, index: start, source: 'alias' } : { flag: action.aliasKey, index: start, source: 'alias', written: anchor };
        keep(start, end, 'alias-read')(reference);
      }
    };
    const found = lexed.anchors;
    if (found === undefined) {
      literals ??= compileLiteralSet(anchors);
      literals.forEachMatch(text, onTextAnchor);
    } else {
      for (let k = 0; k < found.count; k++) onTextAnchor(found.anchors[k]!, found.ends[k]!);
    }
    for (const position of linePatterns) {
      const pattern = patterns[position]!;
      if (pattern.families !== undefined && !runsIn(pattern, lexed.family)) continue;
      // A text without what every match contains: the pattern's own search would find nothing.
      if (pattern.requires !== undefined && !pattern.requires.test(text)) continue;
      const { regex } = pattern;
      // Built-in line patterns are compiled with `g`, custom ones with `gd`: both scan from 0.
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        if (match[0].length === 0) regex.lastIndex += 1;
        // A match that begins in a comment or string and ends outside it is no reference:
        // look again from the next character (the code's own occurrence follows).
        if (crossesOut(match.index, match.index + match[0].length)) {
          regex.lastIndex = match.index + 1;
          continue;
        }
        if (pattern.dynamicKey === true) {
          // Its group, the start of the key expression, ends the match.
          const argument = regionAt(match.index) === 0 ? readArgumentAt(text, match.index + match[0].length - match[1]!.length, lexed.family, inComment) : undefined;
          if (argument !== undefined) dynamic.push({ start: match.index, index: argument.index, expression: argument.expression, source: pattern.source });
          continue;
        }
        collectMatch(pattern, match, index, keep(match.index, match.index + match[0].length, kindOf(pattern)));
        if (pattern.kind === 'list') collectListNames(pattern, match, match.index);
      }
    }
    const reported = new Set<number>();
    // A registry alias as the key argument is a reference, not a dynamic key.
    const aliasAt = new Set(references.filter((reference) => reference.source === 'alias').map((reference) => reference.index));
    // Of two shapes of one method (`checkGate('gate')`, `checkGate(user, 'gate')`), the one
    // whose key comes later is tried first: its first argument is the user, not the key.
    dynamicCandidates.sort((a, b) => a.start - b.start || b.pattern.keyArgument! - a.pattern.keyArgument!);
    for (const { start, end, position, pattern } of dynamicCandidates) {
      if (matchedAt.has(start) || reported.has(start) || regionAt(start) !== 0) continue;
      if (start > 0 && isIdentifierCode(text.charCodeAt(start - 1))) continue;
      // `function useFeature(key)`, Go `func (c *C) BoolVariation(key string, ...)`: a declaration, not a call.
      if (isDeclaredAt(text, start)) continue;
      // The whole name called must be one of the pattern's methods: an anchor may begin a longer
      // name that is another method (`isEnabled` in Python logging's `isEnabledFor(level)`).
      const nameEnd = identifierEnd(text, start);
      const named = anchorOfName.get(text.slice(start, nameEnd));
      if (named === undefined || !actions[named]!.atAnchor.includes(position)) continue;
      // Read by the argument reader when the pattern did not match: the arguments before the key
      // may be constructors, composite literals, builder chains or nested calls.
      const argument = readKeyArgumentValue(text, nameEnd, pattern.keyArgument!, { keywords: lexed.family === 'python', adapters: lexed.family === 'python', isComment: inComment, family: lexed.family });
      if (argument === undefined) {
        // `names.stream().anyMatch(unleash::isEnabled)`, `filter(client.is_enabled, names)`:
        // evaluates keys the text does not show.
        const reference = readMethodReference(text, start, nameEnd, lexed.family) ?? readMethodValueArgument(text, start, nameEnd, lexed.family);
        if (reference !== undefined) {
          reported.add(start);
          dynamic.push({ start, index: reference.index, expression: reference.expression, source: pattern.source });
        }
        continue;
      }
      if (aliasAt.has(argument.index)) continue;
      // `useFeature(FLAGS.MEGA_MENU)`: a member chain whose member is an alias names that flag.
      if (argument.kind === 'dynamic' && MEMBER_CHAIN.test(argument.expression) && [...aliasAt].some((at) => at > argument.index && at < argument.index + argument.expression.length)) continue;
      reported.add(start);
      if (argument.kind === 'literal') {
        matchedAt.add(start);
        const callEnd = findCallEnd(text, nameEnd, lexed.family, inComment);
        const reference = resolveWritten(argument.key, pattern.keyForm, index, pattern.stripPrefix);
        keep(start, Math.max(argument.index + argument.key.length + 1, callEnd), kindOf(pattern))({ ...reference, index: argument.index, source: pattern.source });
        continue;
      }
      // `isMobile ? 'a' : 'b'`: two literal keys, each a reference; not a dynamic key.
      const branches = readConditionalKeys(text, argument.index, lexed.family);
      if (branches !== undefined) {
        matchedAt.add(start);
        const callEnd = findCallEnd(text, nameEnd, lexed.family, inComment);
        for (const branch of branches) {
          keep(start, Math.max(branch.index + branch.key.length + 1, callEnd), kindOf(pattern))({ ...resolveWritten(branch.key, pattern.keyForm, index, pattern.stripPrefix), index: branch.index, source: pattern.source });
        }
        continue;
      }
      dynamic.push({ start, index: argument.index, expression: argument.expression, source: pattern.source });
    }
    if (lexed.withoutResultReads !== true) {
      const reads = matchResultReads(text, lexed.family, (offset) => regionAt(offset) === 0, [[0, text.length]]);
      references.push(...reads.references);
      dynamic.push(...reads.dynamic);
    }
    // Keys named in comments as prose: listed (kind `comment`), never judged.
    commentMentions.collect(text, regionAt, references, lexed.regions);
    references.sort((a, b) => a.index - b.index);
    return { references: deduplicateText(references), dynamic };
  };

  const resolveConstantKeys = (text: string, family: LexFamily, isCode: (offset: number) => boolean, dynamic: readonly DynamicKey[], imported?: ReadonlyMap<string, string>): TextMatch => {
    const references: TextReference[] = [];
    const kept: DynamicKey[] = [];
    let constants: ReturnType<typeof findStringConstants> | undefined;
    for (const key of dynamic) {
      // `FLAG as string`, `FLAG!`: the constant under a type assertion.
      const named = stripTypeAssertion(key.expression);
      if (!NAMED_EXPRESSION.test(named)) {
        kept.push(key);
        continue;
      }
      constants ??= findStringConstants(text, family, isCode);
      // A constant of the file first; else one it imports (imported-constants.ts), read by the hooks.
      const value = resolveConstantExpression(named, key.index, constants) ?? (imported === undefined ? undefined : imported.get(parseNamedKey(named)?.join('.') ?? ''));
      if (value === undefined) {
        kept.push(key);
        continue;
      }
      const callEnd = findCallEnd(text, identifierEnd(text, key.start), family, (offset) => !isCode(offset));
      // A JSX attribute's constant (`<IfFeatureEnabled feature={FLAGS.X}>`) stays a JSX reference.
      // A result object's read (`flags[FLAG]`) resolves as the object names its keys.
      const kind = key.readKeyForm !== undefined ? 'alias-read' : text.charAt(key.start) === '<' ? 'jsx' : 'call';
      references.push({ ...resolveWritten(value, key.readKeyForm ?? 'exact', index), index: key.index, source: key.source, kind, start: key.start, end: Math.max(key.index + key.expression.length, callEnd) });
    }
    return { references, dynamic: kept };
  };

  const matchRenamedCalls = (text: string, family: LexFamily, isCode: (offset: number) => boolean): TextMatch => {
    const references: TextReference[] = [];
    const dynamic: DynamicKey[] = [];
    const renames = new Map<string, { local: string; methodStart?: number }[]>();
    for (const [imported, locals] of findImportRenames(text)) renames.set(imported, locals.map((local) => ({ local })));
    // `const v = client.variation.bind(client)`: `v(...)` is the method's call on that receiver.
    // Python `check = client.is_enabled`, Go `eval := s.ld.BoolVariation`: the same, without `.bind`.
    for (const { method, local, methodStart } of findBoundMethods(text, family)) {
      if (!anchorOfName.has(method) || !isCode(methodStart)) continue;
      const entry = renames.get(method);
      if (entry === undefined) renames.set(method, [{ local, methodStart }]);
      else entry.push({ local, methodStart });
    }
    let bindings: SdkBindings | undefined;
    // Where a local name stands alone (not after a dot): from one index of the text's words, so
    // that many renames cost their own occurrences, not a read of the text each.
    let words: Map<string, number[]> | undefined;
    const callsOf = (local: string): number[] => {
      if (!isWord(local)) return [...text.matchAll(new RegExp(String.raw`(?<![\w$.])${escapeRegExp(local)}(?![\w$])`, 'g'))].map((match) => match.index);
      words ??= indexWords(text);
      return (words.get(local) ?? []).filter((at) => text.charAt(at - 1) !== '.');
    };
    for (const [imported, locals] of renames) {
      const named = anchorOfName.get(imported);
      if (named === undefined) continue;
      // Of two shapes of one method, the one whose key comes later first (as for dynamic keys).
      const shapes = actions[named]!.atAnchor
        .map((position) => patterns[position]!)
        .filter((pattern) => pattern.keyArgument !== undefined && runsIn(pattern, family))
        .sort((a, b) => b.keyArgument! - a.keyArgument!);
      if (shapes.length === 0) continue;
      for (const { local, methodStart } of locals) {
        if (anchorOfName.has(local)) continue;
        // A generic method bound on a receiver that is no SDK client (`logger.isEnabled.bind(logger)`).
        if (methodStart !== undefined && shapes.some((pattern) => isGeneric(pattern.source, imported))) {
          bindings ??= new SdkBindings(text, family);
          if (!isSdkReceiverAt(text, methodStart, bindings)) continue;
        }
        for (const at of callsOf(local)) {
          if (!isCode(at)) continue;
          const nameEnd = at + local.length;
          for (const pattern of shapes) {
            const argument = readKeyArgumentValue(text, nameEnd, pattern.keyArgument!, { keywords: family === 'python', family });
            if (argument === undefined) continue;
            if (argument.kind === 'literal') {
              const callEnd = findCallEnd(text, nameEnd, family, (offset) => !isCode(offset));
              const reference = resolveWritten(argument.key, pattern.keyForm, index, pattern.stripPrefix);
              references.push({ ...reference, index: argument.index, source: pattern.source, kind: kindOf(pattern), start: at, end: Math.max(argument.index + argument.key.length + 1, callEnd) });
            } else {
              dynamic.push({ start: at, index: argument.index, expression: argument.expression, source: pattern.source });
            }
            break;
          }
        }
      }
    }
    return { references, dynamic };
  };


  return {
    anchors,
    matchText,
    matchRenamedCalls,
    keepSdkReceivers: (text, family, found) => keepSdkReceivers(text, family, found, isGeneric),
    resolveConstantKeys,
    matchResultReads,
    textFacts,
    matchLine(text) {
      literals ??= compileLiteralSet(anchors);
      begin(text);
      literals.forEachMatch(text, onAnchor);
      return finish();
    },
    matchAnchors(text, found, ends, count) {
      begin(text);
      for (let k = 0; k < count; k++) onAnchor(found[k]!, ends[k]!);
      return finish();
    },
  };
}

/** The result-object forms of the settings' presets, with the preset they come from (and the env prefix). */
export function resultFormsOf(settings: Pick<MatcherSettings, 'presets' | 'envPrefix'>): ResultObjectSpec[] {
  return [...new Set(settings.presets)].flatMap((name) =>
    (PRESETS[name].resultObjects ?? []).map((form) => (form.envObjects === undefined ? { ...form, source: name } : { ...form, source: name, envPrefix: settings.envPrefix })),
  );
}

/** A dynamic key that may name a constant: `FLAG`, `Flags.DARK`, `Flags.DARK.value`, `string(DarkMode)`. */
const NAMED_EXPRESSION = /^(?:(?:string|str|String)\(\s*)?[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*){0,2}(?:\s*\))?$/;

/** Sorted references without a second one at the same offset for the same flag (two patterns of one call). */
function deduplicateText(references: TextReference[]): TextReference[] {
  const kept: TextReference[] = [];
  for (const reference of references) {
    let duplicate = false;
    for (let k = kept.length - 1; k >= 0 && kept[k]!.index === reference.index; k--) if (kept[k]!.flag === reference.flag) duplicate = true;
    if (!duplicate) kept.push(reference);
  }
  return kept;
}

/** Where the identifier that goes on at `from` ends (an anchor may be the start of a longer method name). */
function identifierEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isIdentifierCode(text.charCodeAt(end))) end++;
  return end;
}
