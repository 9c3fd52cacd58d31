// The flag check of one diff, shared by pre-commit, pre-push and scan: stream the diff from git
// through the parser and the prefilter, evaluate the rules, apply the baseline.
import { sha256Hex } from '../hash.js';
import picomatch from 'picomatch';
import { readBaselineFile } from './baseline-file.js';
import type { FlagKnowledge } from './flag-knowledge.js';
import type { FlagsConfig } from '../config/schema.js';
import { applyBaseline } from '../core/flags/baseline.js';
import type { FlagFinding } from '../core/flags/finding.js';
import { createFlagRuleEvaluator, createLineTooLongFinding, type FlagLine } from '../core/flags/rules.js';
import type { FlagMatcher } from '../core/flags/matcher.js';
import { LineKind, pathOf } from '../core/diff/diff-types.js';
import type { ScanStats } from '../core/scan/diff-scanner.js';
import { createDiffScan } from '../core/scan/scan-diff.js';
import { compileAnchorsCached } from '../cache/automaton-cache.js';
import { compileAnchors } from '../core/scan/anchor-automaton.js';
import { tryPrepareStateDir } from '../state-dir.js';
import { PROVE_VERSION } from '../version.js';
import { startContentDiff, startDiff, type DiffTarget } from '../git/diff-stream.js';
import type { GitStream, GitStreamRunner } from '../git/run-git.js';
import type { FlagReport, ReferenceRow } from '../report/flag-report.js';
import { kindOfReference } from '../core/flags/finding.js';
import { isEveryFileExcluded } from '../core/flags/path-reach.js';
import type { RecoveryEntry } from '../perf/run-record.js';
import { ContextCollector } from './flag-context.js';

/** Where the time of a flag check went, in ms. */
export interface FlagCheckTimings {
  /** Waiting for git to produce the diff (beyond the time spent processing it). */
  diffMs: number;
  /** Parsing the diff and the one-pass literal prefilter. */
  prefilterMs: number;
  /** The matchers' regexes on the lines where an anchor hit. */
  regexMs: number;
  /** Loading the registries (and compiling matchers) plus evaluating the rules. */
  registryMs: number;
}

export interface FlagCheckOutcome {
  readonly report: FlagReport;
  /** Registry keys referenced on removed lines (candidates for the extinct check). */
  readonly removedFlags: ReadonlySet<string>;
  readonly stats: Readonly<ScanStats>;
  readonly diffBytes: number;
  readonly timings: FlagCheckTimings;
  readonly kernel: 'wasm' | 'js';
  /** Recoveries made on purpose during the check (a damaged prefilter cache rebuilt), for the run record. */
  readonly recoveries: readonly RecoveryEntry[];
  /** Set when the change was too large for the context: the line the user is shown on stderr. */
  readonly contextNotice?: string;
}

export interface FlagCheckInput {
  readonly target: DiffTarget;
  readonly flags: FlagsConfig;
  readonly knowledge: FlagKnowledge;
  /** Absolute top level of the work tree: git runs here, paths are relative to it. */
  readonly repoRoot: string;
  readonly env: NodeJS.ProcessEnv;
  /** `YYYY-MM-DD` for the expiry rule. */
  readonly today: string;
  /** A monotonic clock in ms. */
  readonly now: () => number;
  /** Time already spent loading the knowledge, counted in `registryMs`. */
  readonly knowledgeMs?: number;
  /** The diff of `target`, already started (startDiff) so git ran while the hook loaded. */
  readonly diff?: GitStream;
  /** Starts the diffs not given in `diff` (default: git itself, run-git.ts GIT_STREAMS). */
  readonly streams?: GitStreamRunner;
  /** False: judge the diff lines alone, without reading the changed files' context. */
  readonly context?: boolean;
  /** Collect every added line's references (`scan --references`). */
  readonly listReferences?: boolean;
  /** The state folder (`<git common dir>/prove-hooks`): the compiled prefilter is kept there between runs, and the diff spooled there. */
  readonly stateDir?: string;
}

/** The line shown when the include/exclude globs leave no source file to check. */
const EVERY_FILE_EXCLUDED = 'prove-hooks: flags.include / flags.exclude leave no source file to check (src/index.ts, app/main.py ... all excluded): no flag reference is checked; to turn the check off, say so with flags.enabled: false';

