// `prove-hooks init` as steps: find the repository and the package, make husky a direct
// devDependency, add husky's `prepare`, write our blocks into the husky hook files, write a
// starter config, and run husky's installer. Every step is reported; nothing is printed here.
import type { InitReport, InitStep, StepChange } from '../report/init-report.js';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { PACKAGE_PROP, listConfigCandidates } from '../config/search-places.js';
import { ConfigError, FileReadError } from '../errors.js';
import { coneKeeps, readRepoLayout, readSparseCheckout, type RepoLayout } from '../git/layout.js';
import type { GitRunner } from '../git/run-git.js';
import { HUSKY_RANGE } from '../version.js';
import { HOOK_NAMES, composeHookBlock, mergeHookBlock } from './hook-block.js';
import { findDependencyRange, findHuskyRange, isOldHuskyRange, planPrepareScript, writePrepareScript, type PackageManifest } from './package-json.js';
import { LOCKFILE_NAMES, composeAddDevCommand, detectPackageManager, runCommand } from './package-manager.js';
import { runHuskyInstall } from './husky-setup.js';
import { STARTER_CONFIG_NAME, composeStarterConfig, listDefaultRegistryPaths } from './starter-config.js';

export interface InitOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Run the package manager to add husky when it is not a direct devDependency. */
  readonly install: boolean;
  /** Where the package manager's own output goes (stderr: stdout is for the report). */
  readonly progress: NodeJS.WritableStream;
  readonly git?: GitRunner;
}

/** created/added/updated change files; unchanged/present say it was already right. */
export type { InitReport, InitStep, StepChange } from '../report/init-report.js';

/** Runs every init step. Throws only when init cannot start (no git work tree, no package.json). */
export async function runInit(options: InitOptions): Promise<InitReport> {
  const layout = await readRepoLayout(options.cwd, options.env, options.git);
  const packageAbs = findPackageDir(realpathSync(options.cwd), layout.topLevel);
  const packageDir = toPosix(relative(layout.topLevel, packageAbs));
  const steps: InitStep[] = [];
  const ownHusky = packageDir === '' ? '.husky' : `${packageDir}/.husky`;
  const huskyDir = chooseHuskyDir(layout, ownHusky, steps);

  const manifest = await readManifest(packageAbs);
  if (findDependencyRange(manifest, 'prove-hooks') === undefined) {
    steps.push({
      target: 'prove-hooks',
      change: 'warning',
      detail: `not a dependency of ${packageDir || 'this package'}: run \`npm install --save-dev prove-hooks\`, or the hooks only print a notice`,
    });
  }
  if (huskyDir === ownHusky) {
    await ensureHuskyDependency(packageAbs, layout.topLevel, options, steps);
    await ensurePrepareScript(packageAbs, packageDir, huskyDir, steps);
  }
  for (const hook of HOOK_NAMES) await writeHookFile(layout.topLevel, huskyDir, hook, packageDir, steps);
  await ensureStarterConfig(packageAbs, layout.topLevel, steps);

  await checkSparseCheckout(layout.topLevel, huskyDir, options, steps);
  const husky = await runHuskyInstall(layout.topLevel, huskyDir, options.env);
  if (husky.status === 'installed') {
    steps.push({ target: 'core.hooksPath', change: 'present', detail: `${huskyDir}/_ (husky installed its runner)` });
  } else if (husky.status === 'skipped') {
    steps.push({ target: 'core.hooksPath', change: 'skipped', detail: `${husky.message}: hooks stay inactive until \`npm run prepare\` runs without HUSKY=0` });
  } else {
    steps.push({ target: 'core.hooksPath', change: 'failed', detail: `husky could not install: ${husky.message}` });
  }
  return { topLevel: layout.topLevel, packageDir, huskyDir, steps, ok: !steps.some((step) => step.change === 'failed') };
}

/**
 * A sparse checkout that leaves the husky folder out makes git delete husky's runner (`_/`, which
 * is not committed) and then run no hook at all, silently: say so, with the command that fixes it.
 */
async function checkSparseCheckout(topLevel: string, huskyDir: string, options: InitOptions, steps: InitStep[]): Promise<void> {
  const sparse = await readSparseCheckout(topLevel, options.env, options.git);
  if (sparse.mode === 'off') return;
  if (sparse.mode === 'cone' && coneKeeps(sparse.entries, huskyDir)) {
    steps.push({ target: 'sparse-checkout', change: 'present', detail: `the cone keeps ${huskyDir}` });
    return;
  }
  const fix = `git sparse-checkout add ${huskyDir}`;
  steps.push({
    target: 'sparse-checkout',
    change: 'warning',
    detail:
      sparse.mode === 'cone'
        ? `the cone leaves out ${huskyDir}: git will delete husky's runner there and run no hooks; run \`${fix}\`, then \`npx husky\``
        : `non-cone patterns are in use: make sure they keep ${huskyDir}/ (e.g. \`${fix}\`), or git deletes husky's runner and runs no hooks`,
  });
}

