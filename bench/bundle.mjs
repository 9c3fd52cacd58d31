// How bench/ runs its TypeScript: bundled by esbuild (a devDependency) into one ES module file.

/** Bundles `entry` (an absolute path) into `outfile` as a runnable .mjs file with a working `require`. */
export async function bundleForNode(entry, outfile) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Bundled CommonJS dependencies call require() for node builtins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}
