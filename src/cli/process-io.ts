// The CommandIo of this process, shared by the bin's entry points (dist/cli.cjs, cli-full.cjs).
import type { CommandIo } from './context.js';

/**
 * This process's streams, environment and directory. The streams are getters: node creates
 * process.stdin/stdout/stderr on first access, which costs a few milliseconds, and a hook run
 * that passes quietly never touches them.
 */
export function processIo(): CommandIo {
  return {
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
  };
}
