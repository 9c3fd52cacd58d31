// The allowed arrows between the layers of src/, checked over the whole import graph (see
// docs/ARCHITECTURE.md): cli → hooks → {core, git, config, state, perf, report};
// git, config, state, perf, report → core (types only, and two named run-time arrows);
// everything → the base (the core: only its pure part); no cycles.
// Today's exceptions are listed below; the list only shrinks: a fixed exception fails the test
// until it is removed from the list, and a new arrow against the rules fails it too.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, listSourceFiles, readImportEdges, type ImportEdge } from '../../helpers/import-graph.js';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

/**
 * The layers, by top folder of src/. The files at the top are the shared base every layer may
 * import, except index.ts, the library's entry. Two kinds. Pure ('base'): facts (errors.ts, the
 * error taxonomy; version.ts; state-folder.ts, the state folder's name) and text/, the text tools
 * with no domain knowledge that both a config file and a registry file (or a command line) are
 * shown with (the quoted excerpt, the duplicate-key check, the closest word); they import nothing
 * of the layers. And the edge of the base ('io-base'): the state folder's one guard and seals
 * (state-dir.ts: no write through a symbolic link, whole files or nothing; checksum.ts: the
 * checksums that seal its files) and hash.ts (node:crypto's hashes, loaded on first use), which
 * touch the file system or load node's modules (process.getBuiltinModule): every layer but the
 * pure core may import them; the core is handed what it needs (a finding's sha256).
 */
type Layer = 'cli' | 'docs' | 'hooks' | 'core' | 'git' | 'config' | 'state' | 'perf' | 'report' | 'base' | 'io-base';

function layerOf(file: string): Layer {
  if (file === 'errors.ts' || file === 'version.ts' || file === 'state-folder.ts' || file.startsWith('text/')) return 'base';
  if (file === 'state-dir.ts' || file === 'checksum.ts' || file === 'hash.ts') return 'io-base';
  if (file === 'index.ts') return 'cli';
  const folder = file.split('/')[0]!;
  // install/ and bench/ are the orchestrations of the `init` and `bench` commands: the hooks' tier.
  if (folder === 'install' || folder === 'bench') return 'hooks';
  // The state layer (persisted caches and the guarded state folder) lives in src/cache/.
  if (folder === 'cache') return 'state';
  return folder as Layer;
}

const SERVICES: readonly Layer[] = ['core', 'git', 'config', 'state', 'perf', 'report'];
/** Every layer but the pure core may import the state folder's guard and seals, and the hashes. */
const IO_BASE_USERS: readonly Layer[] = ['cli', 'docs', 'hooks', 'git', 'config', 'state', 'perf', 'report'];
/** What each layer may import at run time, and what only as types (besides its own layer and the base). */
const ALLOWED: Record<Layer, { readonly runtime: readonly Layer[]; readonly types: readonly Layer[] }> = {
  cli: { runtime: ['hooks', ...SERVICES], types: [] },
  // The README tables generated from the code's typed tables (npm run schema): nothing imports them.
  docs: { runtime: ['core'], types: [] },
  hooks: { runtime: SERVICES, types: [] },
  git: { runtime: [], types: ['core'] },
  config: { runtime: [], types: ['core'] },
  state: { runtime: [], types: ['core'] },
  perf: { runtime: [], types: ['core'] },
  report: { runtime: [], types: ['core'] },
  core: { runtime: [], types: [] },
  base: { runtime: [], types: [] },
  'io-base': { runtime: [], types: [] },
};

/**
 * The two run-time arrows into the core that HOUSE-STYLE's own layout needs besides types, by
 * target file or folder. perf → core/stats/: regression detection is perf's and statistics are
 * the core's (median, MAD); a copy in perf would be the same fact twice. config → the core's
 * typed tables its zod schema enumerates: the schema is the one source of the options, and the
 * rule codes and preset names are the core's tables the README is generated from. Nothing else:
 * a service that needs the core's logic has it passed in by the hooks' tier.
 */
