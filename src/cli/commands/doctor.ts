// `prove-hooks doctor`: is everything in place for the hooks to run and check (src/install/doctor.ts)?
import type { ExitCode } from '../../errors.js';
import { runDoctor } from '../../install/doctor.js';
import { formatDoctorJson, formatDoctorReport } from '../../report/doctor-report.js';
import type { CommandContext } from '../context.js';

/** Exit 0 when all is well; 1 set-up problems, 3 config or registry invalid, 4 git or repository unusable. */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const { findings, exitCode } = await runDoctor({ cwd: ctx.cwd, env: ctx.env });
  ctx.stdout.write(ctx.options.json === true ? formatDoctorJson(findings, exitCode) : formatDoctorReport(findings, exitCode));
  return exitCode;
}
