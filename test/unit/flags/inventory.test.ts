// The flag inventory's pure parts: references in a whole text, and the aggregation into
// per-flag counts and the sets (unreferenced, unknown with did-you-mean, archived, expired,
// deprecated), with suppressions and coverage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';
import { createReferenceDetector, findReferencesInBlob, hasLineLongerThan, isBinaryContent, type BlobScan } from '../../../src/core/flags/blob-references.js';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { aggregateInventory, countOfSet, findFailingSets, parseFailOn, type InventoryRegistry } from '../../../src/core/flags/inventory.js';
import { indexRegistry, type FlagDefinition } from '../../../src/core/flags/registry.js';
import { formatInventoryJson } from '../../../src/report/flag-inventory-data.js';

const flag = (key: string, extra: Partial<FlagDefinition> = {}): FlagDefinition => ({ key, status: 'active', aliases: [], ...extra });

const REGISTRY = indexRegistry({
  source: 'flags.json',
  flags: [
    flag('new-checkout', { aliases: ['NEW_CHECKOUT'], owner: 'team-pay' }),
    flag('old-banner', { status: 'archived' }),
    flag('dark-mode', { status: 'deprecated' }),
    flag('beta-search', { expires: '2020-01-01' }),
    flag('never-used'),
    flag('gone-and-unused', { status: 'archived' }),
  ],
});
const REGISTRIES: InventoryRegistry[] = [{ source: 'flags.json', scope: '', index: REGISTRY }];

function detector(maxLineBytes = 4000) {
  const matcher = compileFlagMatcher({ presets: ['launchdarkly'], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] }, REGISTRY);
  return createReferenceDetector(matcher, maxLineBytes);
}

