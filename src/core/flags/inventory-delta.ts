// The flag inventory kept between runs and brought up to date from the files that changed: a warm
// run of `prove-hooks flags` applies the results of a few blobs to the previous run's aggregate
// instead of aggregating the results of every blob again. Pure; the result equals what
// aggregateInventory gives on every file (the property test of the incremental inventory checks it).
import type { DynamicReference } from './blob-references.js';
import {
  SKIP_REASONS,
  compareText,
  flagOf,
  locationOf,
  setsOf,
  sortUnknown,
  unknownOf,
  type DynamicLocation,
  type Inventory,
  type InventoryCoverage,
  type InventoryFlag,
  type InventoryRegistry,
  type ReferenceLocation,
  type ScannedFile,
  type SkipReason,
  type SkippedFile,
  type UnknownFlag,
} from './inventory.js';
import { normalizeKeys } from './key-suggestion.js';

/** What one scanned (or content-skipped) file adds to the inventory, and the key of its result. */
export interface FileEntry {
  readonly path: string;
  /** The registry position and blob cache key of the result: a file whose key is unchanged is not read again. '' never matches. */
  readonly key: string;
  readonly registry: number;
  /** Set when the file was not scanned (binary, too large, deleted, unreadable). */
  readonly skip?: SkipReason;
  // The fields below are left out when empty (none, 0): the snapshot keeps an entry per file, and
  // most files reference nothing; a warm run parses every entry.
  /** Positions (in Inventory.flags) of the flags this file has locations of. */
  readonly flags?: readonly number[];
  /** Unknown keys this file has open references to. */
  readonly unknown?: readonly string[];
  readonly dynamic?: readonly DynamicReference[];
  readonly longLineCount?: number;
  readonly longLines?: readonly number[];
}

/** The counts of a registry flag (its locations are kept apart, serialised). */
export interface FlagCounts {
  readonly references: number;
  readonly suppressed: number;
  readonly comments: number;
  readonly files: number;
}

/** What the files' entries add up to besides the flags: kept so that a warm run reads only the entries of the files it looks at. */
export interface FileSummary {
  readonly scanned: number;
  /** In path order, each file's in its order. */
  readonly dynamic: readonly DynamicLocation[];
  readonly partial: InventoryCoverage['partial'];
  /** The files skipped for their content (binary, too large, deleted, unreadable), in path order. */
  readonly contentSkipped: readonly SkippedFile[];
}

type UnknownState = InventoryState['unknown'];

export interface InventoryState {
  /** Sorted by path. */
  readonly files: readonly FileEntry[];
  /** Per position in Inventory.flags. */
  readonly counts: readonly FlagCounts[];
  /** The unknown keys with open references, in registry order (registry position kept). */
  readonly unknown: readonly { readonly registry: number; readonly key: string; readonly locations: readonly ReferenceLocation[] }[];
  /** Of `files`: summaryOf(files). */
  readonly summary: FileSummary;
}

/**
 * The previous run's state as a warm run reads it: its counts, unknown keys and summary, and the
 * entries of the files asked for (a large repository has tens of thousands, most unchanged).
 */
export interface PreviousState {
  readonly fileCount: number;
  readonly counts: InventoryState['counts'];
  readonly unknown: UnknownState;
  readonly summary: FileSummary;
  /** The entries of these paths (those it has), in no particular order. */
  entriesOf(paths: ReadonlySet<string>): readonly FileEntry[];
  /** Every entry, sorted by path. */
  allFiles(): readonly FileEntry[];
  /** Whether an entry has this result key (a file renamed or copied keeps its key under another path). */
  hasKey(key: string): boolean;
  /** The paths whose result cannot be kept (key ''): deleted, unreadable, a too-large changed file. */
  unkeptPaths(): readonly string[];
}

/** What the entries (sorted by path) add up to, as aggregateInventory counts it. */
export function summaryOf(files: readonly FileEntry[]): FileSummary {
  const dynamic: DynamicLocation[] = [];
  const partial: { file: string; longLines: number; firstLines: readonly number[] }[] = [];
  const contentSkipped: SkippedFile[] = [];
  let scanned = 0;
  for (const entry of files) {
    if (entry.skip !== undefined) {
      contentSkipped.push({ path: entry.path, reason: entry.skip });
      continue;
    }
    scanned += 1;
    for (const key of entry.dynamic ?? []) dynamic.push({ file: entry.path, ...key });
    if (entry.longLineCount !== undefined && entry.longLineCount > 0) partial.push({ file: entry.path, longLines: entry.longLineCount, firstLines: entry.longLines ?? [] });
  }
  return { scanned, dynamic, partial, contentSkipped };
}

