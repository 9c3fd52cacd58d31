// Pure: what `init` changes in the user's package.json (the husky `prepare` script) and what it
// needs to know from it (is husky a direct dependency, and which major).

/** The parts of package.json that init reads. */
export interface PackageManifest {
  readonly scripts?: Record<string, unknown>;
  readonly dependencies?: Record<string, unknown>;
  readonly devDependencies?: Record<string, unknown>;
  readonly optionalDependencies?: Record<string, unknown>;
}

/**
 * The command that installs husky's hooks for a husky directory `huskyDir` (relative to the top of
 * the work tree, `/` separators) from a package in `packageDir` (same form, '' at the top).
 * A package in a subfolder goes up to the top first, as husky documents (`cd .. && husky
 * frontend/.husky`). `|| true` keeps `npm ci --omit=dev` (no husky installed) from failing;
 * husky itself already exits 0 outside git and with HUSKY=0.
 */
export function composeHuskyCommand(packageDir: string, huskyDir: string): string {
  if (packageDir === '') return huskyDir === '.husky' ? 'husky || true' : `husky ${huskyDir} || true`;
  const up = packageDir.split('/').map(() => '..').join('/');
  return `cd ${up} && husky ${huskyDir} || true`;
}

/** What became of the `prepare` script. */
export type PrepareChange =
  /** There was none; ours was added. */
  | 'added'
  /** There was one that did not run husky; ours now runs before it. */
  | 'combined'
  /** It already runs husky for this directory. */
  | 'present'
  /** It runs husky, but apparently for another directory: left alone, reported. */
  | 'mismatch';

export interface PreparePlan {
  readonly change: PrepareChange;
  /** The script after the change (the old one for present/mismatch). */
  readonly script: string;
}

/** Decides the new `prepare` script from the current one (undefined when there is none). */
export function planPrepareScript(current: string | undefined, packageDir: string, huskyDir: string): PreparePlan {
  const ours = composeHuskyCommand(packageDir, huskyDir);
  if (current === undefined || current.trim() === '') return { change: 'added', script: ours };
  if (/\bhusky\b/.test(current)) {
    const targets = findHuskyTargets(current);
    // No plain `husky` call (e.g. `node .husky/install.mjs`): a custom installer, trusted as is.
    const runsOurs = targets.length === 0 || targets.includes(huskyDir);
    return { change: runsOurs ? 'present' : 'mismatch', script: current };
  }
  // Ours first, grouped when it changes directory, so the user's script still runs where it did.
  const first = packageDir === '' ? ours : `(${ours})`;
  return { change: 'combined', script: `${first} && ${current}` };
}

/**
 * Undoes {@link planPrepareScript}: a `prepare` that is exactly ours goes, ours in front of the
 * user's script leaves the user's; anything else was not written by us and stays.
 */
export function planPrepareRemoval(current: string | undefined, packageDir: string, huskyDir: string): { readonly change: 'removed' | 'restored' | 'kept' | 'absent'; readonly script?: string } {
  if (current === undefined) return { change: 'absent' };
  const ours = composeHuskyCommand(packageDir, huskyDir);
  if (current === ours) return { change: 'removed' };
  const first = `${packageDir === '' ? ours : `(${ours})`} && `;
  if (current.startsWith(first) && current.length > first.length) return { change: 'restored', script: current.slice(first.length) };
  return { change: 'kept', script: current };
}

/** The directories the `husky` calls in a script install (`husky` and `husky install` mean `.husky`). */
export function findHuskyTargets(script: string): string[] {
  const calls = script.matchAll(/(?:^|[\s;&|(])(?:npx\s+(?:--no\s+)?)?husky(?:[ \t]+([^\s;&|)]+))?/g);
  return [...calls].map((call) => (call[1] === undefined || call[1] === 'install' ? '.husky' : call[1].replace(/\/$/, '')));
}

/** The declared range of a package among the direct dependencies, or undefined. */
export function findDependencyRange(manifest: PackageManifest, name: string): string | undefined {
  for (const deps of [manifest.devDependencies, manifest.dependencies, manifest.optionalDependencies]) {
    const range = deps?.[name];
    if (typeof range === 'string') return range;
  }
  return undefined;
}

/** The declared range of husky among the direct dependencies, or undefined. */
export function findHuskyRange(manifest: PackageManifest): string | undefined {
  return findDependencyRange(manifest, 'husky');
}

/** True when a declared range can only mean husky 8 or older (our hook files need husky 9). */
export function isOldHuskyRange(range: string): boolean {
  const match = /^\s*[\^~>=v]*\s*(\d+)/.exec(range);
  return match !== null && Number(match[1]) < 9;
}

/** The indentation a JSON text uses (tab or N spaces), so rewriting keeps the user's style. */
export function detectIndent(text: string): string {
  const match = /\n([ \t]+)"/.exec(text);
  return match?.[1] ?? '  ';
}

/** Sets `scripts.prepare` (undefined: removes it) and re-serialises the manifest in the file's own indentation. */
export function writePrepareScript(text: string, script: string | undefined): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const scripts = (typeof manifest.scripts === 'object' && manifest.scripts !== null ? manifest.scripts : {}) as Record<string, unknown>;
  const { prepare: _old, ...others } = scripts;
  manifest.scripts = script === undefined ? others : { ...scripts, prepare: script };
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return `${JSON.stringify(manifest, null, detectIndent(text)).replaceAll('\n', newline)}${newline}`;
}
