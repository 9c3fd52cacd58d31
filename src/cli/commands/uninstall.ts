// `prove-hooks uninstall`: the inverse of init (src/install/uninstall.ts).
import { ExitCode } from '../../errors.js';
import { runUninstall } from '../../install/uninstall.js';
import { formatInitJson, formatUninstallReport } from '../../report/init-report.js';
import type { CommandContext } from '../context.js';

/** Exit 0 when every step succeeded, the environment code when one failed (a broken block is left). */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const report = await runUninstall({ cwd: ctx.cwd, env: ctx.env, all: ctx.options.all === true });
  ctx.stdout.write(ctx.options.json === true ? formatInitJson(report) : formatUninstallReport(report));
  return report.ok ? ExitCode.OK : ExitCode.ENVIRONMENT;
}