/** A file's result this run: scanned, or skipped for its content. */
export type FileResult = { readonly path: string; readonly key: string; readonly registry: number } & ({ readonly scan: ScannedFile['scan'] } | { readonly skip: SkipReason });

/** Per registry: key -> positions in Inventory.flags (a key defined twice has two). */
function flagPositions(registries: readonly InventoryRegistry[]): Map<string, number[]>[] {
  let offset = 0;
  return registries.map((registry) => {
    const positions = new Map<string, number[]>();
    registry.index.registry.flags.forEach((definition, at) => {
      let list = positions.get(definition.key);
      if (list === undefined) positions.set(definition.key, (list = []));
      list.push(offset + at);
    });
    offset += registry.index.registry.flags.length;
    return positions;
  });
}

interface Contribution {
  readonly entry: FileEntry;
  readonly flagLocations: Map<number, ReferenceLocation[]>;
  readonly unknownLocations: Map<string, ReferenceLocation[]>;
}

/** What a file's result adds, as aggregateInventory counts it. */
function contributionOf(result: FileResult, registries: readonly InventoryRegistry[], positions: readonly Map<string, number[]>[]): Contribution {
  const flagLocations = new Map<number, ReferenceLocation[]>();
  const unknownLocations = new Map<string, ReferenceLocation[]>();
  if (!('scan' in result)) {
    return { entry: { path: result.path, key: result.key, registry: result.registry, skip: result.skip }, flagLocations, unknownLocations };
  }
  const registry = registries[result.registry]!;
  for (const reference of result.scan.references) {
    const isKnown = registry.index.get(reference.flag) !== undefined;
    if (!isKnown) {
      // Comment mentions and suppressed references of unknown keys are not reported.
      if (reference.kind === 'comment' || reference.suppressed !== undefined) continue;
      let list = unknownLocations.get(reference.flag);
      if (list === undefined) unknownLocations.set(reference.flag, (list = []));
      list.push(locationOf(result.path, reference));
      continue;
    }
    for (const position of positions[result.registry]!.get(reference.flag) ?? []) {
      let list = flagLocations.get(position);
      if (list === undefined) flagLocations.set(position, (list = []));
      list.push(locationOf(result.path, reference));
    }
  }
  const entry: { -readonly [K in keyof FileEntry]: FileEntry[K] } = { path: result.path, key: result.key, registry: result.registry };
  if (flagLocations.size > 0) entry.flags = [...flagLocations.keys()];
  if (unknownLocations.size > 0) entry.unknown = [...unknownLocations.keys()];
  if (result.scan.dynamic.length > 0) entry.dynamic = result.scan.dynamic;
  if (result.scan.longLineCount > 0) entry.longLineCount = result.scan.longLineCount;
  if (result.scan.longLines.length > 0) entry.longLines = result.scan.longLines;
  return { entry, flagLocations, unknownLocations };
}

/**
 * A file's entry as contributionOf gives it, without its locations: a cold run builds one per file
 * of the repository, so no map per file (the flags a file touches are told apart by a stamp per
 * flag position, its unknown keys by a set made only for a file that has one).
 */
function createEntryReader(positions: readonly Map<string, number[]>[], flagCount: number): (result: FileResult) => FileEntry {
  const stamps = new Uint32Array(flagCount);
  let stamp = 0;
  return (result) => {
    if (!('scan' in result)) return { path: result.path, key: result.key, registry: result.registry, skip: result.skip };
    const own = positions[result.registry]!;
    stamp += 1;
    let flags: number[] | undefined;
    let unknown: Set<string> | undefined;
    for (const reference of result.scan.references) {
      const at = own.get(reference.flag);
      if (at === undefined) {
        // As contributionOf: comment mentions and suppressed references of unknown keys are not reported.
        if (reference.kind === 'comment' || reference.suppressed !== undefined) continue;
        (unknown ??= new Set()).add(reference.flag);
        continue;
      }
      for (const position of at) {
        if (stamps[position] === stamp) continue;
        stamps[position] = stamp;
        (flags ??= []).push(position);
      }
    }
    const entry: { -readonly [K in keyof FileEntry]: FileEntry[K] } = { path: result.path, key: result.key, registry: result.registry };
    if (flags !== undefined) entry.flags = flags;
    if (unknown !== undefined) entry.unknown = [...unknown];
    if (result.scan.dynamic.length > 0) entry.dynamic = result.scan.dynamic;
    if (result.scan.longLineCount > 0) entry.longLineCount = result.scan.longLineCount;
    if (result.scan.longLines.length > 0) entry.longLines = result.scan.longLines;
    return entry;
  };
}

