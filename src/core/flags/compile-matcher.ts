// Compiles presets, custom patterns and registry aliases into one FlagMatcher: a literal set
// finds the anchors of a line in one pass, and only the patterns whose anchors occur are run.
import { generateCaseVariants, isOnIdentifierBoundary, type CaseVariant } from './aliases.js';
import { checkCustomPatternShape, compileCustomPatternSource, type CustomPatternSpec } from './custom-pattern.js';
import { compileLiteralSet, type LiteralSet } from './literal-set.js';
import type { FlagMatcher, FlagReference } from './matcher.js';
import { PRESETS } from './presets/index.js';
import type { PresetName } from './presets/names.js';
import type { PresetPattern } from './presets/preset.js';
import { collectMatch, deduplicate, groupOf, type CompiledPattern } from './match-reading.js';
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
 * (src/cache/linear-regexp.ts): the default compiler here cannot compile them.
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
    const { regex, anchors: patternAnchors, ...rest } = pattern;
    const position = patterns.length;
    patterns.push({ ...rest, regex: custom ? compileChecked(patternSource(pattern, custom), patternFlags(pattern, custom), source) : compile(patternSource(pattern), patternFlags(pattern)), source, custom });
    for (const anchor of patternAnchors) (pattern.startsAtAnchor ? actionFor(anchor).atAnchor : actionFor(anchor).patterns).push(position);
  };
  for (const { source, pattern } of listPresetPatterns(settings.presets, settings.envPrefix)) addPattern(source, pattern);
  settings.patterns.forEach((spec, position) => {
    const label = spec.name ?? `custom:${position}`;
    // Safety was checked when the config was loaded (pattern-safety.ts); the shape is re-checked
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

  // The matcher's own literal search, for callers without a prefilter: built on first use.
  let literals: LiteralSet | undefined;
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
      pattern.regex.lastIndex = start;
      const match = pattern.regex.exec(line);
      if (match !== null) collectMatch(pattern, match, index, add);
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
      const { regex } = pattern;
      regex.lastIndex = 0;
      for (let match = regex.exec(line); match !== null; match = regex.exec(line)) {
        if (match[0].length === 0) regex.lastIndex += 1;
        collectMatch(pattern, match, index, add);
      }
    }
    const found = references ?? [];
    references = undefined;
    line = '';
    return found.length < 2 ? found : deduplicate(found);
  };

  return {
    anchors,
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
