// Every git hook prove-hooks runs, as one typed table: whether `init` installs it (client hooks)
// and with which of git's arguments, whether the monitor records its runs, and how the launcher
// starts it (fast path, code cache). The installer's
// list (install/hook-block.ts), the recorded hooks (run-hook.ts) and the perf command's hook
// names derive from it. Adding a hook: a row here, its command in cli/commands.ts, its hook
// file in src/hooks/ (test/unit/hooks/hook-table.test.ts checks that nothing else is missing).

/** What the table says of one hook. */
export interface HookSpec {
  /**
   * The arguments git gives the hook, as the shell line of the installed block passes them on,
   * for a hook `init` installs; null for a server's hook (`init` never installs it).
   */
  readonly installedWithArgs: string | null;
  /** Whether its runs are recorded in the perf log (the hook runs inside runHook with this name). */
  readonly recorded: boolean;
  /**
   * The launcher's fast path for a plain run (cli/launcher.ts): `message` (the message check,
   * dist/message-fast-path.cjs) and `prepare` (the template, dist/prepare-fast-path.cjs), each with
   * the message file found from the hook's first argument, `staged` (dist/pre-commit-fast-path.cjs,
   * the staged diff); null: the full CLI, always.
   */
  readonly fastPath: LauncherFastPath | null;
  /** Whether the full CLI's compiled code for its runs is kept in the git dir's code cache. */
  readonly codeCached: boolean;
}

/** The fast paths the launcher knows (cli/launcher.ts says which arguments each takes). */
export type LauncherFastPath = 'message' | 'prepare' | 'staged';

/** The hooks, in the order `init` installs them. `git am` runs applypatch-msg (not commit-msg) on each patch's message. */
export const HOOKS = {
  'prepare-commit-msg': { installedWithArgs: ' "$@"', recorded: false, fastPath: 'prepare', codeCached: false },
  'commit-msg': { installedWithArgs: ' "$1"', recorded: true, fastPath: 'message', codeCached: true },
  'applypatch-msg': { installedWithArgs: ' "$1"', recorded: true, fastPath: null, codeCached: false },
  'pre-commit': { installedWithArgs: '', recorded: true, fastPath: 'staged', codeCached: true },
  'pre-push': { installedWithArgs: ' "$1" "$2"', recorded: true, fastPath: null, codeCached: true },
  // The server's hook (a bare repository): run by the server's own hook script, never installed by init.
  'pre-receive': { installedWithArgs: null, recorded: true, fastPath: null, codeCached: false },
} as const satisfies Record<string, HookSpec>;

type HookTable = typeof HOOKS;

/** Every hook prove-hooks runs. */
export type AnyHookName = keyof HookTable;
/** The hooks `init` installs. */
export type InstalledHookName = { [Name in AnyHookName]: HookTable[Name]['installedWithArgs'] extends string ? Name : never }[AnyHookName];
/** The hooks whose runs are recorded, as the perf log names them. */
export type RecordedHookName = { [Name in AnyHookName]: HookTable[Name]['recorded'] extends true ? Name : never }[AnyHookName];

// Pure: a bundle that only routes by the table (dist/cli.cjs) drops these lists.
const NAMES = /* @__PURE__ */ Object.keys(HOOKS) as AnyHookName[];

/** The hooks `init` installs, in order. */
export const INSTALLED_HOOKS = /* @__PURE__ */ NAMES.filter((name): name is InstalledHookName => HOOKS[name].installedWithArgs !== null);

/** The hooks whose runs are recorded. */
export const RECORDED_HOOKS = /* @__PURE__ */ NAMES.filter((name): name is RecordedHookName => HOOKS[name].recorded);

/** The hook `name` names, or undefined for any other command. */
export function hookSpecOf(name: string | undefined): HookSpec | undefined {
  return name !== undefined && Object.hasOwn(HOOKS, name) ? HOOKS[name as AnyHookName] : undefined;
}