/** Characters of paths named to the second diff (below Linux's 128 KiB for one argument list entry, and Windows' 32 KiB command line). */
const MAX_PATHSPEC_CHARS = 24 * 1024;

/** Builds the include/exclude test of the `flags` config (globs on repository-relative paths). */
export function compilePathFilter(flags: Pick<FlagsConfig, 'include' | 'exclude'>): (path: string) => boolean {
  // dotAll: picomatch's `*` is built on `.`, which would not match a newline in a path.
  const compile = (globs: readonly string[]): ((path: string) => boolean)[] =>
    globs.map((glob) => {
      const made = picomatch.makeRe(glob, { dot: true });
      const regex = new RegExp(made.source, `${made.flags.replace('s', '')}s`);
      // picomatch's regex for `**/*.min.js` backtracks over every folder of the path (several
      // microseconds a path, thousands of paths in a large commit); a path without the glob's
      // literal text cannot match, and most paths lack it.
      const literal = requiredLiteral(glob, made.source);
      return literal === '' ? (path) => regex.test(path) : (path) => path.includes(literal) && regex.test(path);
    });
  const included = compile(flags.include);
  const excluded = compile(flags.exclude);
  return (path) => included.some((test) => test(path)) && !excluded.some((test) => test(path));
}

/**
 * The longest text every path a glob matches contains: for a glob of literal characters, `/`
 * and `*` only, its longest run between stars with the slashes at its ends removed (a `**`
 * segment may match no folder, so `/x/` may be met as `x/`). Empty when no such text is known:
 * the glob has anything else (`?`, classes, braces, extglobs, escapes, a leading `!`), or a `.`
 * or `..` segment or a `//`, which picomatch normalizes away. With `regexSource` (picomatch's
 * regex for the glob), also empty unless that regex spells the text out: picomatch reads some
 * globs otherwise (for `***.js.` its regex ends in `\.js.`, whose last `.` is any character).
 */
