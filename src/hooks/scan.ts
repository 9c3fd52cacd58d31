// `prove-hooks scan`: the flag check on demand, for CI and scripts: the staged changes or the
// changes of a commit range, in any report format.
import type { HookIo } from './run-hook.js';
import { writeBaselineFile } from './baseline-file.js';
import { applyBaseline, createBaseline } from '../core/flags/baseline.js';
import { hasBlockingViolation } from '../core/violation.js';
import { ExitCode, GitError, ValidationError } from '../errors.js';
import type { DiffTarget } from '../git/diff-stream.js';
import { EMPTY_TREE } from '../git/push-range.js';
import { runGitOk, type GitRunner } from '../git/run-git.js';
import { formatBaselineWritten, type FlagReportFormat } from '../report/flag-report.js';
import { runFlagCheck } from './flag-check.js';
import { FULL_SOURCES } from './full-sources.js';
import { flagCheckInputOf, formatFlagTimings, loadKnowledge, openFlagRun, writeFlagReport } from './flag-run.js';

export interface ScanOptions {
  readonly format: FlagReportFormat;
  readonly timing: boolean;
  /** List every reference of the change (`--references`). */
  readonly references?: boolean;
  /** `A..B` or `A...B`; undefined scans the staged changes (or, with `all`, HEAD's tree). */
  readonly range?: string;
  /** Scan every file committed at HEAD, as if each line were added. */
  readonly all?: boolean;
  /** Rewrite the baseline file (`flags.baseline`) to accept every finding of this scan. */
  readonly updateBaseline?: boolean;
}

/**
 * Splits `A..B` / `A...B`. Both sides must be named: git reads an empty side as HEAD, but in a CI
 * line (`--range "$BASE..HEAD"`) an empty side is an unset variable, and `HEAD..HEAD` would pass
 * without scanning anything. Throws ValidationError.
 */
export function parseRangeSpec(spec: string): { base: string; tip: string; mergeBase: boolean } {
  const match = /^(.*?)(\.\.\.?)(.*)$/.exec(spec);
  const hint = 'Give two commits: --range origin/main..HEAD (or A...B to start from their merge base).';
  if (match === null || spec.trim() === '' || /\s/.test(spec)) {
    throw new ValidationError(`--range '${spec}' is not a range`, { hint });
  }
  const [, base = '', dots = '..', tip = ''] = match;
  if (base === '' || tip === '') {
    const missing = base === '' && tip === '' ? 'both sides are' : base === '' ? 'the base (before the dots) is' : 'the tip (after the dots) is';
    throw new ValidationError(`--range '${spec}': ${missing} empty (an unset variable?)`, {
      hint: `${hint} Write HEAD where you mean it: git's empty-side shorthand is refused, so an unset $BASE cannot pass unscanned.`,
    });
  }
  return { base, tip, mergeBase: dots === '...' };
}

/** Runs the scan; VIOLATION when a finding is an error. Throws ProveErrors. */
export async function runScan(io: HookIo, options: ScanOptions): Promise<ExitCode> {
  const run = await openFlagRun(io, 'scan', FULL_SOURCES);
  const baselinePath = run.config.flags.baseline;
  if (options.updateBaseline === true && baselinePath === null) {
    throw new ValidationError('scan --update-baseline: no baseline file is configured', {
      hint: 'Name one in .proverc.json first: "flags": { "baseline": ".flags-baseline.json" }, then run the command again.',
    });
  }
  const target = await resolveTarget(options, run.runner, run.repoRoot, io.env);
  // The registry the scanned changes go with: as staged, or as committed at the range's tip.
  const loaded = await loadKnowledge(run, target.kind === 'staged' ? { staged: true, env: io.env } : { commit: target.tip, env: io.env });
  const outcome = await runFlagCheck({ ...flagCheckInputOf(run, loaded, io.env), target, listReferences: options.references === true });
  let report = outcome.report;
  if (options.updateBaseline === true && baselinePath !== null) {
    // Every finding of the scan, whether or not the old baseline accepted it; the file is rewritten.
    const baseline = createBaseline([...report.findings, ...report.baselined]);
    await writeBaselineFile(baselinePath, run.repoRoot, baseline);
    const { kept, baselined } = applyBaseline([...report.findings, ...report.baselined], baseline);
    report = { findings: kept, suppressed: report.suppressed, baselined };
    io.stderr.write(formatBaselineWritten(baselinePath, baseline.entries.length, describeTarget(options)));
  }
  writeFlagReport(io, report, options.format, io.stdout);
  if (options.timing) io.stderr.write(formatFlagTimings(outcome.timings, { ...outcome.stats, diffBytes: outcome.diffBytes, kernel: outcome.kernel }));
  return hasBlockingViolation(report.findings) ? ExitCode.VIOLATION : ExitCode.OK;
}

async function resolveTarget(options: ScanOptions, runner: GitRunner, cwd: string, env: NodeJS.ProcessEnv): Promise<DiffTarget> {
  if (options.range !== undefined) return resolveRange(options.range, runner, cwd, env);
  if (options.all !== true) return { kind: 'staged' };
  // The whole tree is HEAD's commit diffed against the empty tree: every line counts as added.
  const head = await runner(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd, env });
  if (head.status !== 0) throw new ValidationError('scan --all: this repository has no commit yet', { hint: 'Commit first; until then, `prove-hooks scan --staged` scans what is staged.' });
  const tip = head.stdout.trim();
  return { kind: 'range', base: EMPTY_TREE[tip.length === 64 ? 64 : 40], tip };
}

function describeTarget(options: ScanOptions): string {
  if (options.range !== undefined) return `the changes of ${options.range}`;
  return options.all === true ? 'every file committed at HEAD' : 'the staged changes';
}

async function resolveRange(spec: string, runner: GitRunner, cwd: string, env: NodeJS.ProcessEnv): Promise<DiffTarget> {
  const range = parseRangeSpec(spec);
  const commitOf = async (revision: string): Promise<string> => {
    // `^{commit}` peels tags; --end-of-options keeps a revision starting with `-` from being an option.
    const result = await runner(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { cwd, env });
    if (result.status !== 0) throw new ValidationError(`--range: '${revision}' is not a commit here`, { hint: 'Check the name (git log --oneline -1 <name>), or fetch it first.' });
    return result.stdout.trim();
  };
  const base = await commitOf(range.base);
  const tip = await commitOf(range.tip);
  if (!range.mergeBase) return { kind: 'range', base, tip };
  const mergeBase = await runGitOk(runner, ['merge-base', base, tip], { cwd, env }).catch((error: unknown) => {
    throw new GitError(`--range ${spec}: ${range.base} and ${range.tip} have no common ancestor`, { cause: error, hint: 'Use two dots (A..B) to compare the trees directly.' });
  });
  return { kind: 'range', base: mergeBase.trim(), tip };
}
