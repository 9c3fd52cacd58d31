// Build: bundle the CLI with esbuild (startup is the product's main cost). The library entry
// (dist/index.mjs) is a few lines that re-export dist/cli-full.cjs, so the package holds one copy
// of the code; its types are the hand-written types/index.d.ts (test/unit/public-api.ts checks
// them against the sources).
import { build } from 'esbuild';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { stampBundle } from './build-stamp.mjs';
import { bundledPackages, composeNotices } from './third-party-notices.mjs';

const { version, dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Size budgets: dist/cli.cjs is parsed on every hook run, dist/message-fast-path.cjs on every commit. */
// 7 KB since the code cache is sealed by a CRC-32 and keeps each build's entry (0.7 KB more to parse).
const LAUNCHER_MAX_BYTES = 7 * 1024;
// 65 KiB since the repository locator runs in the message fast path (from its code cache) and
// not in cli.cjs, which is compiled from source on every run; 66 KiB since a configured branch
// pattern runs on the linear-time engine there (config/linear-regexp.ts, 0.4 KB: a pattern that
// backtracks hung the commit on a branch name).
const FAST_PATH_MAX_BYTES = 66 * 1024;
const PRE_COMMIT_FAST_PATH_MAX_BYTES = 512 * 1024;

await rm('dist', { recursive: true, force: true });
// The CLI the bin runs (dist/cli-full.cjs): one CommonJS file, loaded through V8's code cache
// (src/cli/code-cache.ts), which saves a hook far more than splitting into ES module chunks did
// (pre-commit on a typical commit: about half the time). Libraries a command imports lazily
// (zod, cosmiconfig, yaml) are in the file but neither run nor compiled until imported. The
// `bench` command and what only it needs (tinybench, the statistics library) are a separate file.
/** What every CommonJS file of the bin shares. */
const commonJs = { outdir: 'dist', outExtension: { '.js': '.cjs' }, bundle: true, format: 'cjs', platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning', metafile: true };

/** Writes a build's metafile to dist/.meta/ (not published): tests check what each file holds. */
async function keepMetafile(name, metafile) {
  await mkdir('dist/.meta', { recursive: true });
  await writeFile(`dist/.meta/${name}.json`, JSON.stringify(metafile));
}

const cliFullOptions = {
  ...commonJs,
  external: ['husky', 'typescript'],
  // import.meta.url in the sources (to resolve husky) is this file's URL, as in an ES module.
  define: {
    __PROVE_VERSION__: JSON.stringify(version),
    __PROVE_HUSKY_RANGE__: JSON.stringify(dependencies.husky),
    'import.meta.url': '__proveFileUrl',
  },
  banner: { js: "const __proveFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Smaller to read on every run; identifiers are kept, so a PROVE_DEBUG=1 stack trace stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
};

/** src/cli/commands.ts loads the bench command from dist/bench-command.cjs, not from the bundle. */
const benchCommandExternal = {
  name: 'bench-command-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/bench\.js$/ }, (args) =>
      args.importer.endsWith('src/cli/commands.ts') ? { path: './bench-command.cjs', external: true } : undefined,
    );
  },
};

// dist/bench-command.cjs holds only what the bench alone uses (src/bench, tinybench, the
// statistics): every module it imports that dist/cli-full.cjs also holds (zod, yaml, the core,
// the config loader, errors.ts) is taken from cli-full's instance through the export
// `__proveSharedModule(id)` — one copy in the package, and one instance in the process (its
// error classes are the ones cli/run.ts maps to exit codes). cli-full.cjs is already loaded when
// the bench command runs (the bin runs every command through it), so the require costs nothing.
// Three steps: what cli-full holds; bench-command with those modules as stubs; cli-full again
// with the modules bench-command asked for (the same inputs, so the same code, plus one lazy table).
const SHARED_EXPORT = '__proveSharedModule';
const SHARED_TABLE = 'prove-shared-modules';
const cliFullEntry = 'src/cli/main.ts';
const firstPass = await build({ ...cliFullOptions, entryPoints: { 'cli-full': cliFullEntry }, plugins: [benchCommandExternal], write: false });
const cliFullInputs = new Set(Object.keys(firstPass.metafile.inputs));
const sharedIds = new Set();
const sharedFromCliFull = {
  name: 'shared-from-cli-full',
  setup(b) {
    b.onResolve({ filter: /^\.\/cli-full\.cjs$/, namespace: 'prove-shared' }, () => ({ path: './cli-full.cjs', external: true }));
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.sharedResolve === true || args.kind === 'entry-point') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { sharedResolve: true } });
      if (resolved.errors.length > 0 || resolved.external) return undefined;
      const id = relative(process.cwd(), resolved.path).split(sep).join('/');
      if (!cliFullInputs.has(id)) return undefined;
      sharedIds.add(id);
      return { path: id, namespace: 'prove-shared' };
    });
    b.onLoad({ filter: /.*/, namespace: 'prove-shared' }, (args) => ({
      contents: `module.exports = require('./cli-full.cjs').${SHARED_EXPORT}(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
const benchBuild = await build({
  ...cliFullOptions,
  entryPoints: { 'bench-command': 'src/cli/commands/bench.ts' },
  plugins: [sharedFromCliFull],
});
await keepMetafile('bench-command', benchBuild.metafile);

/**
 * cli-full's entry: src/cli/main.ts and the table of the modules bench-command takes from it.
 * The table is required only when called, so loading cli-full runs none of it.
 */
const cliFullWithSharedModules = {
  name: 'cli-full-with-shared-modules',
  setup(b) {
    b.onResolve({ filter: /^prove-(cli-full-entry|shared-modules)$/ }, (args) => ({ path: args.path, namespace: 'prove-shared' }));
    b.onLoad({ filter: /^prove-cli-full-entry$/, namespace: 'prove-shared' }, () => ({
      resolveDir: process.cwd(),
      loader: 'ts',
      contents: [
        `export * from './${cliFullEntry}';`,
        `/** For dist/bench-command.cjs: the module \`id\` (its path in the repository) as this bundle holds it. */`,
        `export function ${SHARED_EXPORT}(id: string): unknown {`,
        `  const table = (require('${SHARED_TABLE}') as { modules: Record<string, unknown> }).modules;`,
        `  if (!Object.hasOwn(table, id)) throw new Error(\`prove-hooks: dist/cli-full.cjs does not hold \${id} (rebuild the package)\`);`,
        '  return table[id];',
        '}',
      ].join('\n'),
    }));
    b.onLoad({ filter: /^prove-shared-modules$/, namespace: 'prove-shared' }, () => {
      const ids = [...sharedIds].sort();
      return {
        resolveDir: process.cwd(),
        loader: 'js',
        contents: [
          ...ids.map((id, i) => `import * as m${i} from './${id}';`),
          `export const modules = { ${ids.map((id, i) => `${JSON.stringify(id)}: m${i}`).join(', ')} };`,
        ].join('\n'),
      };
    });
  },
};
await build({
  ...cliFullOptions,
  entryPoints: { 'cli-full': 'prove-cli-full-entry' },
  plugins: [benchCommandExternal, cliFullWithSharedModules],
}).then(async ({ metafile }) => {
  await keepMetafile('cli-full', metafile);
  const full = Object.entries(metafile.outputs).find(([file]) => file.endsWith('cli-full.cjs'))[1];
  const benchOnly = Object.keys(full.inputs).filter((input) => /node_modules\/(tinybench|simple-statistics)\/|src\/bench\/|src\/core\/stats\/(student-t|log-ratio)/.test(input));
  if (benchOnly.length > 0) throw new Error(`dist/cli-full.cjs must not hold bench code: ${benchOnly.join(', ')}`);
  // The table must add no module to the hook path's file: only the ones it already held.
  const added = Object.keys(full.inputs).filter((input) => !cliFullInputs.has(input) && !input.startsWith('prove-shared:'));
  if (added.length > 0) throw new Error(`sharing with bench-command added modules to dist/cli-full.cjs: ${added.join(', ')}`);
});

