// Text and JSON for `prove-hooks bench`: the per-benchmark table and the CI document.
import type { BenchBaselineHeader, BenchClock, BenchEnvironment, BenchProgress, BenchSessionResult, BenchVerdict, ComparePolicy } from '../core/bench/bench-result.js';

/** Version of the `bench --json` document (documented in the README). */
export const BENCH_REPORT_SCHEMA_VERSION = 2;

export interface BenchReportInput {
  readonly result: BenchSessionResult;
  readonly timeMs: number;
  readonly budgetSeconds: number;
  readonly policy: ComparePolicy;
  readonly environment: BenchEnvironment;
  readonly baseline: { readonly path: string; readonly file: BenchBaselineHeader } | undefined;
  /** Where `--save` wrote the current samples, if it did. */
  readonly savedTo: string | undefined;
  readonly exitCode: number;
}

export interface BenchJsonBenchmark {
  readonly id: string;
  readonly currentMs: number;
  readonly currentSamples: readonly number[];
  readonly baselineMs?: number;
  readonly baselineSamples?: readonly number[];
  readonly roundLogRatios?: readonly number[];
  readonly processes?: number;
  readonly changePercent?: number;
  readonly lowPercent?: number | null;
  readonly highPercent?: number | null;
  readonly verdict?: BenchVerdict;
  readonly reason?: string;
}

/** Builds the `bench --json` document. */
export function buildBenchJson(input: BenchReportInput) {
  const { result } = input;
  const byId = new Map(result.comparison?.comparisons.map((c) => [c.id, c]));
  const benchmarks: BenchJsonBenchmark[] = Object.entries(result.current).map(([id, samples]) => {
    const comparison = byId.get(id);
    const base = { id, currentMs: result.currentMs[id]!, currentSamples: samples };
    if (comparison === undefined) return base;
    const { id: _id, currentMs: _currentMs, lowPercent, highPercent, ...rest } = comparison;
    // JSON has no infinity: an interval that could not be computed is null.
    const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);
    const rounds = result.roundLogRatios?.[id];
    return {
      ...base,
      ...rest,
      lowPercent: finite(lowPercent),
      highPercent: finite(highPercent),
      baselineSamples: result.reference?.[id] ?? [],
      ...(rounds === undefined ? {} : { roundLogRatios: rounds }),
    };
  });
  return {
    schemaVersion: BENCH_REPORT_SCHEMA_VERSION,
    mode: result.mode,
    settings: {
      timeMs: input.timeMs,
      budgetSeconds: input.budgetSeconds,
      statistic: 'per-process-min',
      clock: 'min-wall-process-cpu' satisfies BenchClock,
      test: result.mode === 'compare' ? 'welch-t-log-ratio' : 'paired-t-log-ratio',
      marginPercent: input.policy.marginPercent,
      alpha: input.policy.alpha,
      looks: result.looks,
    },
    run: { processesPerSide: result.rounds, elapsedMs: Math.round(result.elapsedMs), stoppedEarly: result.stoppedEarly },
    environment: input.environment,
    baseline:
      input.baseline === undefined
        ? null
        : {
            path: input.baseline.path,
            createdAt: input.baseline.file.createdAt,
            proveHooksVersion: input.baseline.file.proveHooksVersion,
            environment: input.baseline.file.environment,
            foreign: result.foreign,
          },
    benchmarks,
    onlyInBaseline: result.comparison?.onlyInBaseline ?? [],
    onlyInCurrent: result.comparison?.onlyInCurrent ?? [],
    summary: summarizeVerdicts(result),
    savedTo: input.savedTo ?? null,
    exitCode: input.exitCode,
  };
}