const countsOf = (flag: InventoryFlag): FlagCounts => ({ references: flag.references, suppressed: flag.suppressed, comments: flag.comments, files: flag.files });

/** The state of an inventory aggregateInventory built from these results (a cold run's). */
export function stateOf(inventory: Inventory, results: readonly FileResult[], registries: readonly InventoryRegistry[]): InventoryState {
  const positions = flagPositions(registries);
  // Only which flags and keys each file touches: the locations are the inventory's.
  const entryOf = createEntryReader(positions, registries.reduce((total, registry) => total + registry.index.registry.flags.length, 0));
  const files = results.map(entryOf).sort((a, b) => compareText(a.path, b.path));
  const sources = new Map(registries.map((registry, position) => [registry.source, position]));
  const unknown = inventory.unknown
    .map((flag) => ({ registry: sources.get(flag.registry) ?? 0, key: flag.key, locations: flag.locations }))
    .sort((a, b) => a.registry - b.registry);
  return { files, counts: inventory.flags.map(countsOf), unknown, summary: summaryOf(files) };
}

export interface UpdatedInventory {
  readonly inventory: Inventory;
  /** The new state, for the snapshot: reads every previous entry (only when the snapshot is written again). */
  state(): InventoryState;
  /** Positions of the flags whose locations changed (the others' are the previous ones). */
  readonly changedFlags: ReadonlySet<number>;
}

/**
 * The inventory after the files not in `kept` changed: `fresh` holds the results of every file
 * that is not kept (new, changed), `kept` the paths whose previous entries still hold. Only the
 * `examined` entries of the previous state may have changed (with the same index, those of the
 * files looked at; otherwise all): every other entry is kept without being read.
 * `previousLocations(position)` gives a flag's previous locations; `lazyLocations` the same,
 * read only when asked for (the flags that did not change).
 */
