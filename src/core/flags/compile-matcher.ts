// Compiles presets, custom patterns and registry aliases into one FlagMatcher: a literal set
// finds the anchors of a line in one pass, and only the patterns whose anchors occur are run.
import { generateCaseVariants, isOnIdentifierBoundary, type CaseVariant } from './aliases.js';
import { checkCustomPattern, type CustomPatternSpec } from './custom-pattern.js';
import { compileLiteralSet } from './literal-set.js';
import type { FlagMatcher, FlagReference } from './matcher.js';
import { PRESETS } from './presets/index.js';
import type { PresetName } from './presets/names.js';
import type { PresetPattern } from './presets/preset.js';
import { indexRegistry, type FlagRegistry, type RegistryIndex } from './registry.js';
import { DetectionError } from '../../errors.js';

/** The part of the `flags` config the matcher depends on. */
export interface MatcherSettings {
  readonly presets: readonly PresetName[];
  readonly envPrefix: string;
  readonly patterns: readonly CustomPatternSpec[];
  readonly aliasCaseVariants: readonly CaseVariant[];
}

/** Compiles a regex source; injected so a process-wide cache can share compiled regexes. */
export type RegExpCompiler = (source: string, flags: string) => RegExp;

const compileDirectly: RegExpCompiler = (source, flags) => new RegExp(source, flags);

/** Flags every pattern is compiled with: `g` to find every match, `d` for group offsets. */
export const PATTERN_FLAGS = 'gd';

interface CompiledPattern extends Omit<PresetPattern, 'regex' | 'anchors'> {
  readonly regex: RegExp;
  readonly source: string;
}

interface AnchorAction {
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
 * Builds a matcher for one registry. Throws DetectionError when a custom pattern is unusable
 * (the config loader checks the same things earlier, so this is a last line of defence).
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
      actions.push({ patterns: [] });
    }
    return actions[position]!;
  };

  const patterns: CompiledPattern[] = [];
  const addPattern = (source: string, pattern: PresetPattern): void => {
    const { regex, anchors: patternAnchors, ...rest } = pattern;
    const position = patterns.length;
    patterns.push({ ...rest, regex: compile(regex, PATTERN_FLAGS), source });
    for (const anchor of patternAnchors) actionFor(anchor).patterns.push(position);
  };
  for (const { source, pattern } of listPresetPatterns(settings.presets, settings.envPrefix)) addPattern(source, pattern);
  settings.patterns.forEach((spec, position) => {
    const label = spec.name ?? `custom:${position}`;
    const check = checkCustomPattern(spec);
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
    });
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

  const literals = compileLiteralSet(anchors);
  const hitStamp = new Uint32Array(patterns.length);
  let stamp = 0;

  return {
    anchors,
    matchLine(line) {
      stamp += 1;
      const hit: number[] = [];
      const references: FlagReference[] = [];
      literals.forEachMatch(line, (literal, end) => {
        const action = actions[literal]!;
        for (const position of action.patterns) {
          if (hitStamp[position] !== stamp) {
            hitStamp[position] = stamp;
            hit.push(position);
          }
        }
        if (action.aliasKey !== undefined) {
          const text = anchors[literal]!;
          const start = end - text.length;
          if (isOnIdentifierBoundary(line, start, end, text)) {
            references.push({ flag: action.aliasKey, index: start, source: 'alias', ...(text === action.aliasKey ? {} : { written: text }) });
          }
        }
      });
      for (const position of hit) collectMatches(patterns[position]!, line, index, references);
      return deduplicate(references);
    },
  };
}

function collectMatches(pattern: CompiledPattern, line: string, index: RegistryIndex, out: FlagReference[]): void {
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let match = regex.exec(line); match !== null; match = regex.exec(line)) {
    if (match[0].length === 0) regex.lastIndex += 1;
    const groups = match.indices?.groups;
    if (pattern.kind === 'call') {
      const written = match.groups?.flag;
      const at = groups?.flag?.[0];
      if (written !== undefined && at !== undefined) out.push(resolveReference(written, at, pattern, index));
    } else {
      const group = pattern.kind === 'list' ? 'list' : 'names';
      const text = match.groups?.[group];
      const at = groups?.[group]?.[0];
      if (text === undefined || at === undefined) continue;
      const names = pattern.kind === 'list' ? listStrings(text) : destructuredNames(text);
      for (const { name, offset } of names) {
        if (pattern.requirePrefix !== undefined && !name.startsWith(pattern.requirePrefix)) continue;
        out.push(resolveReference(name, at + offset, pattern, index));
      }
    }
  }
}

/** Maps what the code wrote to a registry key: key, alias, then (normalized forms) letters and digits. */
function resolveReference(written: string, at: number, pattern: CompiledPattern, index: RegistryIndex): FlagReference {
  const base = { index: at, source: pattern.source };
  if (index.get(written) !== undefined) return { ...base, flag: written };
  const aliasKey = index.keyOfAlias(written);
  if (aliasKey !== undefined) return { ...base, flag: aliasKey, written };
  if (pattern.keyForm === 'normalized') {
    const stripped =
      pattern.stripPrefix !== undefined && written.startsWith(pattern.stripPrefix) ? written.slice(pattern.stripPrefix.length) : written;
    const key = index.get(stripped) !== undefined ? stripped : index.keyOfNormalized(stripped);
    return { ...base, flag: key ?? stripped, written };
  }
  return { ...base, flag: written };
}

const STRING_LITERAL = /['"`]([^'"`\s\\$]{1,256})['"`]/g;

function listStrings(text: string): { name: string; offset: number }[] {
  return [...text.matchAll(STRING_LITERAL)].map((match) => ({ name: match[1]!, offset: match.index + 1 }));
}

const PROPERTY = /(?:^|,)\s*(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*(?=[:=,]|$)/g;

/** Property names of a destructuring pattern `{ a, b: c, 'd-e': f, g = 1, ...rest }`. */
function destructuredNames(text: string): { name: string; offset: number }[] {
  const names: { name: string; offset: number }[] = [];
  // Only top-level properties: drop the right-hand sides (renames, defaults) before reading.
  const cleaned = text.replace(/[:=][^,]*/g, (rhs) => ' '.repeat(rhs.length));
  for (const match of cleaned.matchAll(PROPERTY)) {
    const name = match[2] ?? match[3];
    if (name === undefined) continue;
    names.push({ name, offset: match.index + match[0].indexOf(name) });
  }
  return names;
}

function deduplicate(references: FlagReference[]): FlagReference[] {
  const seen = new Set<string>();
  const unique = references.filter((reference) => {
    const id = `${reference.index}\u0000${reference.flag}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.sort((a, b) => a.index - b.index);
}
