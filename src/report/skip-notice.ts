// The one line a hook prints when the user skipped the checks with PROVE_SKIP=1.

/** True when the environment asks to skip the checks (PROVE_SKIP=1 or true). */
export function isSkipRequested(env: NodeJS.ProcessEnv): boolean {
  const value = env.PROVE_SKIP?.trim().toLowerCase();
  return value === '1' || value === 'true';
}

/** The notice for stderr, e.g. `prove-hooks: PROVE_SKIP=1, commit-msg not checked`. Ends with a newline. */
export function formatSkipNotice(hook: string): string {
  return `prove-hooks: PROVE_SKIP is set, ${hook} not checked\n`;
}