// dist/index.mjs, the library (`exports`): the public API is what src/index.ts exports, and
// cli-full.cjs exports it too (besides `main`, which the bin calls). Loading it runs nothing.
const libraryNames = Object.keys(createRequire(import.meta.url)('../dist/cli-full.cjs')).filter((name) => name !== 'main' && name !== SHARED_EXPORT).sort();
await writeFile(
  'dist/index.mjs',
  [
    '// prove-hooks, the library: the public API of src/index.ts. The code is in cli-full.cjs, shared with the bin.',
    "import { createRequire } from 'node:module';",
    '',
    "const library = createRequire(import.meta.url)('./cli-full.cjs');",
    `export const { ${libraryNames.join(', ')} } = library;`,
    '',
  ].join('\n'),
);

// dist/pre-commit-fast-path.cjs: the pre-commit hook alone (src/hooks/pre-commit-fast-path.ts),
// run with the cache-only sources (src/hooks/cache-only-sources.ts): nothing in it imports the
// config or registry parsers, and the check below keeps it so. A commit whose caches are warm
// loads this file only; a miss is handed to the full CLI.
await build({
  ...commonJs,
  entryPoints: { 'pre-commit-fast-path': 'src/hooks/pre-commit-fast-path.ts' },
  define: { __PROVE_VERSION__: JSON.stringify(version) },
  minifyWhitespace: true,
  minifySyntax: true,
}).then(async ({ metafile }) => {
  await keepMetafile('pre-commit-fast-path', metafile);
  const heavy = Object.keys(metafile.inputs).filter((input) => /node_modules\/(zod|cosmiconfig|tinybench|js-yaml|yaml|typescript|jsonc-parser|lru-cache)\/|src\/config\/(load-config|schema|validate-config)\.ts|registry-parse\.ts/.test(input));
  if (heavy.length > 0) throw new Error(`dist/pre-commit-fast-path.cjs must not bundle the parsers, found: ${heavy.join(', ')}`);
  const [file, output] = Object.entries(metafile.outputs).find(([name]) => name.endsWith('.cjs'));
  if (output.bytes > PRE_COMMIT_FAST_PATH_MAX_BYTES) throw new Error(`${file} is ${output.bytes} bytes, over its budget of ${PRE_COMMIT_FAST_PATH_MAX_BYTES}`);
});