describe('findReferencesInBlob', () => {
  it('gives each reference its line and column in the whole text', () => {
    const text = "const a = 1;\nif (ld.variation('new-checkout', false)) {}\n\nconst b = ld.variation('dark-mode', x) && ld.variation('old-banner', y);\n";
    const scan = findReferencesInBlob(Buffer.from(text), 'a.ts', detector());
    const lines = text.split('\n');
    const columnOf = (line: number, key: string): number => lines[line - 1]!.indexOf(`'${key}'`) + 2;
    expect(scan.references.map((r) => [r.flag, r.line, r.column])).toEqual([
      ['new-checkout', 2, columnOf(2, 'new-checkout')],
      ['dark-mode', 4, columnOf(4, 'dark-mode')],
      ['old-banner', 4, columnOf(4, 'old-banner')],
    ]);
  });

  it('reads CRLF line ends and resolves aliases', () => {
    const scan = findReferencesInBlob(Buffer.from("x\r\nif (NEW_CHECKOUT) go();\r\n"), 'a.ts', detector());
    expect(scan.references).toEqual([{ flag: 'new-checkout', line: 2, column: 5, source: 'alias', kind: 'alias-read', written: 'NEW_CHECKOUT' }]);
  });

  it('lists lines over the cap and does not scan them', () => {
    const long = `ld.variation('dark-mode', f) ${'x'.repeat(200)}`;
    const scan = findReferencesInBlob(Buffer.from(`ld.variation('old-banner', f)\n${long}\nld.variation('new-checkout', f)\n`), 'a.ts', detector(100));
    expect(scan.references.map((r) => r.flag)).toEqual(['old-banner', 'new-checkout']);
    expect(scan.longLines).toEqual([2]);
    expect(scan.longLineCount).toBe(1);
  });

  it('records a suppression with a reason on the line or the line above, and ignores one without', () => {
    const text = "// prove-allow-flag: old-banner kept for the rollback\nld.variation('old-banner', f)\nld.variation('dark-mode', f) // prove-allow-flag: dark-mode\n";
    const scan = findReferencesInBlob(Buffer.from(text), 'a.ts', detector());
    expect(scan.references.map((r) => [r.flag, r.suppressed])).toEqual([
      ['old-banner', 'kept for the rollback'],
      ['dark-mode', undefined],
    ]);
  });

  it('finds what the whole-file context scan of the hooks finds, less the lines over the cap, with or without the prefilter', () => {
    const piece = fc.constantFrom("ld.variation('new-checkout', f)", "ld.variation('old-banner', f)", 'NEW_CHECKOUT', 'variation(', 'é€😀', '\r', ' ', 'x', "'", '(', '//', '/*', '*/', 'ld.variation(\n', 'ld.variation(key, f)');
    const line = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.integer({ min: 80, max: 200 }), (lines, cap) => {
        const text = lines.join('\n');
        const found = findReferencesInBlob(Buffer.from(text), 'a.ts', detector(cap));
        const { matcher } = detector(cap);
        // The matcher searching the text itself (no prefound anchors), as the hooks run it.
        const whole = scanSourceText(text, 'a.ts', matcher);
        const long = text.split('\n').flatMap((raw, position) => (Buffer.byteLength(raw) > cap ? [position + 1] : []));
        const expected = whole.references.filter((placed) => !long.includes(placed.line)).map((placed) => [placed.reference.flag, placed.line, placed.column, placed.reference.kind]);
        expect(found.references.map((r) => [r.flag, r.line, r.column, r.kind])).toEqual(expected);
        expect(found.dynamic.map((d) => [d.line, d.column, d.text])).toEqual(whole.dynamic.filter((placed) => !long.includes(placed.line)).map((placed) => [placed.line, placed.column, placed.key.expression]));
        expect([found.longLines, found.longLineCount]).toEqual([long.slice(0, 20), long.length]);
      }),
      { numRuns: 300 },
    );
  });

  it('lists a reference in a comment as kind comment, skips one in a string, and finds a call wrapped over lines and a dynamic key', () => {
    const text = "// old: ld.variation('old-banner', f)\nconst s = \"ld.variation('dark-mode', f)\";\nld.variation(\n  'new-checkout',\n  false,\n);\nld.variation(keyOf(x), false);\n";
    const scan = findReferencesInBlob(Buffer.from(text), 'a.ts', detector());
    expect(scan.references.map((r) => [r.flag, r.line, r.kind])).toEqual([
      ['old-banner', 1, 'comment'],
      ['new-checkout', 4, 'call'],
    ]);
    expect(scan.dynamic.map((d) => [d.line, d.text])).toEqual([[7, 'keyOf(x)']]);
  });

  it.each([
    ['text', Buffer.from('plain text\n'), false],
    ['a NUL early', Buffer.from([0x41, 0x00, 0x42]), true],
    ['a NUL after 8000 bytes', Buffer.concat([Buffer.alloc(8000, 0x41), Buffer.from([0])]), false],
  ])('decides binary content as git does: %s', (_name, bytes, binary) => {
    expect(isBinaryContent(bytes)).toBe(binary);
  });

  it('property: hasLineLongerThan (a search that jumps by the cap) agrees with measuring every line', () => {
    const lengths = fc.array(fc.integer({ min: 0, max: 24 }), { maxLength: 12 });
    fc.assert(
      fc.property(lengths, fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.integer({ min: 0, max: 3 }), (lineLengths, cap, finalLf, offset) => {
        const text = lineLengths.map((length) => 'x'.repeat(length)).join('\n') + (finalLf ? '\n' : '');
        // A view into a larger buffer, as a reused read buffer hands it over.
        const bytes = Buffer.concat([Buffer.alloc(offset, 0x0a), Buffer.from(text)]).subarray(offset);
        expect(hasLineLongerThan(bytes, cap)).toBe(text.split('\n').some((line) => line.length > cap));
      }),
      { numRuns: 3000 },
    );
  });
});

const scanOf = (references: BlobScan['references'], extra: Partial<BlobScan> = {}): BlobScan => ({ references, dynamic: [], longLines: [], longLineCount: 0, ...extra });
const ref = (flagKey: string, line: number, extra: Record<string, string> = {}) => ({ flag: flagKey, line, column: 1, source: 'launchdarkly', kind: 'call' as const, ...extra });

