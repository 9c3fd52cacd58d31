// Text for hook timing: the one-line delta after a run and the `--timing` breakdown.
import type { CacheCounters, DeltaVerdict, TimingBreakdown } from '../core/perf/run-timing.js';

/** `perf.report`: when the one-line delta is printed. */
export type PerfReportMode = 'always' | 'regressions' | 'never';

/**
 * The one-line delta, e.g. `pre-commit 142 ms (+38% vs usual 103 ms; scan)`, or undefined when
 * the mode says to stay quiet. Ends with a newline.
 */
export function formatDeltaLine(hook: string, verdict: DeltaVerdict, mode: PerfReportMode): string | undefined {
  if (mode === 'never') return undefined;
  if (verdict.kind === 'regression') {
    const blame = verdict.blame === undefined ? '' : `; ${verdict.blame}`;
    return `${hook} ${formatMs(verdict.currentMs)} (${formatChange(verdict.changePercent)} vs usual ${formatMs(verdict.usualMs)}${blame})\n`;
  }
  if (mode !== 'always') return undefined;
  if (verdict.kind === 'no-baseline') {
    return `${hook} ${formatMs(verdict.currentMs)} (no baseline yet: ${verdict.runs} of ${verdict.needed} runs)\n`;
  }
  return `${hook} ${formatMs(verdict.currentMs)} (${formatChange(verdict.changePercent)} vs usual ${formatMs(verdict.usualMs)})\n`;
}

/** The full breakdown printed by `--timing`: every part, counters and caches. Ends with a newline. */
export function formatTimingBreakdown(breakdown: TimingBreakdown): string {
  const usual = breakdown.usual === undefined ? '' : ` (usual ${formatMs(breakdown.usual.medianMs)} over ${breakdown.usual.runs} run${breakdown.usual.runs === 1 ? '' : 's'})`;
  const lines = [`prove-hooks timing: ${breakdown.hook} ${formatMs(breakdown.totalMs, 1)}${usual}`];
  for (const row of breakdown.rows) {
    const vs = row.usualMs === undefined ? '' : `  usual ${formatMs(row.usualMs, 1)}`;
    const extra = row.heapBytes === undefined ? '' : `heap ${formatBytesDelta(row.heapBytes)}`;
    lines.push(`  ${row.name.padEnd(9)}${formatMs(row.ms, 1).padStart(10)}${vs.padEnd(18)}${extra ? `  ${extra}` : ''}`.trimEnd());
  }
  const counts = Object.entries(breakdown.counts);
  if (counts.length > 0) lines.push(`  counts: ${counts.map(([name, n]) => `${name} ${n}`).join(', ')}`);
  for (const [name, cache] of Object.entries(breakdown.caches)) lines.push(`  cache ${name}: ${formatCacheStats(cache)}`);
  return `${lines.join('\n')}\n`;
}

/** `12 hits, 1 miss (92% hits), 40 entries, 2.0 KiB`. */
export function formatCacheStats(cache: CacheCounters): string {
  const lookups = cache.hits + cache.misses;
  const rate = lookups === 0 ? 'no lookups' : `${Math.round((cache.hits / lookups) * 100)}% hits`;
  const parts = [`${cache.hits} hit${cache.hits === 1 ? '' : 's'}`, `${cache.misses} miss${cache.misses === 1 ? '' : 'es'} (${rate})`];
  if (cache.entries !== undefined) parts.push(`${cache.entries} entries`);
  if (cache.bytes !== undefined) parts.push(formatBytes(cache.bytes));
  return parts.join(', ');
}

/** Milliseconds for people: whole numbers from 10 ms up, one decimal below. */
export function formatMs(ms: number, decimals?: number): string {
  const places = decimals ?? (Math.abs(ms) >= 10 ? 0 : 1);
  return `${ms.toFixed(places)} ms`;
}

function formatChange(percent: number): string {
  const rounded = Math.round(percent);
  return `${rounded >= 0 ? '+' : ''}${rounded}%`;
}

/** Bytes for people, binary units. */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${bytes} B`;
  if (abs < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function formatBytesDelta(bytes: number): string {
  return `${bytes > 0 ? '+' : ''}${formatBytes(bytes)}`;
}
