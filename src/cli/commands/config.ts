// `prove-hooks config`: print the effective config and the file it came from (always a fresh
// load, which also refreshes the config cache the hooks read).
import { ExitCode } from '../../errors.js';
import { configCacheFileFor, configScopeFor, resolveConfig } from '../../hooks/resolve-config.js';
import { PACKAGE_PROP, SEARCH_PLACES, listSearchDirs } from '../../config/search-places.js';
import { readGitContext } from '../../git/git-context.js';
import { createGitRunner } from '../../git/run-git.js';
import { formatConfigReport, toConfigReportJson } from '../../report/config-report.js';
import { PROVE_VERSION } from '../../version.js';
import type { CommandContext } from '../context.js';

export async function run(ctx: CommandContext): Promise<ExitCode> {
  const git = await readGitContext(createGitRunner(), ctx.cwd, ctx.env);
  // Outside a work tree (a bare repository: a server's) no cache is written: the hooks that read
  // it run only in work trees, and a bare repository gets no prove-hooks state.
  const cacheFile = git?.topLevel === null ? null : configCacheFileFor(git);
  const resolved = await resolveConfig({ scope: configScopeFor(ctx.cwd, git), cacheFile, version: PROVE_VERSION, readCache: false });
  for (const notice of resolved.notices) ctx.stderr.write(`${notice.message}\n`);
  const origin = {
    filePath: resolved.filePath,
    config: resolved.config,
    searchedDirs: listSearchDirs(resolved.scope),
    searchPlaces: SEARCH_PLACES,
    packageProp: PACKAGE_PROP,
    cacheFile,
  };
  ctx.stdout.write(ctx.options.json === true ? `${JSON.stringify(toConfigReportJson(origin), null, 2)}\n` : formatConfigReport(origin));
  return ExitCode.OK;
}
