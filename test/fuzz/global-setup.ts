// Opens the ledger the fuzz properties record their executed runs in, and prints the totals.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'prove-hooks-fuzz-'));
  const ledger = join(dir, 'runs.jsonl');
  // Forked workers inherit the environment, so each property appends to this one file.
  process.env.PROVE_FUZZ_LEDGER = ledger;
  return () => {
    let lines: { name: string; runs: number; failed: boolean }[] = [];
    try {
      lines = readFileSync(ledger, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
    } catch {
      // No property ran (a filter matched nothing): the totals below say 0.
    }
    const runs = lines.reduce((sum, line) => sum + line.runs, 0);
    const failed = lines.filter((line) => line.failed).length;
    process.stdout.write(`\nfuzz: ${lines.length} properties, ${runs} runs executed, ${failed} failed (FUZZ_RUNS=${process.env.FUZZ_RUNS ?? 20000} per property)\n`);
    rmSync(dir, { recursive: true, force: true });
  };
}
