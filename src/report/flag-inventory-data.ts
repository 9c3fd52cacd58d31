// The flag inventory as data: the versioned JSON document (schema documented in the README) and
// CSV (one row per reference, unreferenced flag or dynamic key).
import type { Inventory, InventoryFlag, ReferenceLocation } from '../core/flags/inventory.js';

/** Bumped on any change a consumer could notice; additions of fields keep it. */
export const INVENTORY_SCHEMA_VERSION = 1;

export type InventoryTargetJson = { readonly kind: 'work-tree' } | { readonly kind: 'ref'; readonly ref: string; readonly commit: string };

/** `--history`: per unreferenced flag key, the commit that removed its last reference (null: none within the bound). */
export interface InventoryHistory {
  readonly bound: { readonly days: number; readonly maxCommits: number };
  /** The commit the search started at; null in a repository without commits. */
  readonly start: string | null;
  readonly removals: Readonly<Record<string, { readonly commit: string; readonly date: string } | null>>;
}

export interface InventoryReportInput {
  readonly inventory: Inventory;
  readonly target: InventoryTargetJson;
  readonly version: string;
  readonly cache: { readonly hits: number; readonly misses: number; readonly enabled: boolean };
  readonly history?: InventoryHistory;
  /** Flags whose `locations` are already serialised (serializeLocations; as UTF-8 bytes when kept from an earlier run). */
  readonly locationsJson?: ReadonlyMap<InventoryFlag, string | Uint8Array>;
}

/** A flag's locations as the JSON document lists them, without the brackets. */
export function serializeLocations(locations: readonly ReferenceLocation[]): string {
  // Written as text directly, each file name quoted once, instead of an object per location for JSON.stringify.
  const out: string[] = [];
  let lastFile: string | undefined;
  let quotedFile = '';
  for (const location of locations) {
    if (location.file !== lastFile) quotedFile = JSON.stringify((lastFile = location.file));
    out.push(`{"file":${quotedFile},"line":${location.line},"column":${location.column},"kind":"${location.kind}","written":${nullable(location.written)},"suppressed":${nullable(location.suppressed)}}`);
  }
  return out.join(',');
}

/** The inverse of serializeLocations. Throws on text it did not write. */
export function parseLocations(text: string): ReferenceLocation[] {
  const parsed = JSON.parse(`[${text}]`) as { file: string; line: number; column: number; kind: ReferenceLocation['kind']; written: string | null; suppressed: string | null }[];
  return parsed.map((entry) => {
    const location: { -readonly [K in keyof ReferenceLocation]: ReferenceLocation[K] } = { file: entry.file, line: entry.line, column: entry.column, kind: entry.kind };
    if (entry.written !== null) location.written = entry.written;
    if (entry.suppressed !== null) location.suppressed = entry.suppressed;
    return location;
  });
}

const nullable = (text: string | undefined): string => (text === undefined ? 'null' : JSON.stringify(text));

/** Counts of the report's first screen (and of the JSON `summary`). */
export function summarizeInventory(inventory: Inventory): Record<string, number> {
  const count = (status: string): number => inventory.flags.filter((flag) => flag.status === status).length;
  return {
    flags: inventory.flags.length,
    active: count('active'),
    deprecated: count('deprecated'),
    archived: count('archived'),
    references: inventory.flags.reduce((sum, flag) => sum + flag.references, 0) + inventory.unknown.reduce((sum, flag) => sum + flag.references, 0),
    unknown: inventory.unknown.length,
    archivedReferenced: inventory.sets.archived.length,
    expiredReferenced: inventory.sets.expired.length,
    deprecatedReferenced: inventory.sets.deprecated.length,
    unreferenced: inventory.sets.unreferenced.length,
    dynamic: inventory.dynamic.length,
  };
}

const locationJson = (location: ReferenceLocation) => ({
  file: location.file,
  line: location.line,
  column: location.column,
  kind: location.kind,
  written: location.written ?? null,
  suppressed: location.suppressed ?? null,
});

const flagRef = (flag: InventoryFlag) => ({ key: flag.key, registry: flag.registry, references: flag.references - flag.suppressed });

