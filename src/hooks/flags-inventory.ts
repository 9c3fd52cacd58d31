// `prove-hooks flags`: every flag reference in a tree (the work tree's tracked files, or a
// commit's tree from the object store), aggregated per registry flag, with the per-blob results
// kept in the git common dir so a second run reads only the blobs that changed.
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import type { HookIo } from './run-hook.js';
import { loadFlagKnowledge, type FlagKnowledge } from './flag-knowledge.js';
import type { FlagsConfig, ProveConfig } from '../config/schema.js';
import { BLOB_SCANNER_VERSION } from '../core/flags/blob-references.js';
import { ReadBuffer, createBlobScanner, readWorkTreeFile, scanJobs, scanWorkTreeFile, type ScanPlace, type WorkTreeOutcome } from './inventory-blob-scan.js';
import { chooseThreadCount, scanInThreads, type ScanJob, type ScanWorkerInit } from './inventory-scan-pool.js';
import { aggregateInventory, type Inventory, type InventoryFlag, type ReferenceLocation, type ScannedFile, type SkipReason, type SkippedFile } from '../core/flags/inventory.js';
import { stateOf, updateInventory, type FileResult } from '../core/flags/inventory-delta.js';
import { INVENTORY_SNAPSHOT_FORMAT, inventorySnapshotFileFor, readInventorySnapshot, snapshotIdentity, writeInventorySnapshot, type SnapshotListing } from '../cache/inventory-snapshot.js';
import { parseLocations, serializeLocations } from '../report/flag-inventory-data.js';
import { InventoryCache, fingerprintDetection, inventoryCacheFileFor, type CachedBlob } from '../cache/inventory-cache.js';
import { GitError, ValidationError } from '../errors.js';
import { compileAnchorsCached } from '../cache/automaton-cache.js';
import { tryPrepareStateDir } from '../state-dir.js';
import { stateDirOf } from '../state-folder.js';
import { FULL_SOURCES } from './full-sources.js';
import { compileAnchors, type AnchorAutomaton } from '../core/scan/anchor-automaton.js';
import { readBlobs } from '../git/blob-batch.js';
import { readGitContext, type GitContext } from '../git/git-context.js';
import { createGitRunner, type GitRunner } from '../git/run-git.js';
import { isRegularFileMode, listCommitFiles, listIndexAndChanges, readCommitFile, resolveCommit, type IndexListing, type TreeFile } from '../git/tree-files.js';
import { PROVE_VERSION } from '../version.js';
import { readRemovalLog, type HistoryBound } from '../git/removal-log.js';
import { compilePickaxe, findLastRemovals, type Removal } from '../core/flags/removal-history.js';
export { DEFAULT_HISTORY_BOUND } from '../git/removal-log.js';
import type { InventoryHistory } from '../report/flag-inventory-data.js';
import { compilePathFilter } from './flag-check.js';
import { guessGitContext, loadKnowledge, openFlagRun, openFlagRunWithKnowledge, readToday, type RegistryVersion } from './flag-run.js';
import { readConfigAtCommit } from './config-at-commit.js';

/** Files larger than this are counted as `too-large` and not read (a generated bundle, a data dump). */
export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface InventoryOptions {
  /** A commit to read from the object store; undefined: the work tree's tracked files. */
  readonly ref?: string;
  readonly useCache: boolean;
  readonly maxFileBytes: number;
  /** `--history`: when the last reference of each unreferenced flag was removed, searched within this bound. */
  readonly history?: HistoryBound;
}

export type InventoryTarget = { readonly kind: 'work-tree' } | { readonly kind: 'ref'; readonly ref: string; readonly commit: string };

export interface InventoryRun {
  readonly inventory: Inventory;
  readonly target: InventoryTarget;
  readonly cache: { readonly hits: number; readonly misses: number; readonly enabled: boolean };
  readonly history?: InventoryHistory;
  /** Per flag, its locations serialised for the JSON report (the previous run's bytes where they did not change). */
  readonly locationsJson: ReadonlyMap<InventoryFlag, string | Uint8Array>;
}

