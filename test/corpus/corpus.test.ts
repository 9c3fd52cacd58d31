import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { PRESET_NAMES } from '../../src/core/flags/presets/names.js';
import { parseRegistry } from '../../src/core/flags/registry-parse.js';
import {
  CORPUS_REPO_DIR,
  deriveLifecycleSets,
  listCorpusFiles,
  readCorpusConfig,
  readCorpusManifest,
  readCorpusRegistry,
} from './corpus-manifest.js';
import { formatCorpusReport } from './format-score.js';
import { scoreCorpus, type CorpusReport } from './run-corpus.js';

/** Issue 14's bar for the held-out corpus, applied to this one. */
const TARGET_RECALL = 0.99;
const TARGET_PRECISION = 0.99;
// Enforced since the context-aware engine (issue 14) measured 100% recall and precision in both
// modes with exact lifecycle sets: CI fails below the targets.
const ENFORCE_TARGETS: boolean = true;
/**
 * Measured on main at 2171616, before the engine (findings, every active flag deprecated); see
 * test/corpus/README.md. Used only if the targets are ever set aside again.
 */
const MEASURED_FLOOR = {
  newFiles: { recall: 0.49, precision: 0.92 },
  modified: { recall: 0.48, precision: 0.92 },
  /** Flags missing from or extra in the four lifecycle sets, all sets together. */
  lifecycleMismatches: 18,
};

const manifest = readCorpusManifest();
const registry = readCorpusRegistry();

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const camelCase = (key: string): string => key.replace(/[-_.]+([a-zA-Z0-9])/g, (_, letter: string) => letter.toUpperCase());
const envName = (key: string): string => `FF_${key.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;

describe('the corpus manifest', () => {
  const files = listCorpusFiles();
  const contentOf = (file: string): string => readFileSync(join(CORPUS_REPO_DIR, file), 'utf8');

  it('locates every expected reference on a line holding its text and the flag as written', () => {
    const aliases = new Map(registry.flags.map((flag) => [flag.key, flag.aliases ?? []]));
    for (const entry of manifest.references) {
      expect(files, entry.file).toContain(entry.file);
      const line = contentOf(entry.file).split('\n')[entry.line - 1] ?? '';
      expect(line, `${entry.file}:${entry.line}`).toContain(entry.text);
      if (entry.flag === null) continue;
      // A read of a local renamed in a destructuring (`{ promoBarV2: showV2 }`, then `showV2`)
      // names the local, not the flag: its binding line names the flag.
      if (entry.shape === 'renamed-read') continue;
      // A key held in a constant of the file (`variation(Flags.DARK, ...)`): the file binds it.
      if (entry.shape === 'constant') {
        const text = contentOf(entry.file);
        expect(text.includes(`'${entry.flag}'`) || text.includes(`"${entry.flag}"`), `${entry.file} binds ${entry.flag}`).toBe(true);
        continue;
      }
      // A key held in a constant another corpus file declares and this one imports (`import { FLAGS } from './flags'`).
      if (entry.shape === 'imported') {
        const bound = files.some((file) => file !== entry.file && (contentOf(file).includes(`'${entry.flag}'`) || contentOf(file).includes(`"${entry.flag}"`)));
        expect(bound, `${entry.file}:${entry.line}: a corpus file binds ${entry.flag}`).toBe(true);
        continue;
      }
      const written = [entry.flag, camelCase(entry.flag), envName(entry.flag), ...(aliases.get(entry.flag) ?? []).flatMap((alias) => [alias, camelCase(alias.toLowerCase())])];
      expect(written.some((form) => line.includes(form)), `${entry.file}:${entry.line} names ${entry.flag}`).toBe(true);
    }
  });

  it('names the source of every corpus file in its header, and uses every file', () => {
    const used = new Set(manifest.references.map((entry) => entry.file));
    for (const file of files) {
      const header = contentOf(file).split('\n').slice(0, 3).join('\n');
      expect(header, file).toMatch(/Corpus: .+\n.*Source: /);
      // A module of key constants (declarations only) is used through the files that import it.
      const keysModule = manifest.references.some((entry) => entry.shape === 'imported' && entry.flag !== null && (contentOf(file).includes(`'${entry.flag}'`) || contentOf(file).includes(`"${entry.flag}"`)));
      expect(used.has(file) || file.startsWith('negatives/') || keysModule, `${file} has expected references`).toBe(true);
    }
  });

  it('lists lifecycle sets that follow from the registry and the evaluated references', () => {
    expect(manifest.lifecycle).toEqual(deriveLifecycleSets(manifest.references, registry, today()));
    for (const set of Object.values(manifest.lifecycle)) expect(set.length).toBeGreaterThan(0);
  });

  it('has a registry and a config the project accepts, with every preset on', () => {
    const parsed = parseRegistry(readFileSync(join(CORPUS_REPO_DIR, '..', 'flags.json'), 'utf8'), { source: 'flags.json', format: 'json' });
    expect(parsed.ok).toBe(true);
    const config = configSchema.parse(JSON.parse(readCorpusConfig()));
    // `presets` is left out on purpose: the default is every preset, DevCycle too once it exists.
    expect(config.flags.presets).toEqual([...PRESET_NAMES]);
    expect(config.flags).toMatchObject({ envPrefix: 'FF_', aliasCaseVariants: ['camel'] });
  });

  it('covers every preset, language and kind', () => {
    const presets = new Set(manifest.references.map((entry) => entry.preset));
    expect([...presets].sort()).toEqual(['aliases', 'configcat', 'devcycle', 'env', 'flagsmith', 'growthbook', 'launchdarkly', 'openfeature', 'posthog', 'split', 'statsig', 'unleash']);
    const extensions = new Set(manifest.references.map((entry) => entry.file.replace(/^.*\./, '')));
    expect([...extensions].sort()).toEqual(['cs', 'go', 'java', 'js', 'kt', 'py', 'rb', 'ts', 'tsx']);
    const kinds = new Set(manifest.references.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['alias-read', 'call', 'comment', 'dynamic', 'env', 'jsx']);
    expect(manifest.references.length).toBeGreaterThanOrEqual(150);
  });
});

describe('the built CLI on the corpus', () => {
  let report: CorpusReport;
  beforeAll(() => {
    report = scoreCorpus();
    // The figures and the misses, for whoever reads the test log.
    process.stdout.write(formatCorpusReport(report));
  }, 120_000);

  it.each(['newFiles', 'modified'] as const)('finds the references of %s with the required recall and precision', (mode) => {
    const score = report[mode];
    const bar = ENFORCE_TARGETS ? { recall: TARGET_RECALL, precision: TARGET_PRECISION } : MEASURED_FLOOR[mode];
    expect(score.recall, `recall of ${mode}`).toBeGreaterThanOrEqual(bar.recall);
    expect(score.precision, `precision of ${mode}`).toBeGreaterThanOrEqual(bar.precision);
  });

  it('reports the unknown, archived, deprecated and expired sets', () => {
    if (ENFORCE_TARGETS) {
      expect(report.lifecycle.sets).toEqual({
        unknown: { missing: [], extra: [] },
        archived: { missing: [], extra: [] },
        deprecated: { missing: [], extra: [] },
        expired: { missing: [], extra: [] },
      });
      return;
    }
    const mismatches = Object.values(report.lifecycle.sets).reduce((sum, set) => sum + set.missing.length + set.extra.length, 0);
    expect(mismatches).toBeLessThanOrEqual(MEASURED_FLOOR.lifecycleMismatches);
  });
});
