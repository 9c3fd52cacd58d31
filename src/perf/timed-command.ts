// Wraps a hook command so every run is measured: the recorder starts before the command's code
// loads, and the record is written after it returns or throws. The monitor loads lazily.
import type { CommandContext, CommandModule } from '../cli/context.js';
import type { PerfConfig } from '../config/schema.js';
import { ExitCode, toProveError } from '../errors.js';
import type { RunRecorder } from './recorder.js';

/** What a measured hook command gets in `ctx.hookRun`: the recorder, and a way to pass settings. */
export interface HookRunHandle {
  readonly recorder: RunRecorder;
  /** Hands over the `perf` config section and the git common dir once the command knows them. */
  configure(settings: { readonly perf?: PerfConfig; readonly gitCommonDir?: string }): void;
}

/** Wraps a command table `load` so the command's runs are measured as hook `hook`. */
export function timedCommand(hook: string, load: () => Promise<CommandModule>): () => Promise<CommandModule> {
  return async () => {
    const [{ startHookRun, finishHookRun }, { isSkipRequested }] = await Promise.all([import('./hook-run.js'), import('../report/skip-notice.js')]);
    const recorder = startHookRun(hook);
    const command = await load();
    return {
      async run(ctx: CommandContext): Promise<ExitCode> {
        // A skipped hook did no work: recording it would drag the baseline down.
        if (isSkipRequested(ctx.env)) return command.run(ctx);
        const settings: { perf?: PerfConfig; gitCommonDir?: string } = {};
        const hookRun: HookRunHandle = { recorder, configure: (given) => Object.assign(settings, given) };
        const finish = (exitCode: ExitCode): void => {
          const outcome = exitCode === ExitCode.OK ? 'pass' : exitCode === ExitCode.VIOLATION ? 'blocked' : 'error';
          finishHookRun(recorder, {
            result: { outcome, exitCode },
            cwd: ctx.cwd,
            env: ctx.env,
            ...settings,
            timing: ctx.options.timing === true || isTimingRequested(ctx.env),
            stderr: ctx.stderr,
          });
        };
        let exitCode: ExitCode;
        try {
          exitCode = await command.run({ ...ctx, hookRun });
        } catch (error) {
          finish(toProveError(error).exitCode);
          throw error;
        }
        finish(exitCode);
        return exitCode;
      },
    };
  };
}

/** PROVE_TIMING=1: the `--timing` breakdown for hooks git runs (where no flag can be passed). */
export function isTimingRequested(env: NodeJS.ProcessEnv): boolean {
  const value = env.PROVE_TIMING?.trim().toLowerCase();
  return value === '1' || value === 'true';
}
