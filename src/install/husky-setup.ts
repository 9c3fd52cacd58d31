// Runs husky's own installer (the `husky` function exported by our husky dependency) at the top
// of the work tree: it sets core.hooksPath to `<dir>/_` and writes husky's runner there.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** What husky's installer answered. */
export type HuskySetup =
  | { readonly status: 'installed' }
  /** HUSKY=0 was set: husky installs nothing, on purpose. */
  | { readonly status: 'skipped'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

// husky(dir) returns '' on success and a message otherwise; print it for the parent to read.
const HUSKY_SCRIPT = 'const { default: husky } = await import(process.argv[1]); process.stdout.write(husky(process.argv[2]));';

/**
 * Runs husky for `huskyDir` (relative to `topLevel`, `/` separators) in a child Node process,
 * because husky works on the process's current directory. Never throws.
 */
export function runHuskyInstall(topLevel: string, huskyDir: string, env: NodeJS.ProcessEnv): Promise<HuskySetup> {
  let huskyUrl: string;
  try {
    huskyUrl = pathToFileURL(createRequire(import.meta.url).resolve('husky')).href;
  } catch (error) {
    return Promise.resolve({ status: 'failed', message: `husky is not installed next to prove-hooks (${(error as Error).message})` });
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', HUSKY_SCRIPT, huskyUrl, huskyDir], {
      cwd: topLevel,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.on('error', (error) => resolve({ status: 'failed', message: error.message }));
    child.on('close', (code) => {
      const message = output.trim();
      if (code === 0 && message === '') resolve({ status: 'installed' });
      else if (message.startsWith('HUSKY=0')) resolve({ status: 'skipped', message });
      else resolve({ status: 'failed', message: message || `husky exited with code ${code}` });
    });
  });
}
