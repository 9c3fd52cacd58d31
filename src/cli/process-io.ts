// The CommandIo of this process, shared by the bin's entry points (dist/cli.cjs, cli-full.cjs),
// and the lazy streams every CommandIo and CommandContext gets. Kept out of context.ts: the
// launcher bundles this file, and context.ts stays types only.
import type { CommandIo } from './context.js';

type Streams = Pick<CommandIo, 'stdout' | 'stderr' | 'stdin'>;

/**
 * `fields` with the streams of `source` as getters, read only when used: node creates
 * process.stdin/stdout/stderr on first access (a few milliseconds), and a hook run that passes
 * quietly never touches them. (A spread of `source` would read them.)
 */
export function withLazyStreams<T extends object>(fields: T, source: Streams): T & Streams {
  return Object.defineProperties(fields, {
    stdout: { get: () => source.stdout, enumerable: true },
    stderr: { get: () => source.stderr, enumerable: true },
    stdin: { get: () => source.stdin, enumerable: true },
  }) as T & Streams;
}

/** This process's streams (created only when used: withLazyStreams), environment and directory. */
export function processIo(): CommandIo {
  return withLazyStreams({ env: process.env, cwd: process.cwd() }, process);
}
