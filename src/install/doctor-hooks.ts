// `prove-hooks doctor`: will git run our hooks? core.hooksPath and the folder it names (husky's
// `_` runner, a sparse checkout that leaves it out), each hook file (our block there and reached
// by the shell), the binary the blocks call, and hooks that git ignores because of hooksPath.
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { okFinding, problemFinding, warningFinding, type DoctorFinding } from '../core/doctor/finding.js';
import { coneKeeps, readSparseCheckout } from '../git/layout.js';
import type { GitRunner } from '../git/run-git.js';
import { HOOK_NAMES, checkBlockReachable, type HookName } from './hook-block.js';
import { toPosix } from './init.js';

export interface HookSetupFacts {
  readonly topLevel: string;
  readonly commonDir: string;
  /** core.hooksPath as git reads it, undefined when unset. */
  readonly hooksPath: string | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly git: GitRunner;
}

const INIT_FIX = 'Run `npx prove-hooks init` (it rewrites the prove-hooks blocks and keeps your lines).';
const HUSKY_FIX = 'Run `npx husky` (or `npm install`: its prepare script runs husky).';

/** Findings about the hooks folder, the hook files, the binary and shadowed hooks. Throws only if git cannot run. */
export async function checkHookSetup(facts: HookSetupFacts): Promise<DoctorFinding[]> {
  const { topLevel, hooksPath } = facts;
  const shown = (path: string) => displayPath(path, topLevel);
  if (hooksPath === undefined) {
    const own = join(topLevel, '.husky');
    const fix = HOOK_NAMES.some((hook) => isFile(join(own, hook))) ? HUSKY_FIX : INIT_FIX;
    return [problemFinding('hooks-path', 'setup', 'core.hooksPath is not set: git runs .git/hooks, where prove-hooks has no hooks', fix)];
  }
  const folder = isAbsolute(hooksPath) ? hooksPath : resolve(topLevel, hooksPath);
  const isHusky = basename(folder) === '_';
  const hookDir = isHusky ? dirname(folder) : folder;
  const findings: DoctorFinding[] = [];
  if (isHusky && isInside(hookDir, topLevel)) findings.push(...(await checkSparse(facts, toPosix(relative(topLevel, hookDir)))));
  if (!isDirectory(folder)) {
    findings.push(problemFinding('hooks-path', 'setup', `core.hooksPath is '${hooksPath}', a folder that does not exist: git runs no hooks at all`, isHusky ? HUSKY_FIX : INIT_FIX, shown(folder)));
  } else {
    findings.push(okFinding('hooks-path', `core.hooksPath is '${hooksPath}'`, shown(folder)));
    if (isHusky) findings.push(checkHuskyRunner(folder, shown));
  }
  const binaries = new Set<string>();
  for (const hook of HOOK_NAMES) findings.push(checkHookFile(join(hookDir, hook), hook, isHusky, shown, binaries));
  for (const binary of binaries) findings.push(checkBinary(binary, topLevel));
  findings.push(...checkShadowed(join(facts.commonDir, 'hooks'), folder, hookDir, shown));
  return findings;
}

/** husky 9's runner `_/h` and its stub per hook (`_/<hook>`, which git runs and which hands over to `.husky/<hook>`). */
function checkHuskyRunner(runnerDir: string, shown: (path: string) => string): DoctorFinding {
  const missing = ['h', ...HOOK_NAMES].filter((name) => !isFile(join(runnerDir, name)));
  if (missing.length === 0) return okFinding('husky-runner', "husky's runner is in place", shown(runnerDir));
  const what = missing.includes('h') ? "husky's runner (h) is missing" : `husky has no stub for ${missing.join(', ')}`;
  return problemFinding('husky-runner', 'setup', `${what} in ${shown(runnerDir)}: git finds no hook to run there`, HUSKY_FIX, shown(runnerDir));
}

/** A sparse checkout that leaves the husky folder out deletes husky's runner (it is not committed). */
async function checkSparse(facts: HookSetupFacts, huskyDir: string): Promise<DoctorFinding[]> {
  const sparse = await readSparseCheckout(facts.topLevel, facts.env, facts.git);
  if (sparse.mode === 'off') return [];
  const fix = `Run \`git sparse-checkout add ${huskyDir}\`, then \`npx husky\`.`;
  if (sparse.mode === 'cone') {
    return coneKeeps(sparse.entries, huskyDir)
      ? [okFinding('sparse-checkout', `the sparse checkout keeps ${huskyDir}`)]
      : [problemFinding('sparse-checkout', 'setup', `the sparse checkout leaves out ${huskyDir}: git deletes husky's runner there and runs no hooks`, fix)];
  }
  return [warningFinding('sparse-checkout', `non-cone sparse patterns are in use: the doctor cannot tell whether they keep ${huskyDir}`, `Make sure they do (e.g. ${fix.slice(4)})`)];
}