describe('aggregateInventory', () => {
  const inventory = aggregateInventory({
    registries: REGISTRIES,
    scanned: [
      { path: 'src/b.ts', registry: 0, scan: scanOf([ref('new-checkout', 3), ref('new-chekout', 4), ref('dark-mode', 9)]) },
      { path: 'src/a.ts', registry: 0, scan: scanOf([ref('new-checkout', 1), ref('old-banner', 2), ref('beta-search', 5), ref('totally-new', 7)]) },
      { path: 'src/c.ts', registry: 0, scan: scanOf([ref('new-chekout', 1), ref('gone-and-unused', 2, { suppressed: 'migration' }), ref('other-typo', 3, { suppressed: 'why' })], { longLines: [8], longLineCount: 1 }) },
    ],
    skipped: [
      { path: 'logo.png', reason: 'binary' },
      { path: 'vendor/x.min.js', reason: 'excluded' },
    ],
    listed: 5,
    today: '2026-12-07',
  });
  const byKey = new Map(inventory.flags.map((entry) => [entry.key, entry]));

  it('counts references, files and locations per registry flag (files in path order)', () => {
    expect(byKey.get('new-checkout')).toMatchObject({ references: 2, files: 2, owner: 'team-pay', status: 'active' });
    expect(byKey.get('new-checkout')!.locations.map((l) => `${l.file}:${l.line}`)).toEqual(['src/a.ts:1', 'src/b.ts:3']);
    expect(byKey.get('never-used')).toMatchObject({ references: 0, files: 0 });
  });

  it('reports unknown keys with a did-you-mean, most referenced first; a suppressed unknown is not reported', () => {
    expect(inventory.unknown.map((u) => [u.key, u.references, u.suggestion])).toEqual([
      ['new-chekout', 2, 'new-checkout'],
      ['totally-new', 1, undefined],
    ]);
  });

  it('builds the archived, expired, deprecated and unreferenced sets', () => {
    expect(inventory.sets.archived.map((f) => f.key)).toEqual(['old-banner']);
    expect(inventory.sets.expired.map((f) => f.key)).toEqual(['beta-search']);
    expect(inventory.sets.deprecated.map((f) => f.key)).toEqual(['dark-mode']);
    // An archived flag referenced nowhere is not an archive candidate (already archived), and a
    // suppressed reference is still a reference.
    expect(inventory.sets.unreferenced.map((f) => f.key)).toEqual(['never-used']);
    expect(byKey.get('gone-and-unused')).toMatchObject({ references: 1, suppressed: 1 });
  });

  it('counts every skipped file under its reason and lists partly scanned files', () => {
    expect(inventory.coverage).toMatchObject({ listed: 5, scanned: 3 });
    expect(inventory.coverage.skipped).toMatchObject({ binary: 1, excluded: 1, 'too-large': 0, 'outside-scopes': 0 });
    expect(inventory.coverage.partial).toEqual([{ file: 'src/c.ts', longLines: 1, firstLines: [8] }]);
  });

  it('judges expiry by the given day', () => {
    const before = aggregateInventory({ registries: REGISTRIES, scanned: [{ path: 'a.ts', registry: 0, scan: scanOf([ref('beta-search', 1)]) }], skipped: [], listed: 1, today: '2019-12-31' });
    expect(before.sets.expired).toEqual([]);
  });

  it('turns chosen non-empty sets into failures', () => {
    expect(findFailingSets(inventory, ['unknown', 'archived', 'dynamic'])).toEqual(['unknown', 'archived']);
    expect(countOfSet(inventory, 'dynamic')).toBe(0);
  });
});

describe('parseFailOn', () => {
  it.each([
    ['unknown,archived', { ok: true, sets: ['unknown', 'archived'] }],
    [' expired , expired ', { ok: true, sets: ['expired'] }],
    ['unknown,stale', { ok: false, unknown: ['stale'] }],
  ])('reads %j', (spec, expected) => {
    expect(parseFailOn(spec)).toEqual(expected);
  });
});

describe('formatInventoryJson', () => {
  it('writes every location as JSON.stringify would, whatever the file name or written text holds', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, fc.option(text, { nil: undefined }), fc.boolean()), { minLength: 1, maxLength: 6 }), (entries) => {
        const scanned = entries.map(([path, written, suppressed, comment], position) => ({
          path: `${path}/${position}`,
          registry: 0,
          scan: scanOf([{ flag: 'new-checkout', line: position + 1, column: 2, source: 'alias', kind: comment ? ('comment' as const) : ('alias-read' as const), written, ...(suppressed === undefined ? {} : { suppressed }) }]),
        }));
        const inventory = aggregateInventory({ registries: REGISTRIES, scanned, skipped: [], listed: scanned.length, today: '2026-01-01' });
        const document = JSON.parse(formatInventoryJson({ inventory, target: { kind: 'work-tree' }, version: '0.0.0', cache: { hits: 0, misses: 0, enabled: false } })) as {
          flags: { key: string; locations: unknown[]; comments: number }[];
          sets: unknown;
        };
        const flagJson = document.flags.find((entry) => entry.key === 'new-checkout')!;
        const expected = inventory.flags.find((entry) => entry.key === 'new-checkout')!;
        expect(flagJson.locations).toEqual(
          expected.locations.map((location) => ({ file: location.file, line: location.line, column: location.column, kind: location.kind, written: location.written ?? null, suppressed: location.suppressed ?? null })),
        );
        expect(flagJson.comments).toBe(entries.filter(([, , , comment]) => comment).length);
        expect(Object.keys(document)).toEqual(['schema', 'schemaVersion', 'tool', 'target', 'summary', 'flags', 'sets', 'coverage', 'cache']);
      }),
      { numRuns: 200 },
    );
  });
});
