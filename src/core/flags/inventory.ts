// The flag inventory of a whole tree (`prove-hooks flags`), as pure aggregation: per registry
// flag its references, and the sets a team acts on (unreferenced, unknown, archived, expired and
// deprecated still referenced, dynamic keys), with the coverage of the scan.
import type { BlobReference, BlobScan, DynamicReference } from './blob-references.js';
import { normalizeKeys, suggestKey, type NormalizedKeys } from './key-suggestion.js';
import type { ReferenceKind } from './matcher.js';
import type { FlagStatus, RegistryIndex } from './registry.js';

/** Why a listed file was not scanned (`registry`: a registry file itself, whose aliases are definitions). Every skip is counted under one of these. */
export const SKIP_REASONS = ['registry', 'excluded', 'outside-scopes', 'not-a-file', 'deleted', 'binary', 'too-large', 'unreadable'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** The sets `--fail-on` can name, worst first. */
export const INVENTORY_SETS = ['unknown', 'archived', 'expired', 'deprecated', 'unreferenced', 'dynamic'] as const;
export type InventorySet = (typeof INVENTORY_SETS)[number];

/** One scanned file, with the registry (by position) that governs it. */
export interface ScannedFile {
  readonly path: string;
  readonly registry: number;
  readonly scan: BlobScan;
}

export interface SkippedFile {
  readonly path: string;
  readonly reason: SkipReason;
}

export interface InventoryRegistry {
  /** Repository-relative path of the registry file. */
  readonly source: string;
  readonly scope: string;
  readonly index: RegistryIndex;
}

export interface ReferenceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** How the code names the flag; `comment` is listed, never counted as a use. */
  readonly kind: ReferenceKind;
  readonly written?: string;
  readonly suppressed?: string;
}

export interface InventoryFlag {
  readonly key: string;
  readonly registry: string;
  readonly status: FlagStatus;
  readonly owner?: string;
  readonly expires?: string;
  /** `expires` is before today. */
  readonly expired: boolean;
  /** References in code, suppressed ones included (mentions in comments are not uses). */
  readonly references: number;
  readonly suppressed: number;
  /** Mentions in comments: listed in `locations`, not counted in `references`. */
  readonly comments: number;
  /** Files with a reference in code. */
  readonly files: number;
  /** Code references and comment mentions, by file and line. */
  readonly locations: readonly ReferenceLocation[];
}

export interface UnknownFlag {
  readonly key: string;
  /** The registry that governs the files that reference it. */
  readonly registry: string;
  readonly suggestion?: string;
  readonly references: number;
  readonly locations: readonly ReferenceLocation[];
}

export interface DynamicLocation extends DynamicReference {
  readonly file: string;
}

export interface InventoryCoverage {
  /** Files git listed for the tree. */
  readonly listed: number;
  readonly scanned: number;
  readonly skipped: Readonly<Record<SkipReason, number>>;
  readonly skippedFiles: readonly SkippedFile[];
  /** Scanned files with lines over flags.maxLineLength, which were not scanned. */
  readonly partial: readonly { readonly file: string; readonly longLines: number; readonly firstLines: readonly number[] }[];
}

export interface Inventory {
  readonly flags: readonly InventoryFlag[];
  readonly unknown: readonly UnknownFlag[];
  /** The registry flags in each set, worst first (the same objects as in `flags`). */
  readonly sets: Readonly<Record<Exclude<InventorySet, 'unknown' | 'dynamic'>, readonly InventoryFlag[]>>;
  readonly dynamic: readonly DynamicLocation[];
  readonly coverage: InventoryCoverage;
}

