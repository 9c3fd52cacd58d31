#!/usr/bin/env node
// The executable entrypoint: the only place that sets the process exit code.
import { runCli } from './run.js';

// The streams are getters: node creates process.stdin/stdout/stderr on first access, which
// costs a few milliseconds, and a hook run that passes quietly never touches them.
process.exitCode = await runCli(process.argv.slice(2), {
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
});
