// The full config load (cosmiconfig + zod): search the folders, parse the first config file
// found, validate it. Off the hot path: a config-cache hit never imports this module.
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatErrorReason, formatExcerpt } from '../text/excerpt.js';
import { isPathInside } from './search-places.js';
import { defaultLoaders, type Loader } from 'cosmiconfig';
import { Explorer } from 'cosmiconfig/dist/Explorer.js';
import { ConfigError } from '../errors.js';
import type { ProveConfig } from './schema.js';
import { PACKAGE_PROP, REFUSED_PLACES, SEARCH_PLACES, listSearchDirs, type SearchScope } from './search-places.js';
import { parseStrictJson } from './json-syntax.js';
import { validateConfig } from './validate-config.js';

/** The outcome of a full load. */
export interface LoadedConfig {
  /** The validated config with every default applied. */
  readonly config: ProveConfig;
  /** The file it came from, or null when none was found (defaults). */
  readonly filePath: string | null;
  /**
   * False when the result depends on files outside the search places (`$import`), so a cache
   * keyed on the search places could not prove it valid.
   */
  readonly cacheable: boolean;
}

const REFUSED = new Set<string>(REFUSED_PLACES);

/** The `prove` key as JSON writes it: a package.json without this text cannot hold our config. */
const PROVE_KEY = new RegExp(`"${PACKAGE_PROP}"\\s*:`);

/**
 * Searches `scope` (nearest folder first; within a folder in {@link SEARCH_PLACES} order) and
 * loads the first non-empty config. Empty files and a package.json without a `prove` key are
 * skipped, as cosmiconfig's own search does, and so is a package.json that does not parse but
 * names no `prove` key (a merge conflict in a project that keeps its config elsewhere). Throws a {@link ConfigError} for an unparsable or
 * invalid file, for a JavaScript/TypeScript config file, and for a file that resolves (through
 * symbolic links) outside the searched folders: it is refused unread.
 */
export async function loadConfig(scope: SearchScope): Promise<LoadedConfig> {
  const dirs = listSearchDirs(scope);
  // The outermost folder searched: a config file must resolve inside it (the repository).
  const boundary = realpathSync(dirs[dirs.length - 1]!);
  const explorer = createExplorer(boundary);
  for (const dir of dirs) {
    for (const name of [...SEARCH_PLACES, ...REFUSED_PLACES]) {
      const filePath = join(dir, name);
      const stats = statFollowing(filePath);
      // A folder of that name is no config (as cosmiconfig's own search decides); anything else
      // that is not a regular file (a link to nothing, to /dev/null, a FIFO) would be skipped in
      // silence, the defaults replacing the team's config: refused, unread.
      if (stats === undefined && lstatSync(filePath, { throwIfNoEntry: false }) === undefined) continue;
      if (stats?.isDirectory() === true) continue;
      if (stats?.isFile() !== true) throw notARegularFile(filePath);
      if (REFUSED.has(name)) throw refusedCodeConfig(filePath);
      if (!isPathInside(realpathSync(filePath), boundary)) throw outsideRepository(filePath);
      let result: Awaited<ReturnType<typeof explorer.load>>;
      try {
        result = await explorer.load(filePath);
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        const content = readFileSync(filePath, 'utf8');
        // A package.json that does not parse (a merge conflict) and names no `prove` key holds
        // no config of ours: the search goes on, as for one without the key.
        if (name === 'package.json' && !PROVE_KEY.test(content)) continue;
        throw unparsable(filePath, error, content);
      }
      if (result === null || result.isEmpty === true) continue;
      const isPackageJson = basename(filePath) === 'package.json';
      const config = validateConfig(result.config, { filePath, keyPrefix: isPackageJson ? PACKAGE_PROP : null });
      return { config, filePath, cacheable: !readFileSync(filePath, 'utf8').includes('$import') };
    }
  }
  return { config: validateConfig({}, { filePath: null, keyPrefix: null }), filePath: null, cacheable: true };
}

/**
 * cosmiconfig's Explorer itself, not cosmiconfig(): that first searches the working folder for
 * a "meta config" of its own, which parses package.json (a merge conflict there made every hook
 * fail) and runs a committed .config/config.js: a config never runs code. Files must resolve
 * inside `boundary`.
 */
