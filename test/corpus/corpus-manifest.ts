// The corpus on disk: the manifest of expected references, the registry, the config, and the
// pure derivations the scorer and its tests need (lifecycle sets, the registry that makes every
// reference a finding, the base version of a file).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_KINDS, type ExpectedReference, type LifecycleSets } from './score-references.js';

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));
/** The corpus source files, laid out as the scanned repository holds them. */
export const CORPUS_REPO_DIR = join(CORPUS_DIR, 'repo');

/**
 * Where a corpus lives: its folder holds manifest.json, flags.json, proverc.json and repo/. The
 * first corpus is test/corpus itself; the blind one (test/corpus/blind) was written without
 * reading the first corpus or the scanner, to find what both share as blind spots; the third
 * (test/corpus/blind3) likewise, written without reading either corpus, in other styles; the
 * fourth (test/corpus/blind4) likewise, with DI'd clients, async code and wrapper hooks; the fifth
 * (test/corpus/blind5) likewise, with T3 env objects, bound methods, method references, Kotlin,
 * and committed pre-images (base/) of modified files that remove references; the sixth
 * (test/corpus/blind6) likewise, with NestJS, Angular, Vue, Svelte, React Native, serverless
 * handlers, GraphQL resolvers, monorepo wrappers, FastAPI/Celery/Django, Go generics, Spring; the
 * seventh (test/corpus/blind7) likewise, with the SDKs' less common documented methods (detail and
 * payload variants, state snapshots, key-second server calls, builder-made contexts); the eighth
 * (test/corpus/blind8) likewise, a parcel company's monorepo (React Server Components, Vue/Svelte,
 * barrel re-exports, Java/Kotlin annotation wrappers, Python decorators and partials, Go method values); the
 * ninth (test/corpus/blind9) likewise, an energy retailer's monorepo (Next.js app-router middleware, Angular
 * signals, DI containers and Effect, aiohttp and Pydantic settings, Django class-based views, Go functional
 * options and interfaces, Java records, Kotlin coroutines and Flow).
 */
export interface CorpusLocation {
  readonly name: string;
  readonly dir: string;
}

export const CORPORA: readonly CorpusLocation[] = [
  { name: 'main', dir: CORPUS_DIR },
  { name: 'blind', dir: join(CORPUS_DIR, 'blind') },
  { name: 'blind3', dir: join(CORPUS_DIR, 'blind3') },
  { name: 'blind4', dir: join(CORPUS_DIR, 'blind4') },
  { name: 'blind5', dir: join(CORPUS_DIR, 'blind5') },
  { name: 'blind6', dir: join(CORPUS_DIR, 'blind6') },
  { name: 'blind7', dir: join(CORPUS_DIR, 'blind7') },
  { name: 'blind8', dir: join(CORPUS_DIR, 'blind8') },
  { name: 'blind9', dir: join(CORPUS_DIR, 'blind9') },
];

/** The corpus named `name` (`main`, `blind`, `blind3`, `blind4`, `blind5`, `blind6`, `blind7`, `blind8`, `blind9`); throws naming the known ones. */
export function findCorpus(name: string): CorpusLocation {
  const found = CORPORA.find((corpus) => corpus.name === name);
  if (found === undefined) throw new Error(`unknown corpus "${name}": expected one of ${CORPORA.map((corpus) => corpus.name).join(', ')}`);
  return found;
}

/** A flag whose references a modified file's staged image removes from its committed base. */
export interface RemovedReference {
  readonly file: string;
  readonly flag: string;
}

export interface CorpusManifest {
  readonly references: readonly ExpectedReference[];
  readonly lifecycle: LifecycleSets;
  /** `flag-removed` findings the modified mode must report (corpora with base/ images). */
  readonly removed?: readonly RemovedReference[];
}

export interface RegistryEntry {
  readonly key: string;
  readonly status: 'active' | 'deprecated' | 'archived';
  readonly expires?: string;
  readonly aliases?: readonly string[];
  readonly description?: string;
}

export interface CorpusRegistry {
  readonly flags: readonly RegistryEntry[];
}

