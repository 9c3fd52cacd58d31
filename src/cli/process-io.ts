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
  const output = {
    get stdout() {
      return quietWhenClosed(process.stdout);
    },
    get stderr() {
      return quietWhenClosed(process.stderr);
    },
    get stdin() {
      return process.stdin;
    },
  };
  return withLazyStreams({ env: process.env, cwd: process.cwd() }, output);
}

/**
 * `stream`, made to stop writing quietly once its reader has gone (`prove-hooks scan | head -1`):
 * the write fails with EPIPE, which node would throw as an unhandled 'error' event (a stack
 * trace, exit 1) whatever the verdict. The rest of the output is dropped; the exit code stays the
 * verdict's. Any other stream error is still thrown.
 */
export function quietWhenClosed<Stream extends NodeJS.WriteStream>(stream: Stream): Stream {
  // Marked on the stream itself: the listener is added once, however often the getter runs.
  if (!stream.listeners('error').includes(ignoreClosedPipe)) stream.on('error', ignoreClosedPipe);
  return stream;
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  // Recovered on purpose: nobody reads the output any more; the verdict is the exit code.
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  throw error;
}
