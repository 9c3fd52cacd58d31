// `prove-hooks uninstall` as steps: the inverse of init. Our blocks leave the hook files (other
// lines stay; a file that held only our block goes), the `prepare` script we added goes, and our
// state folder in the git dir goes; the config stays unless asked (`--all`). husky and
// core.hooksPath are left: other hooks may use them. Every step is reported; nothing is printed here.
import { existsSync, realpathSync } from 'node:fs';
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stateDirOf } from '../state-folder.js';
import { readRepoLayout } from '../git/layout.js';
import type { GitRunner } from '../git/run-git.js';
import { HOOK_NAMES, removeHookBlock } from './hook-block.js';
import { chooseHuskyDir, findPackageDir, toPosix, type InitReport, type InitStep } from './init.js';
import { planPrepareRemoval, writePrepareScript } from './package-json.js';
import { STARTER_CONFIG_NAME } from './starter-config.js';

export interface UninstallOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Also remove the config file init wrote (`.proverc.json`). */
  readonly all: boolean;
  readonly git?: GitRunner;
}

/** Runs every step. Throws only when it cannot start (no git work tree, no package.json). */
export async function runUninstall(options: UninstallOptions): Promise<InitReport> {
  const layout = await readRepoLayout(options.cwd, options.env, options.git);
  const packageAbs = findPackageDir(realpathSync(options.cwd), layout.topLevel);
  const packageDir = toPosix(relative(layout.topLevel, packageAbs));
  const ownHusky = packageDir === '' ? '.husky' : `${packageDir}/.husky`;
  // The same choice init made: our own husky folder, or the one core.hooksPath already used.
  const huskyDir = chooseHuskyDir(layout, ownHusky, []);
  const steps: InitStep[] = [];
  for (const hook of HOOK_NAMES) await removeFromHookFile(layout.topLevel, `${huskyDir}/${hook}`, steps);
  if (huskyDir === ownHusky) await removePrepareScript(packageAbs, packageDir, huskyDir, steps);
  await removeStateDir(stateDirOf(layout.commonDir), steps);
  const config = join(packageAbs, STARTER_CONFIG_NAME);
  const configTarget = toPosix(relative(layout.topLevel, config));
  if (!existsSync(config)) steps.push({ target: configTarget, change: 'unchanged', detail: 'no such file' });
  else if (options.all) {
    await unlink(config);
    steps.push({ target: configTarget, change: 'updated', detail: 'removed (--all)' });
  } else {
    steps.push({ target: configTarget, change: 'unchanged', detail: 'kept (remove it with --all)' });
  }
  steps.push({
    target: 'husky',
    change: 'unchanged',
    detail: `left as it is, with core.hooksPath: other hooks may use them (\`npm uninstall husky\` and \`git config --unset core.hooksPath\` if nothing does)`,
  });
  return { topLevel: layout.topLevel, packageDir, huskyDir, steps, ok: steps.every((step) => step.change !== 'failed') };
}

async function removeFromHookFile(topLevel: string, target: string, steps: InitStep[]): Promise<void> {
  const path = join(topLevel, target);
  if (!existsSync(path)) {
    steps.push({ target, change: 'unchanged', detail: 'no such file' });
    return;
  }
  const removal = removeHookBlock(await readFile(path, 'utf8'));
  switch (removal.change) {
    case 'absent':
      steps.push({ target, change: 'unchanged', detail: 'no prove-hooks block' });
      return;
    case 'conflict':
      steps.push({ target, change: 'failed', detail: `the block markers are broken (a begin without its end, or two blocks): remove the lines between # >>> prove-hooks and # <<< prove-hooks by hand` });
      return;
    case 'deleted':
      await unlink(path);
      steps.push({ target, change: 'updated', detail: 'removed (it held only our block)' });
      return;
    case 'removed':
      await writeFile(path, removal.content);
      steps.push({ target, change: 'updated', detail: 'our block removed, your lines kept' });
  }
}

async function removePrepareScript(packageAbs: string, packageDir: string, huskyDir: string, steps: InitStep[]): Promise<void> {
  const path = join(packageAbs, 'package.json');
  const text = await readFile(path, 'utf8');
  const scripts = (JSON.parse(text) as { scripts?: Record<string, unknown> }).scripts;
  const current = typeof scripts?.prepare === 'string' ? scripts.prepare : undefined;
  const plan = planPrepareRemoval(current, packageDir, huskyDir);
  const target = toPosix(join(packageDir, 'package.json'));
  if (plan.change === 'absent' || plan.change === 'kept') {
    steps.push({ target, change: 'unchanged', detail: plan.change === 'absent' ? 'no prepare script' : `prepare kept: prove-hooks did not write it (${current})` });
    return;
  }
  await writeFile(path, writePrepareScript(text, plan.script));
  steps.push({ target, change: 'updated', detail: plan.change === 'removed' ? 'the prepare script init added is removed' : `prepare is yours again: ${plan.script}` });
}

async function removeStateDir(dir: string, steps: InitStep[]): Promise<void> {
  if (!existsSync(dir)) {
    steps.push({ target: dir, change: 'unchanged', detail: 'no state folder' });
    return;
  }
  // A symbolic link is removed as a link, never followed: rm does not descend into one.
  await rm(dir, { recursive: true, force: true });
  steps.push({ target: dir, change: 'updated', detail: 'removed (caches, timing log, saved rejected messages)' });
}