/** Reads manifest.json; throws naming the entry when one is malformed. */
export function readCorpusManifest(path = join(CORPUS_DIR, 'manifest.json')): CorpusManifest {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { references?: unknown; lifecycle?: unknown };
  if (!Array.isArray(data.references) || typeof data.lifecycle !== 'object' || data.lifecycle === null) {
    throw new Error(`${path}: expected { references: [...], lifecycle: {...} }`);
  }
  data.references.forEach((entry: Partial<ExpectedReference>, index) => {
    const valid =
      typeof entry.file === 'string' && Number.isInteger(entry.line) && (typeof entry.flag === 'string' || entry.flag === null) &&
      (REFERENCE_KINDS as readonly string[]).includes(entry.kind ?? '') && typeof entry.shape === 'string' &&
      typeof entry.preset === 'string' && typeof entry.text === 'string' && (entry.flag === null) === (entry.kind === 'dynamic');
    if (!valid) throw new Error(`${path}: references[${index}] is malformed: ${JSON.stringify(entry)}`);
  });
  const removed = (data as { removed?: unknown }).removed;
  if (removed !== undefined && (!Array.isArray(removed) || !removed.every((entry: Partial<RemovedReference>) => typeof entry.file === 'string' && typeof entry.flag === 'string'))) {
    throw new Error(`${path}: "removed" must be a list of { file, flag }`);
  }
  return data as unknown as CorpusManifest;
}

/** Reads the corpus registry (flags.json, the project's registry format). */
export function readCorpusRegistry(path = join(CORPUS_DIR, 'flags.json')): CorpusRegistry {
  return JSON.parse(readFileSync(path, 'utf8')) as CorpusRegistry;
}

/** Reads the config the corpus is scanned with (.proverc.json of the scanned repository). */
export function readCorpusConfig(path = join(CORPUS_DIR, 'proverc.json')): string {
  return readFileSync(path, 'utf8');
}

/** Every corpus source file, as a path relative to repo/ with forward slashes, sorted. */
export function listCorpusFiles(dir = CORPUS_REPO_DIR): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]));
  return walk(dir).map((file) => relative(dir, file).split(sep).join('/')).sort();
}

/**
 * The lifecycle sets the registry implies for the evaluated references (comments and dynamic
 * keys never count): keys it lacks, archived, deprecated, and those whose `expires` is before
 * `today` (YYYY-MM-DD).
 */
export function deriveLifecycleSets(references: readonly ExpectedReference[], registry: CorpusRegistry, today: string): LifecycleSets {
  const byKey = new Map(registry.flags.map((flag) => [flag.key, flag]));
  const evaluated = new Set(references.filter((entry) => entry.kind !== 'comment' && entry.kind !== 'dynamic').map((entry) => entry.flag!));
  const pick = (test: (flag: RegistryEntry | undefined) => boolean): string[] => [...evaluated].filter((key) => test(byKey.get(key))).sort();
  return {
    unknown: pick((flag) => flag === undefined),
    archived: pick((flag) => flag?.status === 'archived'),
    deprecated: pick((flag) => flag?.status === 'deprecated'),
    expired: pick((flag) => flag?.expires !== undefined && flag.expires < today),
  };
}

/**
 * The registry for measuring recall through findings: every active flag becomes deprecated, so
 * each reference to a known flag yields a finding (unknown keys stay unknown).
 */
export function deriveRecallRegistry(registry: CorpusRegistry): CorpusRegistry {
  return { flags: registry.flags.map((flag) => (flag.status === 'active' ? { ...flag, status: 'deprecated' } : flag)) };
}

/** The text of a file without the given 1-based lines: the base version of the modified mode. */
export function removeLines(text: string, lines: ReadonlySet<number>): string {
  return text
    .split('\n')
    .filter((_, index) => !lines.has(index + 1))
    .join('\n');
}

/** The 1-based line of `text` in a file's content, when it occurs on exactly one line. */
export function locateLine(content: string, text: string): number | undefined {
  const hits = content.split('\n').flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The committed pre-image of a corpus file for the modified mode, when the corpus gives one
 * (`base/<file>`: a real earlier version, with references the staged image removes); undefined
 * when the base is derived by removing the references' lines.
 */
export function readBaseImage(corpus: CorpusLocation, file: string): string | undefined {
  const path = join(corpus.dir, 'base', file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The 1-based lines of `post` that a line diff from `base` adds (a longest common subsequence). */
export function listDiffAddedLines(base: string, post: string): Set<number> {
  const a = base.split('\n');
  const b = post.split('\n');
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const added = new Set<number>();
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (i < a.length && lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      i += 1;
    } else {
      added.add(j + 1);
      j += 1;
    }
  }
  return added;
}
