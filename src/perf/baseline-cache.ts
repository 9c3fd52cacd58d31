// The hooks' usual times, kept precomputed beside the timing log, so that a run judges itself
// from one small file instead of parsing its last 30 records. A derived cache: the log stays the
// source of truth, and a missing, stale, corrupt or foreign file is recomputed from it.
import { readFileSync } from 'node:fs';
import { checksumOf } from '../checksum.js';
import { isNewerFormatOf, writeStateFile } from '../state-dir.js';
import type { RobustSummary } from '../core/stats/robust.js';

export const BASELINE_CACHE_FORMAT = 'prove-hooks/perf-baselines@2';

/**
 * An entry is recomputed once the log has grown this much since (about 40 records): the usual
 * time is a rolling one, and a baseline a few dozen runs old judges a run as well as a fresh one.
 */
export const BASELINE_REFRESH_BYTES = 16 * 1024;

/** The usual total time of one hook, as of a log size. */
export interface CachedBaseline {
  /** Size of the log when this was computed; a smaller log (compacted, replaced) invalidates it. */
  readonly atLogBytes: number;
  /** Which runs it was computed from: the policy's window and recent counts. */
  readonly window: number;
  readonly recent: number;
  readonly totalMs: RobustSummary;
}

interface CacheFile {
  readonly format: typeof BASELINE_CACHE_FORMAT;
  readonly hooks: Record<string, CachedBaseline>;
  readonly checksum: string;
}

/**
 * The cached baseline of `hook`, when it was computed with the same window and recent counts and
 * the log (now `logBytes` long) has neither shrunk nor grown by more than the refresh margin
 * since. Undefined otherwise, and for a missing, damaged or foreign file. Never throws.
 */
export function readCachedBaseline(path: string, hook: string, expect: { window: number; recent: number; logBytes: number }): CachedBaseline | undefined {
  const file = readCacheFile(path);
  const entry = file === NEWER ? undefined : file?.hooks[hook];
  if (entry === undefined || entry.window !== expect.window || entry.recent !== expect.recent) return undefined;
  const grown = expect.logBytes - entry.atLogBytes;
  return grown >= 0 && grown <= BASELINE_REFRESH_BYTES ? entry : undefined;
}

/**
 * Stores `hook`'s baseline, keeping the other hooks' valid entries. Written to a temporary file
 * and renamed, without a lock: two hooks finishing at once may drop one's entry, which costs
 * that hook one recomputation from the log next time and nothing else. A file a newer
 * prove-hooks wrote (a newer format) is left as it is: this build then judges from the log, and
 * the newer build keeps its cache. Throws on I/O errors.
 */
export function writeCachedBaseline(path: string, hook: string, baseline: CachedBaseline): void {
  const previous = readCacheFile(path);
  if (previous === NEWER) return;
  const hooks: Record<string, CachedBaseline> = { ...previous?.hooks, [hook]: baseline };
  const file: CacheFile = { format: BASELINE_CACHE_FORMAT, hooks, checksum: checksumOf(JSON.stringify(hooks)) };
  writeStateFile(path, `${JSON.stringify(file)}\n`);
}

/** What {@link readCacheFile} answers for a file of a newer format than this build's. */
const NEWER = 'newer';

function readCacheFile(path: string): CacheFile | typeof NEWER | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { format, hooks, checksum } = parsed as Partial<CacheFile>;
  if (isNewerFormatOf(format, BASELINE_CACHE_FORMAT)) return NEWER;
  if (format !== BASELINE_CACHE_FORMAT || typeof hooks !== 'object' || hooks === null) return undefined;
  if (checksum !== checksumOf(JSON.stringify(hooks))) return undefined;
  for (const entry of Object.values(hooks)) if (!isCachedBaseline(entry)) return undefined;
  return parsed as CacheFile;
}

function isCachedBaseline(value: unknown): value is CachedBaseline {
  const entry = value as Partial<CachedBaseline> | null;
  const total = entry?.totalMs as Partial<RobustSummary> | undefined;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    isCount(entry.atLogBytes) &&
    isCount(entry.window) &&
    isCount(entry.recent) &&
    typeof total === 'object' &&
    total !== null &&
    isCount(total.n) &&
    total.n > 0 &&
    isTime(total.median) &&
    isTime(total.mad)
  );
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