/** With a snapshot, this many changed files are scanned before the per-blob cache is read. */
const SCAN_WITHOUT_CACHE = 32;

/** Files that may differ from the snapshot before it is written again (each costs a read and a scan per run). */
const SNAPSHOT_SLACK = 8;

/** Builds the inventory. Throws GitError, ValidationError, ConfigError, RegistryError. */
export async function runFlagInventory(io: HookIo, options: InventoryOptions): Promise<InventoryRun> {
  const runner = createGitRunner();
  const { git, cwd, commit, config, knowledge, listing: listed } = await openInventory(io, runner, options.ref);
  const flags = config.flags;
  const gitOptions = { cwd, env: io.env };
  const target: InventoryTarget = commit === undefined ? { kind: 'work-tree' } : { kind: 'ref', ref: options.ref!, commit };
  const stateDir = tryPrepareStateDir(stateDirOf(git.commonDir));
  // The compiled automaton is kept in the state folder between runs, as the hooks keep theirs.
  const scope = createScanScope(flags, knowledge, options.maxFileBytes, (anchors) => (stateDir === undefined ? compileAnchors(anchors) : compileAnchorsCached(stateDir, anchors, PROVE_VERSION, compileAnchors)));
  const registries = knowledge.registries.registries.map((scoped) => ({ source: scoped.path, scope: scoped.scope, index: scoped.index }));
  const today = readToday();
  // The previous run's inventory (made for the same detection, registries and day): only the
  // files whose blob changed are applied to it.
  const snapshotFile = inventorySnapshotFileFor(git.commonDir);
  const identity = snapshotIdentity({
    format: INVENTORY_SNAPSHOT_FORMAT,
    tool: PROVE_VERSION,
    fingerprints: scope.fingerprints,
    registries: registries.map((registry) => [registry.source, registry.scope, registry.index.registry.flags]),
    // Which files are scanned at all: with the same index, the files skipped before any read are the snapshot's.
    paths: [flags.include, flags.exclude],
    today,
  });
  const snapshotRead = options.useCache ? readInventorySnapshot(snapshotFile, identity) : ({ kind: 'none' } as const);
  const snapshot = snapshotRead.kind === 'ok' ? snapshotRead.snapshot : undefined;
  const notices: string[] = snapshotRead.kind === 'damaged' ? [`prove-hooks: the flag inventory snapshot ${snapshotFile} was ${snapshotRead.reason}; rebuilding it`] : [];
  // The per-blob cache is read when first needed: with a snapshot, a few changed files are scanned sooner than it is read.
  let blobCache: InventoryCache | undefined;
  let direct = 0;
  // A result the snapshot has under another path (a renamed or copied file) is in the per-blob cache.
  const cacheFor = (key: string): InventoryCache | undefined => {
    if (blobCache !== undefined) return blobCache;
    if (snapshot !== undefined && !snapshot.state.hasKey(key) && direct++ < SCAN_WITHOUT_CACHE) return undefined;
    return (blobCache = options.useCache ? InventoryCache.read(inventoryCacheFileFor(git.commonDir)) : InventoryCache.disabled());
  };
  const listing = await listed;
  const { changed, digest } = listing;
  const results: FileResult[] = [];
  const registryFiles = new Set(knowledge.registries.registries.map((scoped) => normalizeRepoPath(scoped.path)));
  // The same index as the snapshot's (and the same detection, registries and paths: its identity):
  // every file git does not list as changed, now or then, has the blob and the result it had, so
  // only those few are looked at, not every file of the index.
  const sameIndex = snapshot !== undefined && digest !== null && snapshot.listing.digest === digest;
  let toCheck: Set<string> | undefined;
  if (sameIndex) {
    toCheck = new Set([...changed, ...snapshot.listing.changed]);
    // A result that cannot be kept (deleted, unreadable, a too-large changed file) is looked at again.
    for (const path of snapshot.state.unkeptPaths()) toCheck.add(path);
  }
  // With the same index only the entries looked at are cut from git's listing; its size is the snapshot's.
  const files = toCheck === undefined ? listing.files() : listing.entriesOf(toCheck);
  const listedCount = sameIndex ? snapshot.listing.listed : files.length;
  // The snapshot's entries that may have changed (of every file, or with the same index of those looked at), and their result keys.
  const examined = snapshot === undefined ? [] : toCheck === undefined ? snapshot.state.allFiles() : snapshot.state.entriesOf(toCheck);
  const previous = new Map<string, string>();
  for (const entry of examined) previous.set(entry.path, entry.key);
  // Files skipped before any read (registry files, excluded, outside the scopes, not files): with the same index, the snapshot's, but for those looked at again.
  const skipped: SkippedFile[] = toCheck === undefined ? [] : snapshot!.listing.skipped.filter((file) => !toCheck.has(file.path));
  /** Paths of the snapshot whose result holds (with the same index: those not looked at, and these). */
  const kept = new Set<string>();
  const candidates: { file: TreeFile; registry: number }[] = [];
  for (const file of files) {
    if (toCheck !== undefined && !toCheck.has(file.path)) continue;
    const reason = registryFiles.has(file.path) ? 'registry' : !isRegularFileMode(file.mode) ? 'not-a-file' : !scope.includePath(file.path) ? 'excluded' : undefined;
    if (reason !== undefined) {
      skipped.push({ path: file.path, reason });
      continue;
    }
    const registry = scope.registryOf(file.path);
    if (registry < 0) skipped.push({ path: file.path, reason: 'outside-scopes' });
    else candidates.push({ file, registry });
  }
  const resultKey = (registry: number, key: string): string => `${registry}:${key}`;
  const record = (path: string, registry: number, key: string, result: CachedBlob): void => {
    results.push(result.kind === 'scan' ? { path, key: resultKey(registry, key), registry, scan: result.scan } : { path, key: resultKey(registry, key), registry, skip: result.reason });
  };
  /** The file's result is the previous run's: kept. */
  const keep = (path: string, registry: number, key: string): boolean => {
    if (previous.get(path) !== resultKey(registry, key)) return false;
    kept.add(path);
    return true;
  };
  const lookup = (registry: number, key: string): CachedBlob | undefined => cacheFor(resultKey(registry, key))?.get(scope.fingerprints[registry]!, key);
  const remember = (fingerprint: string, key: string, result: CachedBlob): void => blobCache?.set(fingerprint, key, result);
  // A scan outcome's result comes encoded by the thread that scanned it.
  const rememberEncoded = (fingerprint: string, key: string, encoded: string): void => blobCache?.setEncoded(fingerprint, key, encoded);
  // Results that cannot be reused (a deleted or unreadable file): a key that never matches.
  const skipNow = (path: string, registry: number, reason: SkipReason): void => {
    results.push({ path, key: '', registry, skip: reason });
  };
  // Blob id -> the files that wait for it from the object store.
  const fromStore = new Map<string, { path: string; registry: number; key: string }[]>();
  const waitForBlob = (id: string, path: string, registry: number): void => {
    let waiting = fromStore.get(id);
    if (waiting === undefined) fromStore.set(id, (waiting = []));
    waiting.push({ path, registry, key: cacheKeyOf(id, path) });
  };
  // Where every thread reads files and blobs, and what a scan worker is started with.
  const place: ScanPlace = { topLevel: cwd, maxFileBytes: options.maxFileBytes, gitCwd: cwd, env: io.env };
  const poolInit = (): ScanWorkerInit => ({ settings: flags, registries: registries.map((registry) => registry.index.registry), maxFileBytes: options.maxFileBytes, stateDir, place });
  let hits = 0;
  if (commit === undefined) {
    const readBuffer = new ReadBuffer();
    /** Unchanged files neither kept nor cached: read and scanned after the loop. */
    const unread: { file: TreeFile; registry: number; key: string }[] = [];
    for (const { file, registry } of candidates) {
      const isChanged = changed.has(file.path);
      const fingerprint = scope.fingerprints[registry]!;
      const indexKey = cacheKeyOf(file.id, file.path);
      if (!isChanged && keep(file.path, registry, indexKey)) continue;
      // An unchanged file's blob id is in the index; a changed one is read and hashed here (no git).
      const cached = isChanged ? undefined : lookup(registry, indexKey);
      if (cached !== undefined) {
        record(file.path, registry, indexKey, cached);
        continue;
      }
      // A changed path that is no longer a regular file (removed, or replaced by a link, a FIFO,
      // a folder) is not followed, and is skipped for what it is.
      const kind = isChanged ? workTreeKindOf(join(cwd, file.path)) : 'file';
      if (kind !== 'file') {
        skipNow(file.path, registry, kind);
        continue;
      }
      // An unchanged file is read and scanned after this loop, by the scan workers when there are many.
      if (!isChanged) {
        unread.push({ file, registry, key: indexKey });
        continue;
      }
      const read = readWorkTreeFile(join(cwd, file.path), options.maxFileBytes, readBuffer);
      if (read.kind === 'missing') {
        skipNow(file.path, registry, 'deleted');
        continue;
      }
      if (read.kind === 'unreadable') {
        skipNow(file.path, registry, 'unreadable');
        continue;
      }
      // A too-large changed file is not hashed: its result is not kept.
      if (read.kind === 'too-large') {
        skipNow(file.path, registry, 'too-large');
        continue;
      }
      const key = cacheKeyOf(hashBlob(read.bytes, file.id.length), file.path);
      if (keep(file.path, registry, key)) continue;
      const hit = lookup(registry, key);
      if (hit !== undefined) {
        record(file.path, registry, key, hit);
        continue;
      }
      const result = scope.scanBytes(read.bytes, file.path, registry);
      remember(fingerprint, key, result);
      record(file.path, registry, key, result);
    }
    const jobs: ScanJob[] = unread.map(({ file, registry }) => ({ path: file.path, registry }));
    const threads = chooseThreadCount(jobs.length, io.env.PROVE_FLAGS_THREADS);
    const scanHere = (job: ScanJob): WorkTreeOutcome => scanWorkTreeFile(join(cwd, job.path), job.path, job.registry, options.maxFileBytes, readBuffer, scope.scanBytes);
    const outcomes = threads > 1 ? await scanInThreads(jobs, { threads, init: poolInit(), scanHere: (batch) => scanJobs(batch, place, readBuffer, scope.scanBytes) }) : jobs.map(scanHere);
    unread.forEach(({ file, registry, key }, position) => {
      const outcome = outcomes[position]!;
      // Not on disk yet unchanged for git (a sparse checkout's skip-worktree entry): its blob is the content.
      if (outcome.kind === 'missing') waitForBlob(file.id, file.path, registry);
      else if (outcome.kind === 'unreadable') skipNow(file.path, registry, 'unreadable');
      else {
        rememberEncoded(scope.fingerprints[registry]!, key, outcome.encoded);
        record(file.path, registry, key, outcome.result);
      }
    });
  } else {
    for (const { file, registry } of candidates) {
      const key = cacheKeyOf(file.id, file.path);
      if (keep(file.path, registry, key)) continue;
      const cached = lookup(registry, key);
      if (cached === undefined) waitForBlob(file.id, file.path, registry);
      else record(file.path, registry, key, cached);
    }
    // Many blobs to read (a cold run in CI): each thread reads its batches through its own `git cat-file`.
    const waiting = [...fromStore].flatMap(([blob, files]) => files.map((file) => ({ ...file, blob })));
    const threads = chooseThreadCount(waiting.length, io.env.PROVE_FLAGS_THREADS);
    if (threads > 1) {
      const readBuffer = new ReadBuffer();
      const jobs: ScanJob[] = waiting.map(({ path, registry, blob }) => ({ path, registry, blob }));
      const outcomes = await scanInThreads(jobs, { threads, init: poolInit(), scanHere: (batch) => scanJobs(batch, place, readBuffer, scope.scanBytes) });
      waiting.forEach(({ path, registry, key }, position) => {
        const outcome = outcomes[position]!;
        if (outcome.kind === 'result') {
          rememberEncoded(scope.fingerprints[registry]!, key, outcome.encoded);
          record(path, registry, key, outcome.result);
        } else skipNow(path, registry, 'unreadable');
      });
      fromStore.clear();
    }
  }
  await readBlobs(
    [...fromStore.keys()],
    (blob) => {
      for (const { path, registry, key } of fromStore.get(blob.id) ?? []) {
        if (blob.kind === 'missing') {
          skipNow(path, registry, 'unreadable');
          continue;
        }
        const result: CachedBlob = blob.kind === 'too-large' ? { kind: 'skip', reason: 'too-large' } : scope.scanBytes(blob.bytes, path, registry);
        remember(scope.fingerprints[registry]!, key, result);
        record(path, registry, key, result);
      }
    },
    { ...gitOptions, maxBytes: options.maxFileBytes },
  );
  let cacheHits = 0;
  if (blobCache !== undefined) {
    blobCache.write();
    notices.push(...blobCache.notices);
    cacheHits = blobCache.stats.hits;
    // Let go before the aggregate is built: the cache's text is megabytes the run no longer needs.
    blobCache = undefined;
  }
  const keptCount = sameIndex ? snapshot.state.fileCount - previous.size + kept.size : kept.size;
  hits += cacheHits + keptCount;
  const misses = results.length - cacheHits;
  // What the snapshot keeps of this listing (taken before the content skips join `skipped`).
  const listingOf = (): SnapshotListing => ({ digest, listed: listedCount, changed: [...changed], skipped: [...skipped] });
  let inventory: Inventory;
  let locationsJson: Map<InventoryFlag, string | Uint8Array>;
  if (snapshot !== undefined) {
    const parsed = new Map<number, ReferenceLocation[]>();
    const previousLocations = (position: number): ReferenceLocation[] => {
      let list = parsed.get(position);
      if (list === undefined) parsed.set(position, (list = parseLocations(snapshot.locations.text(position))));
      return list;
    };
    const updated = updateInventory({ registries, today, listed: listedCount, previous: snapshot.state, examined, kept, fresh: results, skipped, previousLocations });
    inventory = updated.inventory;
    // The unchanged flags' locations are the snapshot's bytes, never decoded.
    const texts = inventory.flags.map((flag, position) => (updated.changedFlags.has(position) ? serializeLocations(flag.locations) : snapshot.locations.bytes(position)));
    locationsJson = new Map(inventory.flags.map((flag, position) => [flag, texts[position]!]));
    // A few files apart from the snapshot are applied again next run sooner than megabytes are rewritten now.
    const apart = snapshot.state.fileCount - keptCount + results.length;
    if (apart > SNAPSHOT_SLACK && options.useCache) {
      const notice = writeInventorySnapshot(snapshotFile, { identity, listing: listingOf(), state: updated.state(), locations: texts });
      if (notice !== undefined) notices.push(notice);
    }
  } else {
    const listing = listingOf();
    const scanned: ScannedFile[] = [];
    for (const result of results) {
      if ('scan' in result) scanned.push({ path: result.path, registry: result.registry, scan: result.scan });
      else skipped.push({ path: result.path, reason: result.skip });
    }
    inventory = aggregateInventory({ registries, scanned, skipped, listed: listedCount, today });
    // Serialised once, for the snapshot and the JSON report; without the cache the report serialises them itself.
    const texts = options.useCache ? inventory.flags.map((flag) => serializeLocations(flag.locations)) : [];
    locationsJson = new Map(options.useCache ? inventory.flags.map((flag, position) => [flag, texts[position]!]) : []);
    if (options.useCache) {
      const notice = writeInventorySnapshot(snapshotFile, { identity, listing, state: stateOf(inventory, results, registries), locations: texts });
      if (notice !== undefined) notices.push(notice);
    }
  }
  for (const notice of notices) io.stderr.write(`${notice}\n`);
  const history = options.history === undefined ? undefined : await searchHistory(runner, inventory, { commit, bound: options.history, registryFiles }, gitOptions);
  return { inventory, target, cache: { hits, misses, enabled: options.useCache }, locationsJson, ...(history === undefined ? {} : { history }) };
}

