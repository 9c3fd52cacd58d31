// The full CLI as the bin runs it (built as CommonJS, dist/cli-full.cjs, loaded by dist/cli.cjs):
// runs the command in process.argv and sets the exit code. The only place besides the launcher
// that sets it.
import { runCli } from './run.js';

// The streams are getters: node creates process.stdin/stdout/stderr on first access, which
// costs a few milliseconds, and a hook run that passes quietly never touches them.
void runCli(process.argv.slice(2), {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
}).then((exitCode) => {
  process.exitCode = exitCode;
});