const CORE_AT_RUN_TIME: Partial<Record<Layer, readonly string[]>> = {
  perf: ['core/stats/'],
  config: ['core/flags/rule-codes.ts', 'core/flags/presets/names.ts'],
};

function isAllowed(edge: ImportEdge): boolean {
  const from = layerOf(edge.from);
  const to = layerOf(edge.to);
  if (from === to || to === 'base') return true;
  if (to === 'io-base') return IO_BASE_USERS.includes(from);
  const allowed = ALLOWED[from];
  if (to === 'core' && CORE_AT_RUN_TIME[from]?.some((target) => (target.endsWith('/') ? edge.to.startsWith(target) : edge.to === target))) return true;
  return allowed.runtime.includes(to) || (edge.typeOnly && allowed.types.includes(to));
}

/**
 * Today's arrows against the rules (`from -> to`, `(type)` when only types cross). Only ever
 * remove lines. Each is a service calling a pure function of the core at run time (no arrow up,
 * no cycle); why each stays is in docs/ARCHITECTURE.md.
 */
const KNOWN_VIOLATIONS: readonly string[] = [];


const files = listSourceFiles(SRC);
const edges = files.flatMap((file) => readImportEdges(SRC, file));
const describeEdge = (edge: ImportEdge) => `${edge.from} -> ${edge.to}${edge.typeOnly ? ' (type)' : ''}`;

describe('the import graph of src/', () => {
  it('is read from every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
  });

  it('resolves every relative import to a source file', () => {
    const known = new Set(files);
    expect(edges.filter((edge) => !known.has(edge.to)).map(describeEdge)).toEqual([]);
  });

  it('has no arrow against the layer rules beyond the known, shrinking list', () => {
    const violations = [...new Set(edges.filter((edge) => !isAllowed(edge)).map(describeEdge))].sort();
    expect(violations).toEqual([...KNOWN_VIOLATIONS].sort());
  });

  it('has no import cycle, type-only imports included', () => {
    expect(findCycles(edges).map((cycle) => cycle.join(' ~ ')).sort()).toEqual([]);
  });
});

describe('the layer rules themselves', () => {
  it.each([
    ['hooks/pre-commit.ts', 'core/violation.ts', false, true],
    ['core/violation.ts', 'hooks/pre-commit.ts', true, false],
    ['git/push-range.ts', 'core/push/push-updates.ts', true, true],
    ['git/push-range.ts', 'core/push/push-updates.ts', false, false],
    ['report/timing.ts', 'perf/baseline.ts', true, false],
    ['core/flags/rules.ts', 'errors.ts', false, true],
    ['cache/registry-cache.ts', 'hash.ts', false, true],
    ['core/flags/finding.ts', 'hash.ts', false, false],
    ['config/json-syntax.ts', 'text/excerpt.ts', false, true],
    ['core/flags/registry-parse.ts', 'text/json-keys.ts', false, true],
    ['text/excerpt.ts', 'core/violation.ts', true, false],
    ['text/excerpt.ts', 'state-dir.ts', false, false],
    ['perf/baseline.ts', 'core/stats/robust.ts', false, true],
    ['report/bench.ts', 'core/stats/robust.ts', false, false],
    ['config/schema.ts', 'core/flags/rule-codes.ts', false, true],
    ['config/schema.ts', 'core/flags/custom-pattern.ts', false, false],
    ['config/schema.ts', 'text/user-regex.ts', false, true],
    ['core/flags/custom-pattern.ts', 'text/user-regex.ts', false, true],
    ['git/push-range.ts', 'core/stats/robust.ts', false, false],
    ['perf/hook-run.ts', 'state-dir.ts', false, true],
    ['core/flags/rules.ts', 'state-dir.ts', false, false],
    ['core/flags/rules.ts', 'checksum.ts', true, false],
  ] as const)('%s -> %s (type only: %s) allowed: %s', (from, to, typeOnly, allowed) => {
    expect(isAllowed({ from, to, typeOnly })).toBe(allowed);
  });
});
