// `prove-hooks doctor`: are prove-hooks' state files healthy? Each cache and log in
// `<git dir>/prove-hooks` is read the way its own reader reads it (format, checksum where the
// file has one); a damaged one is named with the way to fix it. Reading only: nothing is
// repaired here (the hooks rebuild derived files themselves), and nothing here throws.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksumOf } from '../checksum.js';
import { CONFIG_CACHE_FORMAT } from '../cache/config-cache.js';
import { GIT_SETTINGS_CACHE_FORMAT } from '../cache/git-settings-cache.js';
import { INVENTORY_CACHE_FILE, inventoryCacheProblem } from '../cache/inventory-cache.js';
import { INVENTORY_SNAPSHOT_FILE, inventorySnapshotProblem } from '../cache/inventory-snapshot.js';
import { REGISTRY_CACHE_FILE, registryCacheProblem } from '../cache/registry-cache.js';
import { FLAG_STATUSES } from '../core/flags/registry.js';
import { isOtherFormatOf } from '../state-dir.js';
import { okFinding, problemFinding, type DoctorFinding } from '../core/doctor/finding.js';
import { BASELINE_CACHE_FORMAT } from '../perf/baseline-cache.js';
import { RUN_LOG_NAME } from '../perf/log-location.js';
import { readRunLog } from '../perf/run-log.js';
import { stateDirOf } from '../state-folder.js';

/** How a state file is judged: `undefined` when healthy, else what is wrong with it. */
type Judge = (text: string) => string | undefined;

interface StateFile {
  readonly name: string;
  /** In the common dir (shared by worktrees) or in this worktree's git dir. */
  readonly where: 'common' | 'worktree';
  /** What it is, for the message. */
  readonly what: string;
  readonly judge: Judge;
}

/** A JSON file whose `format` is `family@<n>`: another version's file is healthy (it is replaced quietly). */
const jsonOfFormat =
  (format: string, check?: (data: Record<string, unknown>) => string | undefined): Judge =>
  (text) => {
    const data = parseJsonObject(text);
    if (typeof data === 'string') return data;
    if (isOtherFormatOf(data.format, format)) return undefined;
    if (data.format !== format) return `not a ${format.slice(0, format.indexOf('@'))} file (format ${JSON.stringify(data.format ?? null)})`;
    return check?.(data);
  };

/** The state files with a fixed name. The run log and the code cache are judged apart (a log of lines; a folder). */
const STATE_FILES: readonly StateFile[] = [
  { name: 'config-cache.json', where: 'common', what: 'config cache', judge: jsonOfFormat(CONFIG_CACHE_FORMAT) },
  { name: 'git-version.json', where: 'common', what: 'git version stamp', judge: jsonOfFormat('prove-hooks/git-version@1') },
  { name: 'git-settings.json', where: 'worktree', what: 'git settings cache', judge: jsonOfFormat(GIT_SETTINGS_CACHE_FORMAT) },
  {
    name: REGISTRY_CACHE_FILE,
    where: 'common',
    what: 'registry cache',
    judge: (text) => {
      const data = parseJsonObject(text);
      return typeof data === 'string' ? data : registryCacheProblem(text, FLAG_STATUSES);
    },
  },
  {
    name: 'perf-baselines.json',
    where: 'common',
    what: 'perf baseline cache',
    judge: jsonOfFormat(BASELINE_CACHE_FORMAT, (data) => (data.checksum === checksumOf(JSON.stringify(data.hooks)) ? undefined : 'damaged (checksum mismatch)')),
  },
  { name: INVENTORY_CACHE_FILE, where: 'common', what: 'flag inventory cache', judge: inventoryCacheProblem },
  { name: INVENTORY_SNAPSHOT_FILE, where: 'common', what: 'flag inventory snapshot', judge: inventorySnapshotProblem },
];

/**
 * Findings for prove-hooks' state in `commonDir` (and `gitDir`, a linked worktree's own): one
 * per file present (missing files are fine: they are made on the next run), a problem for each
 * damaged one with its fix. Never throws: a file that cannot be read is a finding too.
 */
