// Compiles user regexes for V8's linear-time engine (the `l` flag): a custom flag pattern runs in
// time linear in the line, whatever it is, so no pattern a committer writes can hang a hook.
// The engine sits behind a V8 flag; it is switched on only around the compile, because V8's
// code cache rejects bytecode made under other flags (src/cli/code-cache.ts): a compiled `l`
// regex keeps running linear after the flag is off again.

/** Flags a regex compiled by {@link compileLinearRegExp} may carry besides `l`. */
const LINEAR_FLAGS = /^[gyms]*$/;

/**
 * `new RegExp(source, flags + 'l')`. Throws a SyntaxError when the source does not compile, or
 * uses what the linear engine cannot run: backreferences, lookahead and lookbehind, the `i`,
 * `u`, `v` and `d` flags, large `{n,m}` counts.
 */
export function compileLinearRegExp(source: string, flags: string): RegExp {
  if (!LINEAR_FLAGS.test(flags)) throw new SyntaxError(`the linear-time engine does not take the flags "${flags}"`);
  if (isLinearEngineOn()) return new RegExp(source, `${flags}l`);
  // Loaded here: only a run with custom patterns pays for node:v8 (a few milliseconds).
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--enable-experimental-regexp-engine');
  try {
    return new RegExp(source, `${flags}l`);
  } finally {
    v8.setFlagsFromString('--no-enable-experimental-regexp-engine');
  }
}

/** True when node was started with the engine on (then it is left on). */
function isLinearEngineOn(): boolean {
  try {
    new RegExp('', 'l');
    return true;
  } catch {
    // Recovered on purpose: the usual case, the flag is off and is switched on for the compile.
    return false;
  }
}

/**
 * `prepareCommitMsg.branchPattern` compiled for the linear-time engine (the schema refused a
 * pattern it cannot run). Throws a SyntaxError as {@link compileLinearRegExp} does.
 */
export function compileBranchPattern(source: string): RegExp {
  return compileLinearRegExp(source, '');
}