/** The human table. Ends with a newline. */
export function formatBenchReport(input: BenchReportInput): string {
  const { result, policy } = input;
  const lines = [
    `prove-hooks bench (${result.mode}): ${result.rounds} fresh processes per side in ${formatSeconds(result.elapsedMs)} ` +
      `(budget ${input.budgetSeconds} s), ${input.timeMs} ms per benchmark each; statistic: per-process minimum of a sample's smaller of wall and CPU time`,
  ];
  if (result.mode === 'aa') lines.push('A/A: the current build against itself; any regression below is a false alarm.');
  if (input.baseline !== undefined) {
    lines.push(`baseline: ${input.baseline.path} (${input.baseline.file.createdAt}, prove-hooks ${input.baseline.file.proveHooksVersion})`);
  }
  if (result.foreign.length > 0) lines.push(`WARNING: foreign baseline, verdicts are unreliable: ${result.foreign.join('; ')}`);
  lines.push('');
  const rows: string[][] = [];
  if (result.comparison === undefined) {
    rows.push(['benchmark', 'now', 'spread', '']);
    for (const [id, samples] of Object.entries(result.current)) {
      const median = result.currentMs[id]!;
      const spread = median === 0 ? 0 : ((Math.max(...samples) - Math.min(...samples)) / median) * 100;
      rows.push([id, formatDuration(median), `±${(spread / 2).toFixed(1)}%`, '']);
    }
  } else {
    rows.push(['benchmark', 'baseline', 'now', 'change', 'processes', 'verdict']);
    for (const c of result.comparison.comparisons) {
      rows.push([c.id, formatDuration(c.baselineMs), formatDuration(c.currentMs), formatPercent(c.changePercent), String(c.processes), `${c.verdict}: ${c.reason}`]);
    }
  }
  lines.push(...formatTable(rows));
  if (result.comparison !== undefined) {
    for (const missing of result.comparison.onlyInBaseline) lines.push(`  ${missing}: in the baseline but not measured now`);
    for (const added of result.comparison.onlyInCurrent) lines.push(`  ${added}: new, not in the baseline (no verdict)`);
    const summary = summarizeVerdicts(result);
    const benchmarks = result.comparison.comparisons.length;
    lines.push(
      '',
      `${summary.regressed} regressed, ${summary.improved} improved, ${summary.unchanged} unchanged, ${summary.inconclusive} inconclusive`,
      `margin ±${policy.marginPercent}%: unchanged when the ${formatLevel(1 - (2 * policy.alpha) / result.looks)} interval of now/baseline lies within a factor of ` +
        `${(1 + policy.marginPercent / 100).toFixed(2)} either way; regressed or improved when a one-sided t test at ${policy.alpha} ` +
        `(Bonferroni over ${benchmarks} benchmarks and ${result.looks} looks) shows a change and the interval is not within the margin` +
        `${result.mode === 'compare' ? ' (Welch t on log times)' : ' (paired t on log ratios of rounds)'}`,
    );
    if (result.stoppedEarly) lines.push(`inconclusive: the time budget (${input.budgetSeconds} s) or --processes ended the run first; the interval is shown`);
  }
  if (input.savedTo !== undefined) lines.push(`saved the current samples to ${input.savedTo}`);
  return `${lines.join('\n')}\n`;
}

/** Progress on stderr while `bench` runs: a line per decided benchmark; a bar on a terminal, a line per round otherwise. */
export function createBenchProgress(stream: { write(text: string): unknown }, isTty: boolean): { update: (event: BenchProgress) => void; end: () => void } {
  let bar = '';
  const clear = (): void => {
    if (isTty && bar !== '') stream.write('\r\x1b[K');
  };
  return {
    update: (event) => {
      if (event.kind === 'verdict') {
        const c = event.comparison;
        clear();
        stream.write(`bench: ${c.id} ${c.verdict} ${formatPercent(c.changePercent)} (${c.reason}) after ${c.processes} processes per side, ${formatSeconds(event.elapsedMs)}\n`);
        if (isTty && bar !== '') stream.write(bar);
        return;
      }
      const status = event.comparing ? `${event.decided} of ${event.benchmarks} decided` : `${event.benchmarks} benchmarks measured`;
      if (isTty) {
        const width = 20;
        const filled = event.benchmarks === 0 ? 0 : Math.round((event.decided / event.benchmarks) * width);
        bar = `bench [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] round ${event.round}, ${status}, ${formatSeconds(event.elapsedMs)}`;
        stream.write(`\r\x1b[K${bar}`);
      } else {
        stream.write(`bench: round ${event.round} done, ${status}, ${formatSeconds(event.elapsedMs)}\n`);
      }
    },
    end: () => {
      clear();
      bar = '';
    },
  };
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

function formatLevel(level: number): string {
  return `${(level * 100).toFixed(level > 0.99 ? 2 : 1)}%`;
}

function summarizeVerdicts(result: BenchSessionResult): Record<BenchVerdict, number> {
  const summary: Record<BenchVerdict, number> = { regressed: 0, improved: 0, unchanged: 0, inconclusive: 0 };
  for (const c of result.comparison?.comparisons ?? []) summary[c.verdict]++;
  return summary;
}


function formatTable(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** A per-operation duration in the most readable unit. */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 0.001) return `${(ms * 1000).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(0)} ns`;
}

function formatPercent(percent: number): string {
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}
