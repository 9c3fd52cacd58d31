// Starts benchmark workers as fresh processes and talks to them one JSON line at a time. The two
// workers of a round time their slices at the same time; each counts its own CPU time only.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { SliceMeasurement } from './measure.js';
import { parsePrepareReply, parseWorkerHello, parseWorkerReply, type WorkerRequest } from './worker.js';

/** How to start one worker process. */
export interface WorkerLaunch {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** A side of a comparison: how its worker for these suites is started. */
export type WorkerLauncher = (suites: readonly string[]) => WorkerLaunch;

/** A running worker: its benchmarks, and slices measured on request. */
export interface WorkerHandle {
  readonly benchmarks: readonly string[];
  /** Warms up and calibrates these benchmarks (indexes into `benchmarks`) before any is timed. */
  prepare(indexes: readonly number[]): Promise<void>;
  /** One slice of each requested benchmark, in the request's order. */
  measure(request: WorkerRequest): Promise<SliceMeasurement[]>;
  /** Ends the worker's input and waits for it to exit (it removes its temporary folders first). */
  close(): Promise<void>;
}

/** Starts a worker and waits for its hello; rejects with its stderr when it fails. */
export function startWorkerProcess(launch: WorkerLaunch): Promise<WorkerHandle> {
  const child = spawn(launch.command, [...launch.args], { env: launch.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout });
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  let closing = false;
  const exited = new Promise<void>((resolve) => {
    child.on('close', (code, signal) => {
      if (code !== 0) failure ??= new Error(`benchmark worker failed (${signal ?? `exit ${code}`}): ${stderr.trim().slice(-500) || '(no output)'}`);
      else if (!closing) failure ??= new Error('benchmark worker ended before answering');
      const error = failure ?? new Error('benchmark worker ended');
      for (const waiter of waiting.splice(0)) waiter.reject(error);
      resolve();
    });
  });
  child.on('error', (error) => {
    failure = error;
    for (const waiter of waiting.splice(0)) waiter.reject(error);
  });
  lines.on('line', (line) => waiting.shift()?.resolve(line));
  const nextLine = (): Promise<string> =>
    failure !== undefined ? Promise.reject(failure) : new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  const stop = async (error: unknown): Promise<never> => {
    child.kill();
    await exited;
    throw error;
  };
  return nextLine().then(
    (line) => {
      let hello;
      try {
        hello = parseWorkerHello(line);
      } catch (error) {
        return stop(error);
      }
      return {
        benchmarks: hello.benchmarks,
        prepare: async (indexes) => {
          const reply = nextLine();
          child.stdin.write(`${JSON.stringify({ prepare: indexes })}\n`);
          parsePrepareReply(await reply, indexes.length);
        },
        measure: async (request) => {
          const reply = nextLine();
          child.stdin.write(`${JSON.stringify(request)}\n`);
          return parseWorkerReply(await reply, request.indexes.length);
        },
        close: async () => {
          closing = true;
          child.stdin.end();
          await exited;
          if (failure !== undefined) throw failure;
        },
      };
    },
    stop,
  );
}