/** The removal commits of the unreferenced flags, searched from `start` within `bound`. */
async function searchHistory(
  runner: GitRunner,
  inventory: Inventory,
  input: { commit: string | undefined; bound: HistoryBound; registryFiles: ReadonlySet<string> },
  gitOptions: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<InventoryHistory> {
  const keys = [...new Set(inventory.sets.unreferenced.map((flag) => flag.key))];
  // The work tree's history starts at HEAD; a repository without a commit has none.
  const start = input.commit ?? (await runner(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], gitOptions)).stdout.trim();
  const removals =
    start === '' || keys.length === 0
      ? new Map<string, Removal>()
      : findLastRemovals(await readRemovalLog(runner, { pickaxe: compilePickaxe(keys), start, bound: input.bound }, gitOptions), keys, input.registryFiles);
  return { bound: input.bound, start: start === '' ? null : start, removals: Object.fromEntries(keys.map((key) => [key, removals.get(key) ?? null])) };
}

interface OpenedInventory {
  readonly git: GitContext;
  /** Where git runs: the top level, or the git dir of a bare repository. */
  readonly cwd: string;
  readonly commit: string | undefined;
  readonly config: ProveConfig;
  readonly knowledge: FlagKnowledge;
  /** The files of the tree, listed while the config and registries are read. */
  readonly listing: Promise<TreeListing>;
}

