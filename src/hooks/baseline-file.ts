// Reading and writing the flag baseline file the user configured (`flags.baseline`), parsed by the
// core (core/flags/baseline.ts): an orchestration of the file system and the core. Writes go
// through a temp file and a rename, so a concurrent reader never sees half a file.
import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import { parseBaseline, serializeBaseline, BASELINE_VERSION, type FlagBaseline } from '../core/flags/baseline.js';
import { ConfigError, FileReadError } from '../errors.js';

/** The baseline at a repository-relative path; an absent file is an empty baseline. Throws ConfigError when malformed. */
export async function readBaselineFile(path: string, repoRoot: string): Promise<FlagBaseline> {
  let text: string;
  try {
    text = await fsp.readFile(resolve(repoRoot, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: BASELINE_VERSION, entries: [] };
    throw new FileReadError(`cannot read the flag baseline ${path}: ${(error as Error).message}`, { cause: error });
  }
  const result = parseBaseline(text);
  if (!result.ok) {
    throw new ConfigError(`the flag baseline ${path} is invalid: ${result.problem}`, {
      hint: 'Regenerate it with `prove-hooks scan --update-baseline`, or fix it by hand (it is plain JSON).',
    });
  }
  return result.baseline;
}

/** Writes the baseline deterministically (sorted, stable JSON, trailing newline). */
export async function writeBaselineFile(path: string, repoRoot: string, baseline: FlagBaseline): Promise<void> {
  const target = resolve(repoRoot, path);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await fsp.writeFile(temp, serializeBaseline(baseline));
    await fsp.rename(temp, target);
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw new FileReadError(`cannot write the flag baseline ${path}: ${(error as Error).message}`, {
      cause: error,
      hint: 'Check that the folder exists and is writable.',
    });
  }
}