export function requiredLiteral(glob: string, regexSource?: string): string {
  if (/[?[\]{}()!+@\\]/.test(glob) || /(^|\/)\.{1,2}(\/|$)|\/\//.test(glob)) return '';
  let longest = '';
  for (const run of glob.split('*')) {
    const trimmed = run.replace(/^\/+|\/+$/g, '');
    if (trimmed.length > longest.length) longest = trimmed;
  }
  if (regexSource !== undefined && !regexSource.includes(longest.replace(/[.^$|/]/g, '\\$&'))) return '';
  return longest;
}

/** Runs the flag check on one diff. Throws GitError, RegistryError, ConfigError, DetectionError. */
export async function runFlagCheck(input: FlagCheckInput): Promise<FlagCheckOutcome> {
  // Files whose whole text is read after the diff: their diff lines wait in the collector, and
  // git reads their images meanwhile.
  const context = input.context === false ? undefined : new ContextCollector((path) => input.knowledge.matcherFor(path), input);
  try {
    return await checkDiff(input, context);
  } finally {
    // The image reads end with evaluate(); a run that fails before that stops them.
    context?.cancel();
  }
}

async function checkDiff(input: FlagCheckInput, context: ContextCollector | undefined): Promise<FlagCheckOutcome> {
  const { now, knowledge, flags } = input;
  const evaluator = createFlagRuleEvaluator(knowledge.ruleContext(input.today));
  const removedFlags = new Set<string>();
  let rulesMs = 0;
  // Lines with references wait here and go through the rules once per chunk: timing each line
  // (two clock reads for each of tens of thousands of lines) cost more than some phases it timed.
  // A ScannedLine holds strings, not views of the parser's buffer, so it can wait.
  let pending: FlagLine[] = [];
  const listed: FlagLine[] | undefined = input.listReferences ? [] : undefined;
  const onLine = (line: FlagLine): void => {
    pending.push(line);
  };
  const evaluatePending = (): void => {
    if (pending.length === 0) return;
    const started = now();
    const lines = pending;
    pending = [];
    for (const line of lines) {
      if (line.side === 'removed') for (const reference of line.references) removedFlags.add(reference.flag);
      evaluator.addLine(line);
      if (line.side === 'added') listed?.push(line);
    }
    rulesMs += now() - started;
  };
  const { stateDir } = input;
  const recoveries: RecoveryEntry[] = [];
  const pathFilter = compilePathFilter(flags);
  // During the second pass (below): only the files the first pass saw as binary.
  let recheck: ReadonlySet<string> | undefined;
  const scan = createDiffScan(knowledge, {
    includePath: (path) => (recheck === undefined || recheck.has(path)) && pathFilter(path),
    maxLineBytes: flags.maxLineLength,
    now,
    onLine,
    ...(context === undefined ? {} : {
          onFile: context.onFile.bind(context),
          onHunk: context.onHunk.bind(context),
          onCandidate: context.onCandidate.bind(context),
          defer: context.defer.bind(context),
          onDeferred: context.onDeferred.bind(context),
        }),
    ...(stateDir === undefined
      ? {}
      : { compileAnchors: (anchors: readonly string[]) => compileAnchorsCached(stateDir, anchors, PROVE_VERSION, compileAnchors, () => recoveries.push({ kind: 'cache', recovery: 'rebuild', what: 'automaton-cache' })) }),
  });
  // Each file is placed against the context's diff budget where the parser meets its header.
  context?.readDiffOffsetFrom(() => scan.parser.offset);
  const contextScan = { maxLineLength: flags.maxLineLength, now, findAnchors: (matcher: FlagMatcher, text: string, start: number, end: number) => scan.scanner.findTextAnchors(matcher, text, start, end) };
  context?.scanWhileReading(contextScan);
  let handlerMs = 0;
  const streamStarted = now();
  const diff = input.diff ?? startDiff(input.target, { cwd: input.repoRoot, env: input.env }, stateDir === undefined ? undefined : tryPrepareStateDir(stateDir), input.streams);
  let streamed = 0;
  const took = (count: number): void => {
    streamed += count;
    if (context !== undefined) {
      pending.push(...context.checkSize(streamed));
      // Between chunks (outside the parser): the files the diff has finished are scanned now if
      // their images are in, while git writes the rest.
      context.scanReady();
    }
    evaluatePending();
  };
  const { bytes, spoolFellBack } = await diff.consume(
    (chunk) => {
      const started = now();
      scan.parser.push(chunk);
      handlerMs += now() - started;
      took(chunk.length);
    },
    // A spool reads straight into the parser's memory; the read itself is git's time, not the handler's.
    (read) => {
      const started = now();
      let readMs = 0;
      const count = scan.parser.readFrom((into, offset, length) => {
        const readStarted = now();
        const bytesRead = read(into, offset, length);
        readMs += now() - readStarted;
        return bytesRead;
      });
      handlerMs += now() - started - readMs;
      if (count > 0) took(count);
      // A read of none still reads the lines buffered so far (DiffParser.readFrom).
      else context?.scanReady();
    },
  );
  // The spool was only a speed measure (a full disk, an unwritable folder): git's output came
  // through a pipe instead, and the fallback is noted for the run record.
  if (spoolFellBack === true) recoveries.push({ kind: 'cache', recovery: 'skip-and-report', what: 'diff-spool' });
  // Files git called binary may be so only by a committed .gitattributes (`*.js -diff`): they
  // are diffed again where only content decides, and what is text is scanned. Commits without
  // binary files (the usual ones) never start this second git run.
  scan.parser.finishFile();
  const binaryPaths = [...new Set(scan.parser.seenFiles.filter((file) => file.binary && !file.submodule).flatMap((file) => [file.oldPath, file.newPath]).filter((path) => path !== null))];
  let contentBytes = 0;
  let utf16Notice: string | undefined;
  if (binaryPaths.length > 0) {
    recheck = new Set(binaryPaths.filter((path) => pathFilter(path)));
    if (recheck.size > 0) {
      const paths = [...recheck];
      // Named on the command line when that is safe and short; else the whole diff, filtered.
      const named = paths.every((path) => !path.includes('\uFFFD')) && paths.reduce((sum, path) => sum + path.length + 1, 0) < MAX_PATHSPEC_CHARS;
      const contentDiff = startContentDiff(input.target, { cwd: input.repoRoot, env: input.env }, named ? paths : undefined, input.streams);
      const firstPassFiles = scan.parser.seenFiles.length;
      ({ bytes: contentBytes } = await contentDiff.consume((chunk) => {
        const started = now();
        scan.parser.push(chunk);
        handlerMs += now() - started;
        evaluatePending();
      }));
      // Files binary by their content may still be text: UTF-16 sources (NUL bytes). Their
      // images are read and decoded, and their line changes scanned like any other diff's.
      scan.parser.finishFile();
      const stillBinary = scan.parser.seenFiles.slice(firstPassFiles).filter((file) => file.binary && !file.submodule);
      if (stillBinary.length > 0) {
        const { readUtf16Patches } = await import('./utf16-files.js');
        const utf16 = await readUtf16Patches(stillBinary, input.target, { cwd: input.repoRoot, env: input.env });
        utf16Notice = utf16.notice;
        if (utf16.patch.length > 0) {
          recheck = utf16.paths;
          const started = now();
          scan.parser.push(utf16.patch);
          handlerMs += now() - started;
          contentBytes += utf16.patch.length;
          evaluatePending();
        }
      }
    }
  }
  const endStarted = now();
  scan.parser.end();
  handlerMs += now() - endStarted;
  evaluatePending();
  // The rules, and the context scans of files whose diff and images were in, ran while the diff
  // streamed: not time spent waiting for git.
  const earlyScanMs = context?.earlyScanMs ?? 0;
  const streamMs = now() - streamStarted - rulesMs - earlyScanMs;

  const rulesStarted = now();
  if (context !== undefined) {
    pending.push(...context.checkSize(bytes));
    evaluatePending();
    const gone = await context.evaluate(
      contextScan,
      evaluator,
      (line) => {
        if (line.side === 'added') listed?.push(line);
      },
    );
    for (const flag of gone) removedFlags.add(flag);
  }
  const evaluation = evaluator.finish();
  const findings: FlagFinding[] = [...evaluation.findings];
  for (const skip of scan.scanner.skipped) {
    if (skip.kind !== LineKind.ADDED) continue;
    const finding = createLineTooLongFinding(
      { file: pathOf(skip.file), line: skip.line, lengthBytes: skip.lengthBytes, maxLineLength: flags.maxLineLength },
      flags.severity,
      sha256Hex,
    );
    if (finding !== undefined) findings.push(finding);
  }
  const references = listed === undefined ? undefined : listReferenceRows(listed, knowledge, input.today);
  let report: FlagReport = { findings, suppressed: evaluation.suppressed, baselined: [], ...(references === undefined ? {} : { references }) };
  if (flags.baseline !== null) {
    const baseline = await readBaselineFile(flags.baseline, input.repoRoot);
    const { kept, baselined } = applyBaseline(findings, baseline);
    report = { findings: kept, suppressed: evaluation.suppressed, baselined, ...(references === undefined ? {} : { references }) };
  }
  const rulesAfterMs = now() - rulesStarted;

  const matchMs = scan.scanner.timings.regexMs;
  const everyFileExcluded = isEveryFileExcluded(pathFilter, flags.include) ? EVERY_FILE_EXCLUDED : undefined;
  const notices = [context?.givenUpNotice, utf16Notice, everyFileExcluded].filter((line) => line !== undefined);
  const notice = notices.length === 0 ? undefined : notices.join('\n');
  return {
    report,
    removedFlags,
    stats: scan.scanner.stats,
    diffBytes: bytes + contentBytes,
    kernel: scan.scanner.kernelKind,
    recoveries,
    ...(notice === undefined ? {} : { contextNotice: notice }),
    timings: {
      diffMs: Math.max(0, streamMs - handlerMs),
      prefilterMs: Math.max(0, handlerMs - matchMs),
      regexMs: matchMs,
      registryMs: (input.knowledgeMs ?? 0) + rulesMs + earlyScanMs + rulesAfterMs,
    },
  };
}

/** The rows of `scan --references`: each reference of the added lines, with its registry status. */
function listReferenceRows(lines: readonly FlagLine[], knowledge: FlagKnowledge, today: string): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  for (const line of lines) {
    const registry = knowledge.registryFor(line.file);
    for (const reference of line.references) {
      const definition = registry?.get(reference.flag);
      const expired = definition?.expires !== undefined && definition.expires < today;
      const status = definition === undefined ? 'unknown' : expired && definition.status === 'active' ? 'expired' : definition.status;
      rows.push({ flag: reference.flag, file: line.file, line: line.line, column: reference.index >= 0 ? reference.index + 1 : null, kind: kindOfReference(reference), status });
    }
    for (const key of line.dynamic ?? []) {
      rows.push({ flag: null, expression: key.expression, file: line.file, line: line.line, column: key.index >= 0 ? key.index + 1 : null, kind: 'dynamic', status: 'unchecked' });
    }
  }
  return rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0)));
}