/** The nearest folder with a package.json, from `start` up to the top of the work tree. */
/** The folder of the package.json nearest above `start`, inside the work tree. Throws FileReadError. */
export function findPackageDir(start: string, topLevel: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dir === topLevel || dirname(dir) === dir || !isInside(dir, topLevel)) break;
  }
  throw new FileReadError(`no package.json in ${start} or above it inside the repository`, {
    hint: 'Run `prove-hooks init` in the folder of your package.json (create one with `npm init -y`, then `npm install --save-dev prove-hooks`).',
  });
}

/**
 * Our husky directory, unless core.hooksPath already points at another husky 9 directory in this
 * repository (e.g. the root package's): then our blocks go there, since git runs one hooks path.
 */
export function chooseHuskyDir(layout: RepoLayout, ownHusky: string, steps: InitStep[]): string {
  const current = layout.hooksPath === undefined ? undefined : normaliseHooksPath(layout.hooksPath, layout.topLevel);
  if (current === undefined) {
    const active = listActiveHooks(join(layout.commonDir, 'hooks'));
    if (active.length > 0) {
      steps.push({
        target: 'core.hooksPath',
        change: 'warning',
        detail: `git will stop running ${active.join(', ')} from ${join(layout.commonDir, 'hooks')}: move their commands into ${ownHusky}/`,
      });
    }
    return ownHusky;
  }
  if (current === `${ownHusky}/_` || current === ownHusky) return ownHusky;
  const other = current.endsWith('/_') ? current.slice(0, -2) : undefined;
  if (other !== undefined && existsSync(join(layout.topLevel, other, '_', 'h'))) {
    steps.push({ target: 'core.hooksPath', change: 'present', detail: `already used by husky in ${other}: our hooks go there` });
    return other;
  }
  steps.push({
    target: 'core.hooksPath',
    change: 'warning',
    detail: `was '${layout.hooksPath}' and becomes '${ownHusky}/_': hooks in '${layout.hooksPath}' stop running; move their commands into ${ownHusky}/`,
  });
  return ownHusky;
}

async function ensureHuskyDependency(packageAbs: string, topLevel: string, options: InitOptions, steps: InitStep[]): Promise<void> {
  const range = findHuskyRange(await readManifest(packageAbs));
  if (range !== undefined) {
    const old = isOldHuskyRange(range);
    steps.push({
      target: 'husky',
      change: old ? 'warning' : 'present',
      detail: old ? `husky ${range} is too old: the hook files need husky 9 (run \`npm install --save-dev husky@${HUSKY_RANGE}\`)` : `husky ${range} is a direct dependency`,
    });
    return;
  }
  const manager = detectPackageManager(findLockfiles(packageAbs, topLevel), options.env.npm_config_user_agent);
  const command = composeAddDevCommand(manager, `husky@${HUSKY_RANGE}`);
  if (!options.install) {
    steps.push({ target: 'husky', change: 'skipped', detail: `--no-install: run \`${command.join(' ')}\` so \`prepare\` finds husky` });
    return;
  }
  const run = await runCommand(command, packageAbs, options.env, options.progress);
  steps.push(
    run.ok
      ? { target: 'husky', change: 'added', detail: `devDependency husky@${HUSKY_RANGE} (${command.join(' ')})` }
      : { target: 'husky', change: 'failed', detail: `\`${command.join(' ')}\` failed (${run.reason}): run it yourself, then \`prove-hooks init\` again` },
  );
}

async function ensurePrepareScript(packageAbs: string, packageDir: string, huskyDir: string, steps: InitStep[]): Promise<void> {
  const path = join(packageAbs, 'package.json');
  const text = await readFile(path, 'utf8');
  const manifest = parseManifest(text, path);
  const current = typeof manifest.scripts?.prepare === 'string' ? manifest.scripts.prepare : undefined;
  const plan = planPrepareScript(current, packageDir, huskyDir);
  const target = join(packageDir, 'package.json');
  if (plan.change === 'added' || plan.change === 'combined') {
    await writeFile(path, writePrepareScript(text, plan.script));
    steps.push({ target, change: plan.change === 'added' ? 'added' : 'updated', detail: `scripts.prepare: ${plan.script}` });
  } else if (plan.change === 'present') {
    steps.push({ target, change: 'present', detail: `scripts.prepare already runs husky: ${plan.script}` });
  } else {
    steps.push({ target, change: 'warning', detail: `scripts.prepare runs husky for another folder; ${huskyDir} needs \`${planPrepareScript(undefined, packageDir, huskyDir).script}\`` });
  }
}

