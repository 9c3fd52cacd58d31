// Build: bundle the CLI and the library with esbuild (startup is the product's main cost),
// then emit type declarations for the library entry with tsc.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version, dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Size budgets: dist/cli.cjs is parsed on every hook run, dist/message-fast-path.cjs on every commit. */
const LAUNCHER_MAX_BYTES = 4 * 1024;
const FAST_PATH_MAX_BYTES = 64 * 1024;

const withTypes = !process.argv.includes('--no-types');

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/bin.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  // Code splitting keeps heavy, rarely needed code (zod, cosmiconfig, simple-git, tinybench)
  // in chunks that are only loaded when a command imports them.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // husky stays a real dependency: `init` calls it and its hook runner must exist on disk.
  // typescript: cosmiconfig require()s it only to load .ts configs, which prove-hooks refuses;
  // bundling it would add ~10 MB to the config chunk.
  external: ['husky', 'typescript'],
  // Bundled CommonJS dependencies call require() for node builtins; give them one.
  // Created on first use: createRequire costs ~3 ms of startup, and the hook path never calls it.
  banner: {
    js: [
      "import { createRequire as __proveCreateRequire } from 'node:module';",
      'let __proveRequire;',
      'const __proveReq = () => (__proveRequire ??= __proveCreateRequire(import.meta.url));',
      'const require = Object.defineProperties((id) => __proveReq()(id), {',
      '  resolve: { get: () => __proveReq().resolve },',
      '  cache: { get: () => __proveReq().cache },',
      '  main: { get: () => __proveReq().main },',
      '});',
    ].join('\n'),
  },
  // `init` adds husky to the user's devDependencies at the range we depend on.
  define: { __PROVE_VERSION__: JSON.stringify(version), __PROVE_HUSKY_RANGE__: JSON.stringify(dependencies.husky) },
  legalComments: 'none',
  logLevel: 'warning',
});
// dist/cli.mjs is the package's `bin`: src/cli/bin.ts starts with a `#!/usr/bin/env node` line,
// which esbuild keeps on the first line of that entry only (the banner comes after it).
await chmod('dist/cli.mjs', 0o755);

// dist/cli.cjs, the `bin`, and dist/message-fast-path.cjs, which it loads for commit-msg and
// check-msg: CommonJS because Node starts a CommonJS file ~7 ms faster than an ES module; single
// files because each extra module costs about half a millisecond. Everything else is the ESM CLI.
await build({
  entryPoints: { cli: 'src/cli/launcher.ts', 'message-fast-path': 'src/hooks/message-fast-path.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['./message-fast-path.cjs'],
  define: { __PROVE_VERSION__: JSON.stringify(version) },
  // Less to parse on every commit. (No keepNames: it adds a defineProperty call per function at
  // load. The fast path prints no errors: anything unexpected goes to the full CLI, which does.)
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
}).then(({ metafile }) => {
  // The fast path must stay light: a heavy library or a large bundle here would cost every commit.
  const heavy = Object.keys(metafile.inputs).filter((input) => /node_modules\/(zod|cosmiconfig|simple-git|tinybench|js-yaml|yaml|typescript|lru-cache)\//.test(input));
  if (heavy.length > 0) throw new Error(`dist/*.cjs must not bundle heavy libraries, found: ${heavy.join(', ')}`);
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const budget = file.endsWith('cli.cjs') ? LAUNCHER_MAX_BYTES : FAST_PATH_MAX_BYTES;
    if (output.bytes > budget) throw new Error(`${file} is ${output.bytes} bytes, over its budget of ${budget}: keep the hook path small`);
  }
});
await chmod('dist/cli.cjs', 0o755);

if (withTypes) {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
