// Whether the `flags.include` / `flags.exclude` globs leave any source file to check: globs that
// exclude everything (`exclude: ["**"]`, `include: []`) turn the flag check off without saying
// so, and the user is told.

/** Source files of the usual layouts and languages, tried against the globs. */
const PROBES = ['index.js', 'src/index.ts', 'src/app/App.tsx', 'app/main.py', 'cmd/server/main.go', 'src/main/java/App.java', 'lib/app.rb', 'Program.cs'];

/**
 * The paths to try: {@link PROBES}, and for every include glob the probes and a file of its
 * extension (`*.kt`, `*.{ts,tsx}`) at its literal start (before its first glob character), so
 * `packages/web/**` is tried with `packages/web/src/index.ts`, and a Kotlin glob with `src/a.kt`.
 */
export function listProbePaths(include: readonly string[]): string[] {
  const paths = new Set(PROBES);
  for (const glob of include) {
    const wild = glob.search(/[*?[\]{}()!+@]/);
    const literal = wild === -1 ? glob : glob.slice(0, wild);
    const folder = literal.slice(0, literal.lastIndexOf('/') + 1);
    if (wild === -1) paths.add(glob);
    for (const probe of PROBES) paths.add(`${folder}${probe}`);
    const extensions = /\.\{([\w,]+)\}$/.exec(glob)?.[1]?.split(',') ?? [/\.(\w+)$/.exec(glob)?.[1]].filter((ext) => ext !== undefined);
    for (const ext of extensions) paths.add(`${folder}a.${ext}`).add(`${folder}src/a.${ext}`);
  }
  return [...paths];
}

/** True when `includePath` (the compiled globs) admits none of the probe paths: no source file would be checked. */
export function isEveryFileExcluded(includePath: (path: string) => boolean, include: readonly string[]): boolean {
  return !listProbePaths(include).some(includePath);
}