export function updateInventory(input: {
  readonly registries: readonly InventoryRegistry[];
  readonly today: string;
  readonly listed: number;
  readonly previous: PreviousState;
  readonly examined: readonly FileEntry[];
  readonly kept: { has(path: string): boolean };
  readonly fresh: readonly FileResult[];
  /** Files skipped before any read (registry files, excluded, outside the scopes, not files). */
  readonly skipped: readonly SkippedFile[];
  readonly previousLocations: (position: number) => readonly ReferenceLocation[];
}): UpdatedInventory {
  const { registries, today, previous } = input;
  const positions = flagPositions(registries);
  const removedPaths = new Set<string>();
  const changedFlags = new Set<number>();
  const changedUnknown = new Set<string>();
  const unknownId = (registry: number, key: string): string => `${registry}\u0000${key}`;
  const removedEntries: FileEntry[] = [];
  for (const entry of input.examined) {
    if (input.kept.has(entry.path)) continue;
    removedPaths.add(entry.path);
    removedEntries.push(entry);
    for (const position of entry.flags ?? []) changedFlags.add(position);
    for (const key of entry.unknown ?? []) changedUnknown.add(unknownId(entry.registry, key));
  }
  const added = input.fresh.map((result) => contributionOf(result, registries, positions)).sort((a, b) => compareText(a.entry.path, b.entry.path));
  // The new locations per flag and per unknown key, in file order.
  const freshFlags = new Map<number, ReferenceLocation[]>();
  const freshUnknown = new Map<string, ReferenceLocation[]>();
  const addTo = <K>(map: Map<K, ReferenceLocation[]>, key: K, locations: readonly ReferenceLocation[]): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [...locations]);
    else list.push(...locations);
  };
  for (const { entry, flagLocations, unknownLocations } of added) {
    for (const [position, locations] of flagLocations) {
      changedFlags.add(position);
      addTo(freshFlags, position, locations);
    }
    for (const [key, locations] of unknownLocations) {
      changedUnknown.add(unknownId(entry.registry, key));
      addTo(freshUnknown, unknownId(entry.registry, key), locations);
    }
  }
  const byFile = (a: ReferenceLocation, b: ReferenceLocation): number => compareText(a.file, b.file);
  // The changed flags' locations: the previous ones of kept files, and the new ones, in file order (stable within a file).
  const merged = (previousList: readonly ReferenceLocation[], fresh: readonly ReferenceLocation[]): ReferenceLocation[] =>
    [...previousList.filter((location) => !removedPaths.has(location.file)), ...fresh].sort(byFile);
  const flags: InventoryFlag[] = [];
  const counts: FlagCounts[] = [];
  let position = 0;
  registries.forEach((registry) => {
    for (const definition of registry.index.registry.flags) {
      const at = position++;
      if (changedFlags.has(at)) {
        const flag = flagOf(definition, registry.source, merged(input.previousLocations(at), freshFlags.get(at) ?? []), today);
        flags.push(flag);
        counts.push(countsOf(flag));
        continue;
      }
      const count = previous.counts[at]!;
      counts.push(count);
      flags.push(lazyFlag(flagOf(definition, registry.source, [], today), count, () => input.previousLocations(at)));
    }
  });
  // Unknown keys: the unchanged ones as they were, the changed ones merged again.
  const unknownState: { registry: number; key: string; locations: readonly ReferenceLocation[] }[] = [];
  const seen = new Set<string>();
  for (const flag of previous.unknown) {
    const id = unknownId(flag.registry, flag.key);
    seen.add(id);
    if (!changedUnknown.has(id)) {
      unknownState.push(flag);
      continue;
    }
    const locations = merged(flag.locations, freshUnknown.get(id) ?? []);
    if (locations.length > 0) unknownState.push({ registry: flag.registry, key: flag.key, locations });
  }
  for (const { entry, unknownLocations } of added) {
    for (const key of unknownLocations.keys()) {
      const id = unknownId(entry.registry, key);
      if (seen.has(id)) continue;
      seen.add(id);
      unknownState.push({ registry: entry.registry, key, locations: freshUnknown.get(id)! });
    }
  }
  unknownState.sort((a, b) => a.registry - b.registry);
  const normalized = registries.map(() => undefined as ReturnType<typeof normalizeKeys> | undefined);
  const unknown: UnknownFlag[] = sortUnknown(
    unknownState.map((flag) => {
      const registry = registries[flag.registry]!;
      const keys = (normalized[flag.registry] ??= normalizeKeys(registry.index));
      return unknownOf(flag.key, registry, flag.locations, keys);
    }),
  );
  const summary = updateSummary(previous.summary, removedPaths, removedEntries, added.map((contribution) => contribution.entry));
  const { dynamic, partial, contentSkipped, scanned } = summary;
  const skippedFiles = [...input.skipped, ...contentSkipped].sort((a, b) => compareText(a.path, b.path));
  const skipped = Object.fromEntries(SKIP_REASONS.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  for (const file of skippedFiles) skipped[file.reason] += 1;
  const inventory: Inventory = {
    flags,
    unknown,
    sets: setsOf(flags),
    dynamic,
    coverage: { listed: input.listed, scanned, skipped, skippedFiles, partial },
  };
  const state = (): InventoryState => {
    const files = [...previous.allFiles().filter((entry) => !removedPaths.has(entry.path)), ...added.map((contribution) => contribution.entry)].sort((a, b) => compareText(a.path, b.path));
    return { files, counts, unknown: unknownState, summary };
  };
  return { inventory, state, changedFlags };
}

/**
 * The summary after the removed entries left and the added ones came: the same lists summaryOf
 * gives on the new entries (each list is in path order and a file's items stay together, so a
 * stable sort by path of the kept ones and the added ones is the new entries' order).
 */
function updateSummary(previous: FileSummary, removedPaths: ReadonlySet<string>, removed: readonly FileEntry[], added: readonly FileEntry[]): FileSummary {
  const fresh = summaryOf(added);
  const byFile = (a: { file: string }, b: { file: string }): number => compareText(a.file, b.file);
  const unchanged = <T>(list: readonly T[], pathOf: (item: T) => string): T[] => (removedPaths.size === 0 ? [...list] : list.filter((item) => !removedPaths.has(pathOf(item))));
  return {
    scanned: previous.scanned - removed.filter((entry) => entry.skip === undefined).length + fresh.scanned,
    dynamic: [...unchanged(previous.dynamic, (item) => item.file), ...fresh.dynamic].sort(byFile),
    partial: [...unchanged(previous.partial, (item) => item.file), ...fresh.partial].sort(byFile),
    contentSkipped: [...unchanged(previous.contentSkipped, (item) => item.path), ...fresh.contentSkipped].sort((a, b) => compareText(a.path, b.path)),
  };
}

/** A flag entry whose counts are known and whose locations are read when first asked for. */
function lazyFlag(base: InventoryFlag, counts: FlagCounts, read: () => readonly ReferenceLocation[]): InventoryFlag {
  let locations: readonly ReferenceLocation[] | undefined;
  const flag = { ...base, ...counts } as { -readonly [K in keyof InventoryFlag]: InventoryFlag[K] };
  Object.defineProperty(flag, 'locations', { enumerable: true, configurable: true, get: () => (locations ??= read()) });
  return flag;
}