/** The JSON document (see README, "prove-hooks flags" JSON schema): one line. */
export function formatInventoryJson(input: InventoryReportInput): string {
  return inventoryJsonParts(input)
    .map((part) => (typeof part === 'string' ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf8')))
    .join('');
}

/**
 * The JSON document in parts, text or UTF-8 bytes, to be written one after the other: a large
 * repository's document is megabytes, and the locations kept from an earlier run are written as
 * the bytes they were read as, never decoded and joined into one string.
 */
export function inventoryJsonParts(input: InventoryReportInput): (string | Uint8Array)[] {
  const { inventory } = input;
  const head = {
    schema: 'prove-hooks/flag-inventory',
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    tool: { name: 'prove-hooks', version: input.version },
    target: input.target,
    summary: summarizeInventory(inventory),
  };
  const tail = {
    sets: {
      unknown: inventory.unknown.map((flag) => ({
        key: flag.key,
        registry: flag.registry,
        suggestion: flag.suggestion ?? null,
        references: flag.references,
        locations: flag.locations.map(locationJson),
      })),
      archived: inventory.sets.archived.map(flagRef),
      expired: inventory.sets.expired.map(flagRef),
      deprecated: inventory.sets.deprecated.map(flagRef),
      unreferenced: inventory.sets.unreferenced.map((flag) => ({
        key: flag.key,
        registry: flag.registry,
        status: flag.status,
        ...(input.history === undefined ? {} : { lastRemoved: input.history.removals[flag.key] ?? null }),
      })),
      dynamic: inventory.dynamic.map((key) => ({ file: key.file, line: key.line, column: key.column, source: key.source, text: key.text })),
    },
    coverage: {
      listed: inventory.coverage.listed,
      scanned: inventory.coverage.scanned,
      skipped: inventory.coverage.skipped,
      skippedFiles: inventory.coverage.skippedFiles,
      partial: inventory.coverage.partial,
    },
    cache: input.cache,
    ...(input.history === undefined ? {} : { history: { days: input.history.bound.days, maxCommits: input.history.bound.maxCommits, start: input.history.start, bounded: true } }),
  };
  // `flags` holds every location (megabytes on a large repository): serialised as text, or kept from an earlier run.
  const headText = JSON.stringify(head);
  const parts: (string | Uint8Array)[] = [`${headText.slice(0, -1)},"flags":[`];
  inventory.flags.forEach((flag, position) => {
    const locations = input.locationsJson?.get(flag) ?? serializeLocations(flag.locations);
    const fields = JSON.stringify({
      key: flag.key,
      registry: flag.registry,
      status: flag.status,
      owner: flag.owner ?? null,
      expires: flag.expires ?? null,
      expired: flag.expired,
      references: flag.references,
      suppressed: flag.suppressed,
      comments: flag.comments,
      files: flag.files,
    });
    const open = `${position === 0 ? '' : ','}${fields.slice(0, -1)},"locations":[`;
    // Three parts, never one joined string: the locations are megabytes in all.
    parts.push(open, locations, ']}');
  });
  parts.push(`],${JSON.stringify(tail).slice(1)}\n`);
  return parts;
}

export const INVENTORY_CSV_COLUMNS = ['kind', 'key', 'registry', 'status', 'owner', 'expires', 'file', 'line', 'column', 'written', 'suppressed', 'suggestion'] as const;

/** CSV (RFC 4180): a header, then one row per reference, comment mention, unknown reference, unreferenced flag and dynamic key. */
export function formatInventoryCsv(inventory: Inventory): string {
  const rows: (string | number | undefined)[][] = [[...INVENTORY_CSV_COLUMNS]];
  for (const flag of inventory.flags) {
    if (flag.references === 0) rows.push([flag.status === 'archived' ? 'archived' : 'unreferenced', flag.key, flag.registry, flag.status, flag.owner, flag.expires]);
    for (const location of flag.locations) {
      rows.push([location.kind === 'comment' ? 'comment' : 'reference', flag.key, flag.registry, flag.status, flag.owner, flag.expires, location.file, location.line, location.column, location.written, location.suppressed]);
    }
  }
  for (const flag of inventory.unknown) {
    for (const location of flag.locations) {
      rows.push(['unknown', flag.key, flag.registry, undefined, undefined, undefined, location.file, location.line, location.column, location.written, undefined, flag.suggestion]);
    }
  }
  for (const key of inventory.dynamic) rows.push(['dynamic', key.text, undefined, undefined, undefined, undefined, key.file, key.line, key.column]);
  return rows.map((row) => INVENTORY_CSV_COLUMNS.map((_, position) => csvField(row[position])).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would be a formula to a spreadsheet: quoted with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}
