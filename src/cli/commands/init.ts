// `prove-hooks init`: install the hooks through husky and write a starter config (src/install).
import { ExitCode } from '../../errors.js';
import { runInit } from '../../install/init.js';
import { formatInitJson, formatInitReport } from '../../report/init-report.js';
import type { CommandContext } from '../context.js';

/** Runs init; exit 0 when every step succeeded, the environment code when one failed. */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const report = await runInit({
    cwd: ctx.cwd,
    env: ctx.env,
    install: ctx.options['no-install'] !== true,
    progress: ctx.stderr,
  });
  ctx.stdout.write(ctx.options.json === true ? formatInitJson(report) : formatInitReport(report));
  return report.ok ? ExitCode.OK : ExitCode.ENVIRONMENT;
}