export function checkStateFiles(gitDir: string, commonDir: string): DoctorFinding[] {
  const findings: DoctorFinding[] = [];
  const dirs = gitDir === commonDir ? [stateDirOf(commonDir)] : [stateDirOf(commonDir), stateDirOf(gitDir)];
  for (const dir of dirs) {
    const folder = judgeFolder(dir);
    if (folder !== undefined) {
      findings.push(folder);
      return findings;
    }
  }
  const common = stateDirOf(commonDir);
  const own = stateDirOf(gitDir);
  for (const file of STATE_FILES) {
    const path = join(file.where === 'common' ? common : own, file.name);
    const text = readIfPresent(path);
    if (text === undefined) continue;
    const wrong = text instanceof Error ? `cannot be read (${text.message})` : file.judge(text);
    findings.push(
      wrong === undefined
        ? okFinding('state', `${file.what}: healthy`, path)
        : problemFinding('state', 'setup', `the ${file.what} is ${wrong}`, `Delete it (\`rm ${path}\`): it is derived data, rebuilt on the next run.`, path),
    );
  }
  findings.push(...judgeRunLog(join(common, RUN_LOG_NAME)), ...judgeCodeCache(join(own, 'code-cache')));
  return findings;
}

/** The state folder itself: a link or a file there makes every writer refuse (src/state-dir.ts). */
function judgeFolder(dir: string): DoctorFinding | undefined {
  const stats = lstatSync(dir, { throwIfNoEntry: false });
  if (stats === undefined || (stats.isDirectory() && !stats.isSymbolicLink())) return undefined;
  const what = stats.isSymbolicLink() ? 'a symbolic link' : 'not a folder';
  return problemFinding('state', 'setup', `the state folder is ${what}: prove-hooks refuses to write through it, so no cache or timing log is kept`, `Remove it (\`rm ${dir}\`); prove-hooks makes the folder again.`, dir);
}

function judgeRunLog(path: string): DoctorFinding[] {
  if (lstatSync(path, { throwIfNoEntry: false }) === undefined) return [];
  let corrupt: number;
  let records: number;
  try {
    const read = readRunLog(path);
    corrupt = read.corrupt;
    records = read.records.length;
  } catch (error) {
    return [problemFinding('state', 'setup', `the timing log cannot be read (${(error as Error).message})`, `Delete it (\`rm ${path}\`): the timing history starts again.`, path)];
  }
  if (corrupt === 0) return [okFinding('state', `timing log: healthy (${records} runs)`, path)];
  return [
    problemFinding(
      'state',
      'setup',
      `the timing log has ${corrupt} damaged line${corrupt === 1 ? '' : 's'} (skipped when read; ${records} good runs)`,
      `Delete it (\`rm ${path}\`) to start the timing history again, or leave it: damaged lines are dropped when the log is compacted.`,
      path,
    ),
  ];
}

/** The V8 code cache: a real folder of non-empty `.bin` files (a file whose seal fails is not used, and is rewritten). */
function judgeCodeCache(dir: string): DoctorFinding[] {
  const stats = lstatSync(dir, { throwIfNoEntry: false });
  if (stats === undefined) return [];
  const fix = `Delete it (\`rm -r ${dir}\`): it is rebuilt on the next commit.`;
  if (stats.isSymbolicLink() || !stats.isDirectory()) return [problemFinding('state', 'setup', 'the code cache is not a folder: no bytecode is cached, every hook run compiles again', fix, dir)];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    return [problemFinding('state', 'setup', `the code cache cannot be read (${(error as Error).message})`, fix, dir)];
  }
  const empty = names.filter((name) => name.endsWith('.bin') && (lstatSync(join(dir, name), { throwIfNoEntry: false })?.size ?? 0) === 0);
  if (empty.length > 0) return [problemFinding('state', 'setup', `the code cache holds ${empty.length} empty file${empty.length === 1 ? '' : 's'} (${empty[0]})`, fix, dir)];
  return [okFinding('state', `code cache: healthy (${names.filter((name) => name.endsWith('.bin')).length} files)`, dir)];
}

function parseJsonObject(text: string): Record<string, unknown> | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return text.trim() === '' ? 'empty' : 'damaged (not valid JSON)';
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : 'damaged (not a JSON object)';
}

/** The file's text, undefined when it does not exist, the error when it cannot be read. */
function readIfPresent(path: string): string | Error | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : (error as Error);
  }
}
