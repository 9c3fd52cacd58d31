#!/usr/bin/env node
// The package's `bin` (built as CommonJS, dist/cli.cjs). A plain commit-msg or check-msg run
// whose message passes is decided by the fast path (src/hooks/message-fast-path.ts, built as
// dist/message-fast-path.cjs), without loading the ESM CLI; every other run imports the full
// CLI (dist/cli.mjs), which reads the same process.argv. This file stays tiny: it is parsed on
// every hook run, pre-commit and pre-push included.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as FastPath from '../hooks/message-fast-path.js';
import { loadWithCodeCache } from './code-cache.js';

const argv = process.argv.slice(2);
const candidate = argv.length === 2 && (argv[0] === 'commit-msg' || argv[0] === 'check-msg');
const fast = candidate
  ? loadWithCodeCache(join(__dirname, 'message-fast-path.cjs'), { dir: join(__dirname, '.cache'), tag: argv[0]!, keep: (outcome) => outcome.decided }, (fastPath: typeof FastPath) =>
      fastPath.tryFastMessageCheck({
        argv,
        env: process.env,
        cwd: process.cwd(),
        // Getters: node creates a standard stream on first access, which costs a few milliseconds.
        get stdout() {
          return process.stdout;
        },
        get stderr() {
          return process.stderr;
        },
      }),
    )
  : undefined;
if (fast?.decided === true) {
  process.exitCode = fast.exitCode;
} else {
  // A variable specifier: esbuild leaves this import() alone, so the ESM CLI stays its own file.
  const fullCli = pathToFileURL(join(__dirname, 'cli.mjs')).href;
  void import(fullCli);
}
