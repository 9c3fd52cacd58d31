// `prove-hooks flags`: the flag inventory of the work tree or a commit (see src/hooks/flags-inventory.ts).
import { ExitCode, ValidationError } from '../../errors.js';
import { findFailingSets, INVENTORY_SETS, parseFailOn, type InventorySet } from '../../core/flags/inventory.js';
import { DEFAULT_HISTORY_BOUND, DEFAULT_MAX_FILE_BYTES, runFlagInventory } from '../../hooks/flags-inventory.js';
import { formatInventoryCsv, inventoryJsonParts } from '../../report/flag-inventory-data.js';
import { formatInventoryMarkdown, formatInventoryText } from '../../report/flag-inventory-text.js';
import { PROVE_VERSION } from '../../version.js';

import type { CommandContext } from '../context.js';

export const INVENTORY_FORMATS = ['text', 'json', 'csv', 'markdown'] as const;
type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

export async function run(ctx: CommandContext): Promise<ExitCode> {
  const { options } = ctx;
  const format = (options.json === true ? 'json' : (options.format ?? 'text')) as string;
  if (!(INVENTORY_FORMATS as readonly string[]).includes(format)) {
    throw new ValidationError(`unknown format '${format}'`, { hint: `Use one of: ${INVENTORY_FORMATS.join(', ')}.` });
  }
  let failOn: InventorySet[] = [];
  if (typeof options['fail-on'] === 'string') {
    const parsed = parseFailOn(options['fail-on']);
    if (!parsed.ok) throw new ValidationError(`--fail-on: unknown set ${parsed.unknown.map((name) => `'${name}'`).join(', ')}`, { hint: `Sets: ${INVENTORY_SETS.join(', ')} (comma-separated).` });
    failOn = parsed.sets;
  }
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  if (typeof options['max-file-bytes'] === 'string') {
    maxFileBytes = Number(options['max-file-bytes']);
    if (!Number.isSafeInteger(maxFileBytes) || maxFileBytes < 1) throw new ValidationError(`--max-file-bytes '${options['max-file-bytes']}' is not a positive whole number`, { hint: `The default is ${DEFAULT_MAX_FILE_BYTES}.` });
  }
  const result = await runFlagInventory(ctx, {
    ...(typeof options.ref === 'string' ? { ref: options.ref } : {}),
    useCache: options['no-cache'] !== true,
    maxFileBytes,
    ...(options.history === true ? { history: DEFAULT_HISTORY_BOUND } : {}),
  });
  const input = { inventory: result.inventory, target: result.target, version: PROVE_VERSION, cache: result.cache, locationsJson: result.locationsJson, ...(result.history === undefined ? {} : { history: result.history }) };
  const output: Record<InventoryFormat, () => readonly (string | Uint8Array)[]> = {
    text: () => [formatInventoryText(input, { verbose: options.verbose === true })],
    json: () => inventoryJsonParts(input),
    csv: () => [formatInventoryCsv(result.inventory)],
    markdown: () => [formatInventoryMarkdown(input)],
  };
  writeParts(ctx.stdout, output[format as InventoryFormat]());
  const failing = findFailingSets(result.inventory, failOn);
  if (failing.length > 0) ctx.stderr.write(`prove-hooks flags: --fail-on: ${failing.join(', ')} ${failing.length === 1 ? 'is' : 'are'} not empty\n`);
  return failing.length > 0 ? ExitCode.VIOLATION : ExitCode.OK;
}

/** About a megabyte per write: the JSON report of a large repository is megabytes, in thousands of parts. */
const WRITE_BYTES = 1 << 20;

/**
 * Writes the parts in order, gathered into writes of about WRITE_BYTES (never the whole report as
 * one string). The chunk is reused while the stream has taken each write whole (a file or, on
 * Linux, a pipe): a new buffer per write left megabytes of buffers for the collector, at the
 * cold run's memory peak.
 */
function writeParts(stream: NodeJS.WritableStream, parts: readonly (string | Uint8Array)[]): void {
  if (parts.length === 1 && typeof parts[0] === 'string') {
    stream.write(parts[0]);
    return;
  }
  let chunk = Buffer.allocUnsafe(WRITE_BYTES);
  let used = 0;
  const flush = (): void => {
    if (used === 0) return;
    stream.write(chunk.subarray(0, used));
    used = 0;
    // Still queued in the stream (a slow reader, a test's stream): the next chunk is a new buffer.
    if ((stream as Partial<NodeJS.WriteStream>).writableLength !== 0) chunk = Buffer.allocUnsafe(WRITE_BYTES);
  };
  for (const part of parts) {
    const size = typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.length;
    if (used + size > chunk.length) flush();
    if (size > chunk.length) {
      stream.write(part);
      continue;
    }
    if (typeof part === 'string') used += chunk.write(part, used, 'utf8');
    else {
      chunk.set(part, used);
      used += part.length;
    }
  }
  flush();
}