/** One hook file: present, our block there (or an unmarked call), reached by the shell; its binary noted. */
function checkHookFile(path: string, hook: HookName, isHusky: boolean, shown: (path: string) => string, binaries: Set<string>): DoctorFinding {
  const where = shown(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return problemFinding('hook-file', 'setup', missing ? `${where} does not exist: ${hook} is not checked` : `${where} cannot be read (${(error as Error).message})`, INIT_FIX, where);
  }
  // husky runs its files with `sh -e`; git runs a plain hooks folder's files only when executable.
  if (!isHusky && !isExecutable(path)) return problemFinding('hook-file', 'setup', `${where} is not executable: git ignores it`, `Run \`chmod +x ${where}\`.`, where);
  const reach = checkBlockReachable(text);
  switch (reach.status) {
    case 'absent':
      if (new RegExp(`(prove-hooks|cli\\.cjs"?)\\s+${hook}\\b`).test(text)) {
        // The hooks shipped in the package (core.hooksPath=node_modules/prove-hooks/hooks) run the CLI beside them.
        if (text.includes('"$(dirname "$0")/../dist/cli.cjs"')) binaries.add(resolve(dirname(path), '..', 'dist', 'cli.cjs'));
        return okFinding('hook-file', `${where} calls prove-hooks ${hook} (outside a marked block)`, where);
      }
      return problemFinding('hook-file', 'setup', `${where} has no prove-hooks block: ${hook} is not checked`, INIT_FIX, where);
    case 'unreachable':
      return problemFinding(
        'hook-file',
        'setup',
        `${where}: \`${reach.end.command}\` on line ${reach.end.lineIndex + 1} ends the script before the prove-hooks block, which never runs`,
        `${INIT_FIX.slice(0, -1)}: it moves the block before that line.`,
        where,
      );
    case 'unknown':
      return warningFinding('hook-file', `${where}: cannot tell whether the shell reaches the prove-hooks block (${reach.reason})`, 'Make sure no `exit` or `exec` before the block ends the script.', where);
    case 'reachable': {
      const binary = /^if \[ -x ('(?:[^']|'\\'')*'|\S+) \]; then$/m.exec(text)?.[1];
      if (binary !== undefined) binaries.add(binary.startsWith("'") ? binary.slice(1, -1).replaceAll("'\\''", "'") : binary);
      return okFinding('hook-file', `${where} runs prove-hooks ${hook}`, where);
    }
  }
}

/** The binary the hooks call: our blocks' (relative to the top of the work tree, where git runs hooks) or the shipped hooks' CLI. */
function checkBinary(binary: string, topLevel: string): DoctorFinding {
  const path = resolve(topLevel, binary);
  const shown = displayPath(path, topLevel);
  if (isExecutable(path) || (isAbsolute(binary) && isFile(path))) return okFinding('binary', `${shown} is installed`, shown);
  const packageDir = binary.endsWith('node_modules/.bin/prove-hooks') && !isAbsolute(binary) ? dirname(dirname(dirname(binary))) : '.';
  return problemFinding(
    'binary',
    'setup',
    `${shown} is missing: every hook prints a notice and checks nothing`,
    `Run \`npm install\`${packageDir === '.' ? '' : ` in ${packageDir}`} (prove-hooks must be in devDependencies: \`npm install --save-dev prove-hooks\`).`,
    shown,
  );
}

/** Hooks in .git/hooks that git ignores because core.hooksPath points elsewhere. */
function checkShadowed(gitHooks: string, hooksFolder: string, hookDir: string, shown: (path: string) => string): DoctorFinding[] {
  if (resolve(gitHooks) === resolve(hooksFolder) || !isDirectory(gitHooks)) return [];
  const active = readdirSync(gitHooks).filter((name) => !name.endsWith('.sample') && isFile(join(gitHooks, name)) && isExecutable(join(gitHooks, name)));
  return active.map((name) =>
    problemFinding(
      'shadowed-hook',
      'setup',
      `${shown(join(gitHooks, name))} never runs: core.hooksPath is set, so git ignores .git/hooks`,
      `Move its commands into ${shown(join(hookDir, name))} (git runs that one), then delete ${shown(join(gitHooks, name))}.`,
      shown(join(gitHooks, name)),
    ),
  );
}

function displayPath(path: string, topLevel: string): string {
  return isInside(path, topLevel) ? toPosix(relative(topLevel, path)) || '.' : path;
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    // Recovered on purpose: not there, or not executable, is the answer.
    return false;
  }
}