function createExplorer(boundary: string): Explorer {
  return new Explorer({
    moduleName: 'prove',
    packageProp: PACKAGE_PROP,
    searchPlaces: [...SEARCH_PLACES],
    ignoreEmptySearchPlaces: true,
    // We walk the folders ourselves (up to the git root, see search-places.ts) and only ask
    // cosmiconfig to parse the file we picked; its own caches would only cost memory here.
    cache: false,
    transform: (result) => result,
    // Our JSON loader says where a syntax error is (line, column, the line itself). Every loader
    // first refuses a file (a `$import`ed one too) that resolves outside the repository, and a
    // code file: a config never runs code.
    loaders: {
      '.json': insideOnly(boundary, (_filePath, content) => parseStrictJson(content)),
      '.yaml': insideOnly(boundary, defaultLoaders['.yaml']),
      '.yml': insideOnly(boundary, defaultLoaders['.yml']),
      noExt: insideOnly(boundary, defaultLoaders.noExt),
      ...Object.fromEntries(['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'].map((ext) => [ext, (filePath: string) => {
        throw refusedCodeConfig(filePath);
      }])),
    },
    metaConfigFilePath: null,
    mergeImportArrays: true,
    mergeSearchPlaces: true,
    searchStrategy: 'none',
  });
}

/**
 * Loads one named config file (a server's `pre-receive --config <file>`): JSON for `.json` and
 * `package.json` (its `prove` key), YAML or JSON otherwise, with the same validation as a found
 * config. `$import` may name files beside it. Throws ConfigError when it is missing, unreadable,
 * a code file, unparsable or invalid.
 */
export async function loadConfigFile(filePath: string): Promise<LoadedConfig> {
  const name = basename(filePath);
  if ((REFUSED_PLACES as readonly string[]).includes(name) || /\.[cm]?[jt]s$/.test(name)) throw refusedCodeConfig(filePath);
  if (statFollowing(filePath)?.isFile() !== true) {
    throw new ConfigError(`the config file ${filePath} does not exist or is not a file`, { hint: 'Give the path of a readable .proverc.json (or .yaml) to --config.' });
  }
  const explorer = createExplorer(dirname(realpathSync(filePath)));
  let result: Awaited<ReturnType<typeof explorer.load>>;
  try {
    result = await explorer.load(filePath);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw unparsable(filePath, error, readFileSync(filePath, 'utf8'));
  }
  // A file named on purpose that holds nothing would silently mean the defaults.
  if (result === null || result.isEmpty === true) {
    throw new ConfigError(`the config file ${filePath} holds no prove-hooks config (it is empty, or a package.json without a "${PACKAGE_PROP}" key)`, {
      hint: 'Write the settings into it ({} for the defaults), or give another file to --config.',
    });
  }
  const isPackageJson = name === 'package.json';
  const config = validateConfig(result.config, { filePath, keyPrefix: isPackageJson ? PACKAGE_PROP : null });
  return { config, filePath, cacheable: false };
}

function refusedCodeConfig(filePath: string): ConfigError {
  return new ConfigError(`${filePath}: JavaScript and TypeScript config files are not supported`, {
    hint: 'A prove-hooks config is data, read on every commit: move the same keys to .proverc.json (or .proverc.yaml) and delete this file.',
  });
}

/**
 * `load`, after refusing a file that resolves outside `boundary` (parsers' errors could quote it),
 * and then the files its `$import` names before cosmiconfig reads them: each must be a regular
 * file inside `boundary` (a link to /dev/zero would be read until memory runs out, a FIFO would
 * wait forever). A missing one is left to cosmiconfig, whose error {@link unparsable} words.
 */
function insideOnly(boundary: string, load: Loader): Loader {
  return async (filePath, content) => {
    if (!isPathInside(realpathSync(filePath), boundary)) throw outsideRepository(filePath);
    const loaded: unknown = await load(filePath, content);
    const imports: unknown = typeof loaded === 'object' && loaded !== null ? (loaded as Record<string, unknown>)['$import'] : undefined;
    for (const named of Array.isArray(imports) ? imports : [imports]) {
      if (typeof named !== 'string') continue;
      const imported = resolve(dirname(filePath), named);
      const stats = statSync(imported, { throwIfNoEntry: false });
      if (stats === undefined) continue;
      if (!isPathInside(realpathSync(imported), boundary)) throw outsideRepository(imported);
      if (!stats.isFile() && !stats.isDirectory()) throw notARegularFile(imported);
    }
    return loaded;
  };
}

/**
 * `statSync` of the file a path leads to, undefined when there is none; a path that cannot be
 * followed (a link to itself: ELOOP) is a ConfigError naming it, as a link to nothing is.
 */
