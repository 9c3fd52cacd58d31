// Text and JSON for `prove-hooks perf`: history per hook and phase, baselines, cache health.
import type { HookHistory } from '../core/perf/hook-history.js';
import { formatSparkline } from './sparkline.js';
import { formatBytes, formatMs } from './timing.js';

/** Version of the `perf --json` document; bumped on incompatible changes. */
export const PERF_REPORT_SCHEMA_VERSION = 1;

export interface PerfLogInfo {
  readonly path: string;
  readonly sizeBytes: number;
  readonly records: number;
  readonly corrupt: number;
  readonly unknownVersion: number;
}

/** The `perf --json` document. */
export interface PerfReport {
  readonly schemaVersion: typeof PERF_REPORT_SCHEMA_VERSION;
  readonly log: PerfLogInfo;
  readonly hooks: readonly HookHistory[];
}

/** Names of the exit codes an error run can end with (errors.ts ExitCode). */
const EXIT_NAMES: Readonly<Record<number, string>> = { 2: 'usage', 3: 'config', 4: 'environment', 5: 'inconclusive', 70: 'internal' };

/** The human report. Ends with a newline. */
export function formatPerfReport(report: PerfReport): string {
  const { log } = report;
  const skipped = [
    log.corrupt > 0 ? `${log.corrupt} corrupt line${log.corrupt === 1 ? '' : 's'} skipped` : '',
    log.unknownVersion > 0 ? `${log.unknownVersion} record${log.unknownVersion === 1 ? '' : 's'} of another format version skipped` : '',
  ].filter(Boolean);
  const lines = [`prove-hooks perf: ${log.records} run${log.records === 1 ? '' : 's'} in ${log.path} (${formatBytes(log.sizeBytes)})${skipped.length > 0 ? `; ${skipped.join(', ')}` : ''}`];
  if (report.hooks.length === 0) {
    lines.push('', 'No hook runs recorded yet. Runs are recorded by the commit-msg, pre-commit, pre-push and pre-receive hooks (perf.log).');
    return `${lines.join('\n')}\n`;
  }
  for (const hook of report.hooks) lines.push('', ...formatHook(hook));
  return `${lines.join('\n')}\n`;
}

function formatHook(hook: HookHistory): string[] {
  const outcomes = Object.entries(hook.outcomes)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ');
  const usual =
    hook.baseline === null
      ? 'no baseline yet'
      : `usual ${formatMs(hook.baseline.medianMs)} ± ${formatMs(hook.baseline.madMs)} MAD over ${hook.baseline.runs} runs`;
  const lines = [
    `${hook.hook}: ${hook.runs} run${hook.runs === 1 ? '' : 's'} (${outcomes}); ${usual}; latest ${formatMs(hook.latest.totalMs)} (${hook.latest.outcome})`,
    `  ${'total'.padEnd(9)}${formatMs(hook.baseline?.medianMs ?? 0, 1).padStart(10)}  ${formatSparkline(hook.historyMs)}  ${rangeLabel(hook.historyMs)}`,
  ];
  for (const part of hook.parts) {
    lines.push(`  ${part.name.padEnd(9)}${formatMs(part.baselineMedianMs, 1).padStart(10)}  ${formatSparkline(part.historyMs)}  ${rangeLabel(part.historyMs)}`);
  }
  for (const cache of hook.caches) {
    const rate = cache.hitRate === null ? 'no lookups' : `${(cache.hitRate * 100).toFixed(1)}% hits (${cache.hits} of ${cache.hits + cache.misses})`;
    const size = [cache.entries === null ? '' : `${cache.entries} entries`, cache.bytes === null ? '' : formatBytes(cache.bytes)].filter(Boolean);
    lines.push(`  cache ${cache.name}: ${rate}${size.length > 0 ? `, ${size.join(', ')}` : ''}`);
  }
  if (hook.errors.length > 0) {
    lines.push(`  errors: ${hook.errors.map((error) => `${error.runs} exit ${error.exitCode}${EXIT_NAMES[error.exitCode] === undefined ? '' : ` (${EXIT_NAMES[error.exitCode]})`}`).join(', ')}`);
  }
  if (hook.errorKinds.length > 0) {
    lines.push(`  errors by kind: ${hook.errorKinds.map((error) => `${error.runs} ${error.kind}`).join(', ')}`);
  }
  for (const recovery of hook.recoveries) {
    lines.push(`  recovered: ${recovery.kind} ${recovery.what}, ${recovery.recovery}: ${recovery.count} time${recovery.count === 1 ? '' : 's'} in ${recovery.runs} of ${hook.runs} runs`);
  }
  if (hook.nodeVersions.length > 1) lines.push(`  note: these runs used several Node versions (${hook.nodeVersions.join(', ')}); timings may shift between them`);
  return lines;
}

function rangeLabel(values: readonly number[]): string {
  if (values.length === 0) return '';
  return `${formatMs(Math.min(...values), 1)} .. ${formatMs(Math.max(...values), 1)}`;
}
