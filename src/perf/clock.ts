// The hooks' monotonic clock. The global `performance` loads node:perf_hooks on first use (about
// 0.8 ms of a typical pre-commit run); process.hrtime needs no module load.

/** Milliseconds on a monotonic clock with an arbitrary origin: only differences mean anything. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
