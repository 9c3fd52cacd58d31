// The full CLI as the bin runs it (built as CommonJS, dist/cli-full.cjs, loaded by dist/cli.cjs):
// runs the command in process.argv and sets the exit code. The only place besides the launcher
// that sets it.
import { processIo } from './process-io.js';
import { runCli } from './run.js';

void runCli(process.argv.slice(2), processIo()).then((exitCode) => {
  process.exitCode = exitCode;
});
