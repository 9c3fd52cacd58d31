// The flag inventory for people: a one-screen text summary (worst first; all details with
// --verbose) and Markdown for a pull request comment or a wiki page.
import type { Inventory, InventoryFlag, ReferenceLocation, SkipReason } from '../core/flags/inventory.js';
import { summarizeInventory, type InventoryReportInput } from './flag-inventory-data.js';

/** Entries shown per set without --verbose. */
const SHOWN_PER_SET = 5;

const where = (location: ReferenceLocation): string => `${location.file}:${location.line}:${location.column}`;
const plural = (count: number, word: string): string => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

function describeTarget(input: InventoryReportInput): string {
  return input.target.kind === 'work-tree' ? 'the work tree (tracked files)' : `${input.target.ref} (${input.target.commit.slice(0, 12)})`;
}

function describeSkips(inventory: Inventory): string {
  const parts = (Object.entries(inventory.coverage.skipped) as [SkipReason, number][]).filter(([, count]) => count > 0).map(([reason, count]) => `${count} ${reason}`);
  return parts.length === 0 ? 'none skipped' : `skipped: ${parts.join(', ')}`;
}

/** `--history`: when the flag's last reference was removed, or that the bounded search found none. */
function describeRemoval(input: InventoryReportInput, key: string): string {
  const { history } = input;
  if (history === undefined) return '';
  const removal = history.removals[key];
  return removal == null
    ? `, no removal in the last ${history.bound.days} days (${history.bound.maxCommits} commits at most searched)`
    : `, last reference removed ${removal.date} in ${removal.commit.slice(0, 12)}`;
}