/** Counts references per registry flag and builds the sets. `today` is `YYYY-MM-DD`. Pure. */
export function aggregateInventory(input: {
  readonly registries: readonly InventoryRegistry[];
  readonly scanned: readonly ScannedFile[];
  readonly skipped: readonly SkippedFile[];
  readonly listed: number;
  readonly today: string;
}): Inventory {
  const { registries, today } = input;
  // Per registry: locations by key, known and unknown apart.
  const known = registries.map(() => new Map<string, ReferenceLocation[]>());
  const unknown = registries.map(() => new Map<string, ReferenceLocation[]>());
  const dynamic: DynamicLocation[] = [];
  const partial: { file: string; longLines: number; firstLines: readonly number[] }[] = [];
  const files = [...input.scanned].sort((a, b) => compareText(a.path, b.path));
  for (const file of files) {
    const registry = registries[file.registry]!;
    for (const reference of file.scan.references) {
      const isKnown = registry.index.get(reference.flag) !== undefined;
      // A key only named in a comment is no unknown flag in the code.
      if (!isKnown && reference.kind === 'comment') continue;
      const target = isKnown ? known[file.registry]! : unknown[file.registry]!;
      let list = target.get(reference.flag);
      if (list === undefined) target.set(reference.flag, (list = []));
      list.push(locationOf(file.path, reference));
    }
    for (const key of file.scan.dynamic) dynamic.push({ file: file.path, ...key });
    if (file.scan.longLineCount > 0) partial.push({ file: file.path, longLines: file.scan.longLineCount, firstLines: file.scan.longLines });
  }
  const flags: InventoryFlag[] = [];
  registries.forEach((registry, position) => {
    for (const definition of registry.index.registry.flags) flags.push(flagOf(definition, registry.source, known[position]!.get(definition.key) ?? [], today));
  });
  const unknownFlags: UnknownFlag[] = [];
  registries.forEach((registry, position) => {
    let keys: NormalizedKeys | undefined;
    for (const [key, locations] of unknown[position]!) {
      // A suppressed reference is still in the code, but the team accepted it: not reported as unknown.
      const open = locations.filter((location) => location.suppressed === undefined);
      if (open.length === 0) continue;
      keys ??= normalizeKeys(registry.index);
      unknownFlags.push(unknownOf(key, registry, open, keys));
    }
  });
  sortUnknown(unknownFlags);
  const sets = setsOf(flags);
  const skipped = Object.fromEntries(SKIP_REASONS.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  for (const file of input.skipped) skipped[file.reason] += 1;
  return {
    flags,
    unknown: unknownFlags,
    sets,
    dynamic,
    coverage: {
      listed: input.listed,
      scanned: input.scanned.length,
      skipped,
      skippedFiles: [...input.skipped].sort((a, b) => compareText(a.path, b.path)),
      partial,
    },
  };
}

type FlagDefinition = InventoryRegistry['index']['registry']['flags'][number];

/** A registry flag's entry from its locations (in file order, comment mentions included). Pure. */
export function flagOf(definition: FlagDefinition, source: string, locations: readonly ReferenceLocation[], today: string): InventoryFlag {
  const inCode = locations.filter((location) => location.kind !== 'comment');
  return {
    key: definition.key,
    registry: source,
    status: definition.status,
    ...(definition.owner === undefined ? {} : { owner: definition.owner }),
    ...(definition.expires === undefined ? {} : { expires: definition.expires }),
    expired: definition.expires !== undefined && definition.expires < today,
    references: inCode.length,
    suppressed: inCode.filter((location) => location.suppressed !== undefined).length,
    comments: locations.length - inCode.length,
    files: new Set(inCode.map((location) => location.file)).size,
    locations,
  };
}

/** An unknown key's entry from its open (unsuppressed) locations, with its did-you-mean. */
export function unknownOf(key: string, registry: InventoryRegistry, open: readonly ReferenceLocation[], keys: NormalizedKeys): UnknownFlag {
  const suggestion = suggestKey(open[0]!.written ?? key, registry.index, keys);
  return { key, registry: registry.source, ...(suggestion === undefined ? {} : { suggestion }), references: open.length, locations: open };
}

/** Most referenced first, then by key; stable, so equal ones keep their registry order. */
export function sortUnknown(list: UnknownFlag[]): UnknownFlag[] {
  return list.sort((a, b) => b.references - a.references || compareText(a.key, b.key));
}

/** The sets of the registry flags, worst first. */
export function setsOf(flags: readonly InventoryFlag[]): Inventory['sets'] {
  const openReferences = (flag: InventoryFlag): number => flag.references - flag.suppressed;
  const byReferences = (list: InventoryFlag[]): InventoryFlag[] => list.sort((a, b) => openReferences(b) - openReferences(a) || compareText(a.key, b.key));
  return {
    archived: byReferences(flags.filter((flag) => flag.status === 'archived' && openReferences(flag) > 0)),
    expired: byReferences(flags.filter((flag) => flag.expired && flag.status !== 'archived' && openReferences(flag) > 0)),
    deprecated: byReferences(flags.filter((flag) => flag.status === 'deprecated' && openReferences(flag) > 0)),
    unreferenced: flags.filter((flag) => flag.status !== 'archived' && flag.references === 0).sort((a, b) => compareText(a.key, b.key)),
  };
}

/** The sets of `names` that are not empty (for `--fail-on`). */
export function findFailingSets(inventory: Inventory, names: readonly InventorySet[]): InventorySet[] {
  return names.filter((name) => countOfSet(inventory, name) > 0);
}

/** How many entries a set has. */
export function countOfSet(inventory: Inventory, name: InventorySet): number {
  if (name === 'unknown') return inventory.unknown.length;
  if (name === 'dynamic') return inventory.dynamic.length;
  return inventory.sets[name].length;
}

/** Parses `--fail-on unknown,archived`: the set names, or the unknown names it had. */
export function parseFailOn(spec: string): { ok: true; sets: InventorySet[] } | { ok: false; unknown: string[] } {
  const names = spec.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknownNames = names.filter((name) => !(INVENTORY_SETS as readonly string[]).includes(name));
  return unknownNames.length > 0 ? { ok: false, unknown: unknownNames } : { ok: true, sets: [...new Set(names as InventorySet[])] };
}

export function locationOf(file: string, reference: BlobReference): ReferenceLocation {
  // Built without spreads: a large repository has a hundred thousand of these.
  const location: { file: string; line: number; column: number; kind: BlobReference['kind']; written?: string; suppressed?: string } = { file, line: reference.line, column: reference.column, kind: reference.kind };
  if (reference.written !== undefined) location.written = reference.written;
  if (reference.suppressed !== undefined) location.suppressed = reference.suppressed;
  return location;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
