// Running the built CLI over the corpus: a temporary repository with real git per run, the
// corpus staged as new files or as modifications of a committed base, `scan --staged --format json`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuiltCli } from '../helpers/cli.js';
import { createTempRepo } from '../helpers/git-repo.js';
import {
  CORPORA,
  deriveRecallRegistry,
  listCorpusFiles,
  listDiffAddedLines,
  readBaseImage,
  readCorpusConfig,
  readCorpusManifest,
  readCorpusRegistry,
  removeLines,
  type CorpusLocation,
  type CorpusRegistry,
  type RemovedReference,
} from './corpus-manifest.js';
import {
  collectLifecycleSets,
  compareLifecycleSets,
  listAddedLines,
  readObservations,
  scoreReferences,
  selectAddedInModifiedMode,
  type CorpusScore,
  type ExpectedReference,
  type LifecycleSets,
  type SetDifference,
} from './score-references.js';

/** `new-files`: every corpus file is added. `modified`: a base is committed, the corpus modifies it. */
export type CorpusMode = 'new-files' | 'modified';

export interface ScanRun {
  /** The CLI's exit status (0 or 1: findings are the point). */
  readonly status: number | null;
  readonly json: unknown;
}

/**
 * Stages the corpus in a fresh repository whose committed flags.json is `registry` and scans it.
 * Throws when the CLI fails to run (an exit status other than 0 or 1) or prints no JSON.
 */