/** The files of the tree; `digest` (the index's, see IndexListing) is null for a commit's tree. */
type TreeListing = Pick<IndexListing, 'files' | 'entriesOf'> & { readonly changed: ReadonlySet<string>; readonly digest: string | null };

/** Starts listing the tree's files (the index and its changes, or the commit's tree); a failure is awaited by the caller. */
function startListing(runner: GitRunner, commit: string | undefined, gitOptions: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TreeListing> {
  const listing: Promise<TreeListing> =
    commit === undefined ? listIndexAndChanges(runner, gitOptions) : listCommitFiles(runner, commit, gitOptions).then((files) => ({ files: () => files, entriesOf: (paths) => files.filter((file) => paths.has(file.path)), changed: new Set<string>(), digest: null }));
  // Awaited after the registries are loaded; until then a rejection must not count as unhandled.
  listing.catch(() => undefined);
  return listing;
}

/**
 * The repository, found on disk by the repository locator as the hooks find it (git is asked
 * only when the git settings cache cannot confirm it), and its config and registries: from the
 * work tree (registries at the commit with --ref), or all from the commit in a bare repository.
 */
async function openInventory(io: HookIo, runner: GitRunner, ref: string | undefined): Promise<OpenedInventory> {
  const guess = guessGitContext(io);
  if (guess !== undefined) {
    const commit = ref === undefined ? undefined : await resolveCommit(runner, ref, { cwd: guess.topLevel, env: io.env });
    const listing = startListing(runner, commit, { cwd: guess.topLevel, env: io.env });
    const opened = await openFlagRunWithKnowledge(io, 'flags', registryVersionOf(commit, io.env), { sources: FULL_SOURCES, guess });
    const { run } = opened;
    // With flags disabled the registries are still read: the inventory is asked for explicitly.
    const knowledge = opened.loaded?.knowledge ?? (await loadKnowledge(run, registryVersionOf(commit, io.env))).knowledge;
    // Git may place the top level elsewhere than the guess (core.worktree): then list there.
    return { git: run.git, cwd: run.repoRoot, commit, config: run.config, knowledge, listing: run.repoRoot === guess.topLevel ? listing : startListing(runner, commit, { cwd: run.repoRoot, env: io.env }) };
  }
  const git = await readGitContext(runner, io.cwd, io.env);
  if (git === null) throw new GitError(`flags must run inside a git repository (${io.cwd} is not in one)`, { hint: 'Run it from your repository, or `git init` first.' });
  if (git.topLevel !== null) {
    // The locator could not tell (core.worktree, say): git's answer is used.
    const run = await openFlagRun(io, 'flags', FULL_SOURCES);
    const commit = ref === undefined ? undefined : await resolveCommit(runner, ref, { cwd: git.topLevel, env: io.env });
    const listing = startListing(runner, commit, { cwd: git.topLevel, env: io.env });
    const { knowledge } = await loadKnowledge(run, registryVersionOf(commit, io.env));
    return { git, cwd: git.topLevel, commit, config: run.config, knowledge, listing };
  }
  if (ref === undefined) {
    throw new ValidationError('flags: this repository has no work tree (a bare repository): give a commit with --ref', { hint: 'For example: prove-hooks flags --ref HEAD' });
  }
  const commit = await resolveCommit(runner, ref, { cwd: io.cwd, env: io.env });
  const listing = startListing(runner, commit, { cwd: io.cwd, env: io.env });
  const config = await readConfigAtCommit(runner, commit, { cwd: io.cwd, env: io.env });
  const knowledge = await loadFlagKnowledge(config.flags, {
    // No work tree: a registry the commit lacks is looked for here, is missing, and fails closed.
    repoRoot: git.gitDir,
    gitCommonDir: git.commonDir,
    toolVersion: PROVE_VERSION,
    parseRegistry: FULL_SOURCES.parseRegistry,
    readFromGit: (path) => readCommitFile(runner, commit, path, { cwd: io.cwd, env: io.env }),
  });
  return { git, cwd: io.cwd, commit, config, knowledge, listing };
}

/**
 * Which registries the inventory judges by: at the commit with --ref; else the work tree's, or
 * the index's for a registry the work tree lacks (outside a sparse checkout's cone), as the
 * inventory reads such a file's blob from the index.
 */
function registryVersionOf(commit: string | undefined, env: NodeJS.ProcessEnv): RegistryVersion {
  return commit === undefined ? { workTree: true, env } : { commit, env };
}

/** The id git gives a blob of these bytes (without filters): sha1, or sha256 for 64-digit ids. */
function hashBlob(bytes: Buffer, idLength: number): string {
  return createHash(idLength === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

interface ScanScope {
  includePath(path: string): boolean;
  /** The position of the registry governing a path, -1 for none. */
  registryOf(path: string): number;
  /** Per registry position, the fingerprint of its detection. */
  readonly fingerprints: readonly string[];
  scanBytes(bytes: Buffer, path: string, registry: number): CachedBlob;
}

function createScanScope(flags: FlagsConfig, knowledge: FlagKnowledge, maxFileBytes: number, compileAnchorsFor: (anchors: readonly string[]) => AnchorAutomaton): ScanScope {
  const scoped = knowledge.registries.registries;
  const fingerprints = scoped.map((registry) =>
    fingerprintDetection({
      scanner: BLOB_SCANNER_VERSION,
      tool: PROVE_VERSION,
      presets: flags.presets,
      envPrefix: flags.envPrefix,
      patterns: flags.patterns,
      aliasCaseVariants: flags.aliasCaseVariants,
      maxLineLength: flags.maxLineLength,
      maxFileBytes,
      // Keys and aliases decide what a match resolves to; status, owner and expiry do not.
      flags: registry.index.registry.flags.map((flag) => [flag.key, flag.aliases]),
    }),
  );
  return {
    includePath: compilePathFilter(flags),
    registryOf: (path) => {
      const found = knowledge.registries.registryFor(path);
      return found === undefined ? -1 : scoped.indexOf(found);
    },
    fingerprints,
    scanBytes: createBlobScanner(
      flags,
      scoped.map((registry) => registry.index),
      { maxFileBytes, matcherFor: (settings, index) => knowledge.patternCache.matcherFor(settings, index), compileAnchors: compileAnchorsFor },
    ),
  };
}

/** The cache key of a file's blob: detection may depend on the language, told by the extension. */
function cacheKeyOf(id: string, path: string): string {
  return `${id}${extname(path).toLowerCase()}`;
}

/** A configured registry path as git lists it (`./flags.json` is `flags.json`). */
function normalizeRepoPath(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}

/** What a tracked path is in the work tree: a regular file, gone (`deleted`), or something else (`not-a-file`: a link, a FIFO, a socket, a device, a folder). */
function workTreeKindOf(path: string): 'file' | 'deleted' | 'not-a-file' {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return stats === undefined ? 'deleted' : stats.isFile() ? 'file' : 'not-a-file';
}