async function writeHookFile(topLevel: string, huskyDir: string, hook: (typeof HOOK_NAMES)[number], packageDir: string, steps: InitStep[]): Promise<void> {
  const path = join(topLevel, huskyDir, hook);
  const existing = existsSync(path) ? await readFile(path, 'utf8') : undefined;
  const merged = mergeHookBlock(existing, composeHookBlock(hook, packageDir));
  const target = `${huskyDir}/${hook}`;
  const details: Record<typeof merged.change, string> = {
    created: 'runs prove-hooks',
    added: `kept its lines, added the prove-hooks block${merged.note === undefined ? '' : ` ${merged.note}`}`,
    moved: `moved the prove-hooks block: ${merged.note ?? ''}`,
    refused: `left as it is: ${merged.note ?? ''}`,
    updated: 'rewrote the prove-hooks block',
    unchanged: 'prove-hooks block already there',
    unmarked: 'already calls prove-hooks outside a marked block: left as it is',
    conflict: 'has a broken prove-hooks block (begin and end markers do not pair up): fix or delete it, then run init again',
  };
  if (merged.change === 'created' || merged.change === 'added' || merged.change === 'updated' || merged.change === 'moved') {
    await mkdir(dirname(path), { recursive: true });
    // Husky runs hook files with `sh -e`; the executable bit also lets git run them directly.
    await writeFile(path, merged.content, { mode: 0o755 });
  }
  // A block the shell never reaches checks nothing: init must not say "Done" over it.
  const change: StepChange =
    merged.change === 'unmarked' ? 'present' : merged.change === 'conflict' ? 'warning' : merged.change === 'refused' ? 'failed' : merged.change === 'moved' ? 'updated' : merged.change;
  steps.push({ target, change, detail: details[merged.change] });
}

async function ensureStarterConfig(packageAbs: string, topLevel: string, steps: InitStep[]): Promise<void> {
  // The same places, in the same order, as the config search of every hook run from this package.
  const candidates = listConfigCandidates({ projectDir: packageAbs, stopDir: topLevel });
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const isManifest = basename(candidate) === 'package.json';
    if (isManifest && (parseManifest(await readFile(candidate, 'utf8'), candidate) as { [PACKAGE_PROP]?: unknown })[PACKAGE_PROP] === undefined) continue;
    const where = toPosix(relative(topLevel, candidate)) + (isManifest ? ` "${PACKAGE_PROP}"` : '');
    steps.push({ target: toPosix(relative(topLevel, candidate)), change: 'present', detail: `config already in ${where}` });
    return;
  }
  const path = join(packageAbs, STARTER_CONFIG_NAME);
  const registries = listDefaultRegistryPaths();
  const registryFound = registries.every((registry) => existsSync(join(topLevel, registry)));
  await writeFile(path, composeStarterConfig({ registryFound }));
  steps.push({
    target: toPosix(relative(topLevel, path)),
    change: 'created',
    detail: registryFound
      ? 'starter config with the default rules'
      : `starter config with the default rules; flag checks off (no ${registries.join(', ')}): add the registry and set flags.enabled to true`,
  });
}

async function readManifest(packageAbs: string): Promise<PackageManifest> {
  const path = join(packageAbs, 'package.json');
  return parseManifest(await readFile(path, 'utf8'), path);
}

function parseManifest(text: string, path: string): PackageManifest {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as PackageManifest;
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`, { hint: 'Fix package.json (e.g. `npm pkg get name` shows whether npm can read it).', cause: error });
  }
  throw new ConfigError(`${path} does not hold a JSON object`, { hint: 'package.json must be an object like {"name": "..."}.' });
}

/** Lockfile names present from the package folder up to the top (workspaces keep it at the top). */
function findLockfiles(packageAbs: string, topLevel: string): string[] {
  for (let dir = packageAbs; ; dir = dirname(dir)) {
    const found = LOCKFILE_NAMES.filter((name) => existsSync(join(dir, name)));
    if (found.length > 0 || dir === topLevel || dirname(dir) === dir) return found;
  }
}

/** Executable files in a hooks folder other than git's samples. */
function listActiveHooks(hooksDir: string): string[] {
  if (!existsSync(hooksDir)) return [];
  return readdirSync(hooksDir).filter((name) => !name.endsWith('.sample') && (statSync(join(hooksDir, name)).mode & 0o111) !== 0);
}

/** core.hooksPath as a `/` path relative to the top (absolute values inside the tree too). */
function normaliseHooksPath(value: string, topLevel: string): string {
  const relativeValue = isAbsolute(value) && isInside(value, topLevel) ? relative(topLevel, value) : value;
  return toPosix(relativeValue).replace(/^\.\//, '').replace(/\/+$/, '');
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}
