// Adding a hook is a row in the hook table, its command and its hook file: every other place
// that names hooks derives from the table, and this fails when a hook is missing from one.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands.js';
import { HOOKS, INSTALLED_HOOKS, RECORDED_HOOKS } from '../../../src/hooks/hook-table.js';
import { HOOK_NAMES, composeHookBlock } from '../../../src/install/hook-block.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const hooks = Object.keys(HOOKS) as (keyof typeof HOOKS)[];

describe('the hook table', () => {
  it.each(hooks)('%s has its command in the command table, and its command module', (hook) => {
    expect(COMMANDS.map((command) => command.name)).toContain(hook);
    expect(existsSync(new URL(`src/cli/commands/${hook}.ts`, root))).toBe(true);
  });

  it.each(INSTALLED_HOOKS)('init installs %s, passing on the arguments git gives it', (hook) => {
    expect(HOOK_NAMES).toContain(hook);
    expect(composeHookBlock(hook, '')).toContain(`prove-hooks ${hook}${HOOKS[hook].installedWithArgs}\n`);
  });

  it('installs exactly the client hooks, and records the runs the table says', () => {
    expect([...HOOK_NAMES]).toEqual(hooks.filter((hook) => HOOKS[hook].installedWithArgs !== null));
    expect(RECORDED_HOOKS).toEqual(hooks.filter((hook) => HOOKS[hook].recorded));
    expect(HOOK_NAMES).not.toContain('pre-receive');
  });

  it.each(hooks)('%s is documented: its path in docs/ARCHITECTURE.md, its command in the README', (hook) => {
    expect(read('docs/ARCHITECTURE.md')).toContain(`- **${hook}**`);
    expect(read('README.md')).toContain(`| \`prove-hooks ${hook} `);
  });

  it.each(RECORDED_HOOKS)('%s runs inside the one runner under its own name', (hook) => {
    // The message hooks share one orchestration (hooks/commit-msg.ts), called with the hook's name.
    const source = read(`src/cli/commands/${hook}.ts`) + read(existsSync(new URL(`src/hooks/${hook}.ts`, root)) ? `src/hooks/${hook}.ts` : 'src/hooks/commit-msg.ts');
    expect(source).toMatch(new RegExp(`runHook\\('${hook}'|runMessageHook\\([^)]*'${hook}'`));
  });
});
