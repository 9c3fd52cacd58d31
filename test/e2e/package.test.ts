// The npm package as published: what `npm pack` puts in it, its size, and that installing the
// tarball prints no npm warning and gives a working bin and library.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eWorkspace, type E2eWorkspace } from '../helpers/packed-package.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** 3 MB as npm prints it (decimal), the target of issue 17. */
const MAX_UNPACKED_BYTES = 3_000_000;
const MAX_FILES = 60;

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

/** `npm pack --dry-run --json` of the built checkout (`--ignore-scripts`: dist/ as `npm test` built it). */
function packDryRun(): { unpackedSize: number; entryCount: number; files: PackedFile[] } {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout)[0];
}

describe('the packed package', () => {
  const pack = packDryRun();
  const paths = pack.files.map((file) => file.path);

  it('stays within 3,000,000 bytes unpacked and 60 files', () => {
    expect(pack.unpackedSize).toBeLessThanOrEqual(MAX_UNPACKED_BYTES);
    expect(pack.entryCount).toBeLessThanOrEqual(MAX_FILES);
  });

  it('holds the bin, the library, its types, the hooks, the schema, the licence, the changelog and the docs the README names', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'TESTING.md',
        'docs/ARCHITECTURE.md',
        'dist/cli.cjs',
        'dist/cli-full.cjs',
        'dist/THIRD-PARTY-NOTICES.txt',
        'dist/index.mjs',
        'types/index.d.ts',
        'hooks/commit-msg',
        'schema/proverc.schema.json',
      ]),
    );
  });

  it('carries the licence of every package its bundles hold (the bundles keep no legal comments)', () => {
    const notices = readFileSync(join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const bundled = new Set<string>();
    for (const name of readdirSync(join(ROOT, 'dist', '.meta'))) {
      const metafile = JSON.parse(readFileSync(join(ROOT, 'dist', '.meta', name), 'utf8')) as { inputs: Record<string, unknown> };
      for (const input of Object.keys(metafile.inputs)) {
        const parts = input.slice(input.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/');
        if (input.includes('node_modules/')) bundled.add(parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
      }
    }
    expect([...bundled]).toEqual(expect.arrayContaining(['zod', 'picomatch', 'diff']));
    for (const name of bundled) {
      const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      const section = notices.split(`\n${name}@${version} (`)[1];
      expect(section, `${name}@${version} in dist/THIRD-PARTY-NOTICES.txt`).toBeDefined();
      expect(section!.split('\n-----')[1]!.length, `${name}'s licence text`).toBeGreaterThan(100);
    }
  });

  it('holds nothing a user never runs: no sources, no internal type declarations, no build metadata', () => {
    expect(paths.filter((path) => path.endsWith('.d.ts'))).toEqual(['types/index.d.ts']);
    expect(paths.filter((path) => /^(src|test|bench|scripts)\/|^dist\/(\.meta|chunks|types)\/|\.map$|\.ts$/.test(path) && !path.endsWith('.d.ts'))).toEqual([]);
  });

  it('keeps the bundles readable: the full CLI keeps its function names', () => {
    const full = readFileSync(join(ROOT, 'dist/cli-full.cjs'), 'utf8');
    expect(full).toContain('function runCli(');
    expect(full).toContain('function checkOptions(');
  });

  it('has no install script in its package.json (npm 11 would warn every user)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[script]).toBeUndefined();
  });
});

describe('the packed package installed with npm', () => {
  let ws: E2eWorkspace;
  let installOutput: string;
  let project: string;

  beforeAll(() => {
    ws = createE2eWorkspace();
    project = join(ws.root, 'project');
    ws.write(join(project, 'package.json'), `${JSON.stringify({ name: 'e2e-package', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
    ws.runOk('git', ['init', '-q', '-b', 'main'], project);
    const result = ws.run('npm', ['install', '--save-dev', ws.tarball], project, { env: { npm_config_loglevel: 'warn' } });
    expect(result.status, result.stderr).toBe(0);
    installOutput = result.stdout + result.stderr;
  });

  afterAll(() => ws?.cleanup());

  it('installs without a single npm warning', () => {
    expect(installOutput).not.toMatch(/npm warn/i);
  });

  it('gives a working bin and an importable library', () => {
    expect(ws.runOk('npx', ['prove-hooks', '--version'], project).trim()).toMatch(/^\d+\.\d+\.\d+/);
    const script = "import { runCli, ExitCode, ValidationError } from 'prove-hooks'; console.log(typeof runCli, ExitCode.USAGE, new ValidationError('x').exitCode);";
    expect(ws.runOk(process.execPath, ['--input-type=module', '-e', script], project).trim()).toBe('function 2 2');
  });

  it('runs the bench command from the installed package (its file takes the shared modules from cli-full.cjs)', () => {
    expect(ws.runOk('npx', ['prove-hooks', 'bench', '--list'], project)).toMatch(/^message\s/m);
    const worker = JSON.parse(ws.runOk('npx', ['prove-hooks', 'bench', '--worker', '--suite', 'message', '--time', '10'], project).trim().split('\n')[0]!);
    expect(worker.benchmarks).toContain('message/accepted');
    const refused = ws.run('npx', ['prove-hooks', 'bench', '--aa', '--compare', 'x.json'], project);
    expect(refused.stderr).toContain('usage error: --aa and --compare cannot be combined');
    expect(refused.status).toBe(2);
  });

  it('runs `npx prove-hooks demo` from the installed package with CI=true and no stdin, and leaves nothing behind', () => {
    const demoTmp = join(ws.root, 'demo-tmp');
    mkdirSync(demoTmp);
    const result = ws.run('npx', ['prove-hooks', 'demo'], project, { env: { TMPDIR: demoTmp, CI: 'true' }, input: '' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('$ npx prove-hooks init --no-install');
    expect(result.stdout).toContain("unknown flag 'new-chekout'");
    expect(result.stdout).toMatch(/pushed commit message breaks the convention/);
    expect(result.stdout.match(/rejected, as expected/g)).toHaveLength(3);
    expect(result.stdout).toContain('All is well.');
    expect(readdirSync(demoTmp)).toEqual([]);
  });
});