function statFollowing(filePath: string): Stats | undefined {
  try {
    return statSync(filePath, { throwIfNoEntry: false });
  } catch (error) {
    throw notARegularFile(filePath, error);
  }
}

function notARegularFile(filePath: string, cause?: unknown): ConfigError {
  return new ConfigError(`${filePath} is not a regular file (a symbolic link to nothing or to a device, a FIFO or a socket): refused unread`, {
    hint: 'A config (and each file its "$import" names) must be a regular file of the repository: replace it with one, or delete it.',
    ...(cause === undefined ? {} : { cause }),
  });
}

function outsideRepository(filePath: string): ConfigError {
  return new ConfigError(`${filePath} resolves to a file outside the repository (a symbolic link or a $import): refused unread`, {
    hint: 'A config must be a file of the repository: replace the link (or the imported file) with a file of the repository.',
  });
}

/**
 * cosmiconfig's own refusals of a `$import` chain (a circle, a file importing itself, a value that is
 * not a file name), said in our words: they are not syntax errors. `undefined` for any other error.
 */
function importChainError(raw: string, error: unknown): ConfigError | undefined {
  const circle = /^Circular import detected:\n([\s\S]*) \(same as (\d+)\.\)$/.exec(raw);
  if (circle !== null) {
    const chain = circle[1]!.split('\n').map((line) => line.replace(/^\d+\. /, ''));
    return new ConfigError(`"$import" goes round in a circle: ${chain.join(' → ')}`, {
      hint: 'Remove one "$import" of the circle: along one chain of imports, each file may appear once.',
      cause: error,
    });
  }
  const self = /^Self-import detected in (.+)$/.exec(raw);
  if (self !== null) {
    return new ConfigError(`${self[1]} names itself in "$import"`, { hint: 'Remove the file\'s own name from its "$import".', cause: error });
  }
  const notName = /^(.+): Key \$import must contain a string or a list of strings$/.exec(raw);
  if (notName !== null) {
    return new ConfigError(`${notName[1]}: "$import" must be a file name or a list of file names`, {
      hint: 'Write "$import": "base.json" or "$import": ["base.json", "team.json"] (relative to that file).',
      cause: error,
    });
  }
  return undefined;
}

/**
 * The parse error, quoting at most the one line at fault (escaped and cut: text/excerpt.ts). A
 * parser's own message may quote the input, so only its first line is kept, escaped and cut.
 */
function unparsable(filePath: string, error: unknown, content: string): ConfigError {
  // cosmiconfig reads a `$import`ed file as it loads the config: a file it cannot read is not a syntax error.
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code === 'string' && typeof path === 'string' && path !== filePath) {
    const problem = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code})`;
    return new ConfigError(`${filePath}: the file "$import" names, ${path}, ${problem}`, {
      hint: 'Fix the path in "$import" (relative to the config file that names it), or create that file.',
      cause: error,
    });
  }
  const raw = error instanceof Error ? error.message : String(error);
  const importProblem = importChainError(raw, error);
  if (importProblem !== undefined) return importProblem;
  // cosmiconfig prefixes "JSON Error in <file>:"; our JSON loader's message already quotes one excerpt.
  const ours = raw.replace(/^(JSON|YAML) Error in [^\n]*:\n/, '');
  // js-yaml says where (0-based), and prints several lines of the file after its reason.
  const mark = (error as { mark?: { line?: unknown; column?: unknown; buffer?: unknown } }).mark;
  let message: string;
  if (/^line \d+, column \d+: /.test(ours)) {
    message = ours.trim();
  } else if (typeof mark?.line === 'number' && typeof mark.column === 'number') {
    // The mark's own text: the error may come from a `$import`ed file.
    const excerpt = formatExcerpt(typeof mark.buffer === 'string' ? mark.buffer : content, mark.line + 1, mark.column + 1);
    message = `line ${mark.line + 1}, column ${mark.column + 1}: ${formatErrorReason(ours.replace(/ \(\d+:\d+\)$/m, ''))}\n${excerpt.text}\n${' '.repeat(excerpt.caret)}^`;
  } else {
    message = formatErrorReason(ours);
  }
  return new ConfigError(`cannot parse ${filePath}:\n${message.replace(/^/gm, '  ')}`, {
    hint: 'Fix the syntax (JSON for .proverc.json and package.json; YAML or JSON for .proverc, .proverc.yaml, .proverc.yml).',
    cause: error,
  });
}
