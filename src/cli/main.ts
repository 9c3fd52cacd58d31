// The full CLI (built as CommonJS, dist/cli-full.cjs): `main` runs the command in process.argv
// and sets the exit code (the bin, dist/cli.cjs, calls it; the only place besides the launcher
// that sets it). The file is also the library's code: dist/index.mjs re-exports the rest, so the
// package holds one copy of the CLI. Loading it runs nothing, unless it is run as a script.
import { processIo } from './process-io.js';
import { runCli } from './run.js';

export * from '../index.js';
/** The entry of `prove-hooks flags`' scan workers: they run this bundle (src/hooks/inventory-scan-pool.ts). */
export { runInventoryScanWorker } from '../hooks/inventory-scan-pool.js';

/** Runs the CLI on this process's arguments and streams and sets process.exitCode. */
export function main(): void {
  void runCli(process.argv.slice(2), processIo()).then((exitCode) => {
    process.exitCode = exitCode;
  });
}

// `node dist/cli-full.cjs <command>` (debugging, and tests that bypass the launcher's fast paths).
if (require.main === module) main();
