// The one line a hook prints when the user skipped the checks (PROVE_SKIP=1, or husky's HUSKY=0).

/** Which variable asks to skip: PROVE_SKIP (1 or true) or HUSKY=0; undefined when none does. */
export function skipRequestedBy(env: NodeJS.ProcessEnv): 'PROVE_SKIP' | 'HUSKY=0' | undefined {
  const value = env.PROVE_SKIP?.trim().toLowerCase();
  if (value === '1' || value === 'true') return 'PROVE_SKIP';
  // husky's own switch: its hook runner already skips, but a hook wired without husky
  // (core.hooksPath=node_modules/prove-hooks/hooks) must honour it too.
  if (env.HUSKY?.trim() === '0') return 'HUSKY=0';
  return undefined;
}

/** True when the environment asks to skip the checks (PROVE_SKIP=1 or true, or HUSKY=0). */
export function isSkipRequested(env: NodeJS.ProcessEnv): boolean {
  return skipRequestedBy(env) !== undefined;
}

/** The notice for stderr, e.g. `prove-hooks: PROVE_SKIP is set, commit-msg not checked`. Ends with a newline. */
export function formatSkipNotice(hook: string, by: 'PROVE_SKIP' | 'HUSKY=0' = 'PROVE_SKIP'): string {
  return `prove-hooks: ${by} is set, ${hook} not checked\n`;
}