// dist/cli.cjs, the `bin`, and dist/message-fast-path.cjs, which it loads for commit-msg and
// check-msg: CommonJS because Node starts a CommonJS file ~7 ms faster than an ES module; single
// files because each extra module costs about half a millisecond. Everything else is cli-full.
await build({
  ...commonJs,
  entryPoints: { cli: 'src/cli/launcher.ts', 'message-fast-path': 'src/hooks/message-fast-path.ts' },
  external: ['./message-fast-path.cjs'],
  define: { __PROVE_VERSION__: JSON.stringify(version) },
  // Less to parse on every commit. (No keepNames: it adds a defineProperty call per function at
  // load. Errors print by their kind and message, never a class name.)
  minify: true,
}).then(async ({ metafile }) => {
  await keepMetafile('fast-path', metafile);
  // The fast path must stay light: a heavy library or a large bundle here would cost every commit.
  const heavy = Object.keys(metafile.inputs).filter((input) => /node_modules\/(zod|cosmiconfig|tinybench|js-yaml|yaml|typescript|lru-cache)\//.test(input));
  if (heavy.length > 0) throw new Error(`dist/*.cjs must not bundle heavy libraries, found: ${heavy.join(', ')}`);
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const budget = file.endsWith('cli.cjs') ? LAUNCHER_MAX_BYTES : FAST_PATH_MAX_BYTES;
    if (output.bytes > budget) throw new Error(`${file} is ${output.bytes} bytes, over its budget of ${budget}: keep the hook path small`);
  }
});
await chmod('dist/cli.cjs', 0o755);
// The bundles every commit loads are ASCII: node reads an ASCII file as a string without decoding
// UTF-8 (one non-ASCII character, in a regex literal, which esbuild does not escape, made the
// pre-commit bundle cost 4.4 million more instructions to read): write such a character \u-escaped.
for (const file of ['dist/message-fast-path.cjs', 'dist/pre-commit-fast-path.cjs']) {
  const bytes = await readFile(file);
  const at = bytes.findIndex((byte) => byte > 0x7f);
  if (at !== -1) throw new Error(`${file} is not ASCII at byte ${at} (${JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 4).toString('utf8'))}): escape the character in its source`);
}
// The files the bin loads through V8's code cache carry their version and content hash, the cache's key.
for (const file of ['dist/cli-full.cjs', 'dist/message-fast-path.cjs', 'dist/pre-commit-fast-path.cjs']) stampBundle(file, version);
// The licences of the bundled packages (the bundles keep no legal comments): one file in dist/.
{
  const metafiles = readdirSync('dist/.meta').map((name) => JSON.parse(readFileSync(`dist/.meta/${name}`, 'utf8')));
  await writeFile('dist/THIRD-PARTY-NOTICES.txt', composeNotices(bundledPackages(metafiles)));
}