/** The text report. */
export function formatInventoryText(input: InventoryReportInput, options: { verbose: boolean }): string {
  const { inventory } = input;
  const summary = summarizeInventory(inventory);
  const limit = options.verbose ? Number.POSITIVE_INFINITY : SHOWN_PER_SET;
  const out: string[] = [];
  out.push(
    `prove-hooks flags: ${describeTarget(input)}`,
    `  ${plural(summary.flags!, 'registry flag')} (${summary.active} active, ${summary.deprecated} deprecated, ${summary.archived} archived); ${plural(summary.references!, 'reference')}`,
    `  coverage: ${inventory.coverage.scanned.toLocaleString('en-US')} of ${inventory.coverage.listed.toLocaleString('en-US')} files scanned; ${describeSkips(inventory)}` +
      (inventory.coverage.partial.length === 0 ? '' : `; ${plural(inventory.coverage.partial.length, 'file')} with lines over flags.maxLineLength left unscanned`),
    '',
  );
  const section = <T>(title: string, items: readonly T[], line: (item: T) => string): void => {
    if (items.length === 0) return;
    out.push(`${title} (${items.length})`);
    for (const item of items.slice(0, limit)) out.push(`  ${line(item)}`);
    if (items.length > limit) out.push(`  ... ${items.length - limit} more (--verbose)`);
  };
  const firstAt = (flag: InventoryFlag): string => {
    const first = flag.locations.find((location) => location.suppressed === undefined && location.kind !== 'comment') ?? flag.locations.find((location) => location.kind !== 'comment');
    return first === undefined ? '' : ` first at ${where(first)}`;
  };
  section('unknown flags referenced', inventory.unknown, (flag) => `${flag.key}: ${plural(flag.references, 'reference')}${flag.suggestion === undefined ? '' : ` (did you mean '${flag.suggestion}'?)`}, first at ${where(flag.locations[0]!)}`);
  section('archived flags still referenced', inventory.sets.archived, (flag) => `${flag.key}: ${plural(flag.references - flag.suppressed, 'reference')}${firstAt(flag)}${flag.owner === undefined ? '' : ` (owner ${flag.owner})`}`);
  section('expired flags still referenced', inventory.sets.expired, (flag) => `${flag.key}: expired ${flag.expires}, ${plural(flag.references - flag.suppressed, 'reference')}${firstAt(flag)}${flag.owner === undefined ? '' : ` (owner ${flag.owner})`}`);
  section('deprecated flags still referenced', inventory.sets.deprecated, (flag) => `${flag.key}: ${plural(flag.references - flag.suppressed, 'reference')}${firstAt(flag)}`);
  section('unreferenced flags (archive candidates)', inventory.sets.unreferenced, (flag) => `${flag.key} (${flag.status}${flag.owner === undefined ? '' : `, owner ${flag.owner}`})${describeRemoval(input, flag.key)}`);
  section('dynamic keys (not checked)', inventory.dynamic, (key) => `${key.file}:${key.line}:${key.column} ${key.text}`);
  if (options.verbose) {
    out.push('', 'every registry flag:');
    for (const flag of inventory.flags) {
      out.push(`  ${flag.key} [${flag.status}${flag.expired ? ', expired' : ''}] ${flag.registry}${flag.owner === undefined ? '' : ` owner ${flag.owner}`}${flag.expires === undefined ? '' : ` expires ${flag.expires}`}: ${plural(flag.references, 'reference')} in ${plural(flag.files, 'file')}`);
      for (const location of flag.locations) out.push(`    ${where(location)}${location.kind === 'comment' ? ' (in a comment)' : ''}${location.suppressed === undefined ? '' : ` (suppressed: ${location.suppressed})`}`);
    }
    if (inventory.coverage.skippedFiles.length > 0) {
      out.push('', 'skipped files:');
      for (const file of inventory.coverage.skippedFiles) out.push(`  ${file.path}: ${file.reason}`);
    }
    for (const file of inventory.coverage.partial) out.push(`  ${file.file}: ${plural(file.longLines, 'line')} over flags.maxLineLength not scanned (lines ${file.firstLines.join(', ')}${file.longLines > file.firstLines.length ? ', ...' : ''})`);
  } else if (out.at(-1) !== '') {
    out.push('', 'Details per flag and every skipped file: --verbose.');
  }
  return `${out.join('\n')}\n`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Markdown: a summary table, then a table per set (at most 50 rows each). */
export function formatInventoryMarkdown(input: InventoryReportInput): string {
  const { inventory } = input;
  const summary = summarizeInventory(inventory);
  const out: string[] = [
    `## Feature flags: ${cell(describeTarget(input))}`,
    '',
    '| registry flags | active | deprecated | archived | references | unknown | archived referenced | expired referenced | unreferenced | dynamic |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${summary.flags} | ${summary.active} | ${summary.deprecated} | ${summary.archived} | ${summary.references} | ${summary.unknown} | ${summary.archivedReferenced} | ${summary.expiredReferenced} | ${summary.unreferenced} | ${summary.dynamic} |`,
    '',
    `Coverage: ${inventory.coverage.scanned} of ${inventory.coverage.listed} files scanned; ${describeSkips(inventory)}.`,
  ];
  const table = <T>(title: string, header: readonly string[], items: readonly T[], row: (item: T) => readonly string[]): void => {
    if (items.length === 0) return;
    out.push('', `### ${title} (${items.length})`, '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const item of items.slice(0, 50)) out.push(`| ${row(item).map(cell).join(' | ')} |`);
    if (items.length > 50) out.push('', `... and ${items.length - 50} more.`);
  };
  const first = (flag: InventoryFlag): string => {
    const location = flag.locations.find((candidate) => candidate.kind !== 'comment');
    return location === undefined ? '' : `\`${where(location)}\``;
  };
  table('Unknown flags', ['key', 'did you mean', 'references', 'first reference'], inventory.unknown, (flag) => [`\`${flag.key}\``, flag.suggestion === undefined ? '' : `\`${flag.suggestion}\``, String(flag.references), `\`${where(flag.locations[0]!)}\``]);
  table('Archived flags still referenced', ['key', 'owner', 'references', 'first reference'], inventory.sets.archived, (flag) => [`\`${flag.key}\``, flag.owner ?? '', String(flag.references - flag.suppressed), first(flag)]);
  table('Expired flags still referenced', ['key', 'expired', 'owner', 'references', 'first reference'], inventory.sets.expired, (flag) => [`\`${flag.key}\``, flag.expires ?? '', flag.owner ?? '', String(flag.references - flag.suppressed), first(flag)]);
  table('Deprecated flags still referenced', ['key', 'owner', 'references', 'first reference'], inventory.sets.deprecated, (flag) => [`\`${flag.key}\``, flag.owner ?? '', String(flag.references - flag.suppressed), first(flag)]);
  if (input.history === undefined) {
    table('Unreferenced flags (archive candidates)', ['key', 'status', 'owner'], inventory.sets.unreferenced, (flag) => [`\`${flag.key}\``, flag.status, flag.owner ?? '']);
  } else {
    const { history } = input;
    const removed = (key: string): string => {
      const removal = history.removals[key];
      return removal == null ? `none in ${history.bound.days} days` : `${removal.date} (\`${removal.commit.slice(0, 12)}\`)`;
    };
    table('Unreferenced flags (archive candidates)', ['key', 'status', 'owner', 'last reference removed'], inventory.sets.unreferenced, (flag) => [`\`${flag.key}\``, flag.status, flag.owner ?? '', removed(flag.key)]);
  }
  table('Dynamic keys', ['where', 'expression'], inventory.dynamic, (key) => [`\`${key.file}:${key.line}\``, `\`${key.text}\``]);
  return `${out.join('\n')}\n`;
}
