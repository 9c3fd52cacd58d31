// Corpus: negatives in TS, objects named like SDK results that no SDK returned.
// Source: Node.js docs, util.parseArgs({ args, options }) returning { values, positionals }; a
// plain object literal whose property happens to share a flag key.
import { parseArgs } from 'node:util';

export function readCliFlags(argv: string[]): string {
  const { values: flags } = parseArgs({
    args: argv,
    options: { verbose: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  });
  if (flags.verbose) {
    console.log('verbose');
  }
  const t = { pay_later: 'Pay later', dark_mode: 'Dark mode' };
  const labels = [t.pay_later, t.dark_mode];
  return `${labels.join(', ')} ${String(flags['dry-run'])}`;
}