export function runCorpusScan(options: { mode: CorpusMode; registry: CorpusRegistry; references: boolean; corpus?: CorpusLocation }): ScanRun {
  const corpus = options.corpus ?? CORPORA[0]!;
  const repoDir = join(corpus.dir, 'repo');
  const repo = createTempRepo();
  try {
    const files = listCorpusFiles(repoDir);
    const added = options.mode === 'modified' ? listAddedLines(readCorpusManifest(join(corpus.dir, 'manifest.json')).references) : new Map<string, Set<number>>();
    // The registry and config are committed, never staged: the scan judges only the corpus.
    repo.write('flags.json', `${JSON.stringify(options.registry, null, 2)}\n`);
    repo.write('.proverc.json', readCorpusConfig(join(corpus.dir, 'proverc.json')));
    if (options.mode === 'modified') {
      for (const file of files) repo.write(file, readBaseImage(corpus, file) ?? removeLines(readFileSync(join(repoDir, file), 'utf8'), added.get(file) ?? new Set()));
    }
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: corpus base [T-2026-12-07-501] [MODE:NF]']);
    for (const file of files) repo.write(file, readFileSync(join(repoDir, file)));
    repo.gitOk(['add', '-A']);
    const args = ['scan', '--staged', '--format', 'json', ...(options.references ? ['--references'] : [])];
    const result = runBuiltCli(args, { cwd: repo.dir, env: repo.env, input: '' });
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`prove-hooks ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
    }
    try {
      return { status: result.status, json: JSON.parse(result.stdout) };
    } catch (error) {
      throw new Error(`prove-hooks ${args.join(' ')} printed no JSON:\n${result.stdout}\n${result.stderr}`, { cause: error });
    }
  } finally {
    repo.cleanup();
  }
}

/** Whether the built CLI has `scan --references` (issue 14, section 3). */
export function readReferencesSupport(): boolean {
  const help = runBuiltCli(['help', 'scan'], { input: '' });
  return `${help.stdout}${help.stderr}`.includes('--references');
}

/**
 * The expected references the modified mode judges: on a file with a committed pre-image
 * (`base/`), those on the lines the diff adds; elsewhere those the derived base leaves out.
 */
export function selectExpectedInModifiedMode(corpus: CorpusLocation, references: readonly ExpectedReference[]): ExpectedReference[] {
  const addedByFile = new Map<string, Set<number> | undefined>();
  const addedIn = (file: string): Set<number> | undefined => {
    if (!addedByFile.has(file)) {
      const base = readBaseImage(corpus, file);
      addedByFile.set(file, base === undefined ? undefined : listDiffAddedLines(base, readFileSync(join(corpus.dir, 'repo', file), 'utf8')));
    }
    return addedByFile.get(file);
  };
  const derived = new Set(selectAddedInModifiedMode(references));
  return references.filter((entry) => {
    const added = addedIn(entry.file);
    return added === undefined ? derived.has(entry) : added.has(entry.line);
  });
}

/** The (file, flag) pairs a scan reported as `flag-removed`, sorted. */
export function collectRemovedReferences(json: unknown): RemovedReference[] {
  const findings = (json as { findings?: readonly { rule?: unknown; file?: unknown; flag?: unknown }[] }).findings ?? [];
  const pairs = new Map<string, RemovedReference>();
  for (const finding of findings) {
    if (finding.rule !== 'flag-removed' || typeof finding.file !== 'string' || typeof finding.flag !== 'string') continue;
    pairs.set(`${finding.file}\u0000${finding.flag}`, { file: finding.file, flag: finding.flag });
  }
  return [...pairs.values()].sort((a, b) => a.file.localeCompare(b.file) || a.flag.localeCompare(b.flag));
}

export interface CorpusReport {
  /** Where observations came from: `scan --references`, or findings under the recall registry. */
  readonly source: 'references' | 'findings';
  readonly newFiles: CorpusScore;
  readonly modified: CorpusScore;
  readonly lifecycle: { readonly expected: LifecycleSets; readonly actual: LifecycleSets; readonly exact: boolean; readonly sets: Record<keyof LifecycleSets, SetDifference> };
  /** `flag-removed` in the modified mode, for a corpus whose manifest lists removals. */
  readonly removed?: { readonly expected: readonly RemovedReference[]; readonly actual: readonly RemovedReference[]; readonly exact: boolean };
}

/**
 * Scores the built CLI on the corpus: recall and precision for new and modified files, and the
 * lifecycle sets under the corpus registry. Without `--references`, recall is measured through
 * findings under a registry where every active flag is deprecated (so every reference reports).
 */
export function scoreCorpus(options: { references?: boolean; corpus?: CorpusLocation } = {}): CorpusReport {
  const corpus = options.corpus ?? CORPORA[0]!;
  const manifest = readCorpusManifest(join(corpus.dir, 'manifest.json'));
  const registry = readCorpusRegistry(join(corpus.dir, 'flags.json'));
  const references = options.references ?? readReferencesSupport();
  const lifecycleRun = runCorpusScan({ mode: 'new-files', registry, references, corpus });
  const measuring = references ? registry : deriveRecallRegistry(registry);
  const newFilesRun = references ? lifecycleRun : runCorpusScan({ mode: 'new-files', registry: measuring, references, corpus });
  const modifiedRun = runCorpusScan({ mode: 'modified', registry: measuring, references, corpus });
  const newFiles = readObservations(newFilesRun.json);
  const modified = readObservations(modifiedRun.json);
  const commentsObservable = newFiles.source === 'references';
  const actual = collectLifecycleSets(lifecycleRun.json);
  return {
    source: newFiles.source,
    newFiles: scoreReferences(manifest.references, newFiles.observed, { commentsObservable }),
    modified: scoreReferences(selectExpectedInModifiedMode(corpus, manifest.references), modified.observed, { commentsObservable }),
    lifecycle: { expected: manifest.lifecycle, actual, ...compareLifecycleSets(manifest.lifecycle, actual) },
    ...(manifest.removed === undefined ? {} : { removed: compareRemoved(manifest.removed, collectRemovedReferences(modifiedRun.json)) }),
  };
}

function compareRemoved(expected: readonly RemovedReference[], actual: readonly RemovedReference[]): NonNullable<CorpusReport['removed']> {
  const keyOf = (entry: RemovedReference): string => `${entry.file}\u0000${entry.flag}`;
  const want = [...new Set(expected.map(keyOf))].sort();
  const got = actual.map(keyOf);
  return { expected, actual, exact: want.length === got.length && want.every((key, index) => key === got[index]) };
}
