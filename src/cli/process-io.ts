// The CommandIo of this process, shared by the bin's entry points (dist/cli.cjs, cli-full.cjs).
import { withLazyStreams, type CommandIo } from './context.js';

/** This process's streams (created only when used: withLazyStreams), environment and directory. */
export function processIo(): CommandIo {
  return withLazyStreams({ env: process.env, cwd: process.cwd() }, process);
}
