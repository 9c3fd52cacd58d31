// Runs benchmark workers as fresh processes, one at a time (never in parallel: they would slow
// each other), interleaving the sides so drift of the machine hits both alike.
import { spawn } from 'node:child_process';
import { benchmarkId } from './suite.js';
import type { SampleSet } from './compare.js';
import { parseWorkerReport, type WorkerReport } from './worker.js';

/** How to start one worker process for a suite. */
export interface WorkerLaunch {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** A side of a comparison: how its workers are started. */
export type WorkerLauncher = (suite: string) => WorkerLaunch;

export interface CollectOptions {
  readonly suites: readonly string[];
  /** Processes per suite and side. */
  readonly processes: number;
  /** One launcher per side (one side to measure, two for a side-by-side comparison). */
  readonly sides: readonly WorkerLauncher[];
  /** Called after each process, e.g. to print progress. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Runs `processes` workers per suite and side and returns, per side, each benchmark's
 * per-process minima. Order: repetition by repetition, suite by suite, sides alternating
 * (A B, then B A) so a slow spell of the machine does not land on one side.
 */
export async function collectSamples(options: CollectOptions): Promise<SampleSet[]> {
  const samples: Record<string, number[]>[] = options.sides.map(() => ({}));
  const total = options.processes * options.suites.length * options.sides.length;
  let done = 0;
  for (let rep = 0; rep < options.processes; rep++) {
    for (const suite of options.suites) {
      const order = options.sides.map((_, i) => i);
      if (rep % 2 === 1) order.reverse();
      for (const side of order) {
        const report = await runWorkerProcess(options.sides[side]!(suite));
        for (const measured of report.cases) {
          const id = benchmarkId(report.suite, measured.name);
          (samples[side]![id] ??= []).push(measured.minMs);
        }
        done++;
        options.onProgress?.(done, total);
      }
    }
  }
  return samples;
}

/** Runs one worker to completion; rejects with its stderr when it fails. */
export function runWorkerProcess(launch: WorkerLaunch): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(launch.command, [...launch.args], { env: launch.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`benchmark worker failed (${signal ?? `exit ${code}`}): ${stderr.trim().slice(-500) || '(no output)'}`));
        return;
      }
      try {
        resolve(parseWorkerReport(stdout));
      } catch (error) {
        reject(error);
      }
    });
  });
}
