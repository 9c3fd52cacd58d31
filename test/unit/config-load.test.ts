import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, loadConfigFile } from '../../src/config/load-config.js';
import { listConfigCandidates, listSearchDirs } from '../../src/config/search-places.js';
import { ConfigError } from '../../src/errors.js';

let root: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'prove-config-')));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const scope = () => ({ projectDir: root, stopDir: root });

describe('loadConfig: where it looks', () => {
  it('returns the defaults, and no file, when there is no config', async () => {
    const loaded = await loadConfig(scope());
    expect(loaded.filePath).toBeNull();
    expect(loaded.config.commitMsg.maxHeaderLength).toBe(100);
  });

  it.each([
    ['.proverc.json', '{"commitMsg":{"maxHeaderLength":72}}'],
    ['.proverc', '{"commitMsg":{"maxHeaderLength":72}}'],
    ['.proverc', 'commitMsg:\n  maxHeaderLength: 72\n'],
    ['.proverc.yaml', 'commitMsg:\n  maxHeaderLength: 72\n'],
    ['.proverc.yml', 'commitMsg:\n  maxHeaderLength: 72\n'],
    ['package.json', '{"name":"x","prove":{"commitMsg":{"maxHeaderLength":72}}}'],
  ])('reads %s', async (name, content) => {
    const file = write(name, content);
    const loaded = await loadConfig(scope());
    expect(loaded.filePath).toBe(file);
    expect(loaded.config.commitMsg.maxHeaderLength).toBe(72);
  });

  it('skips a package.json without a "prove" key and keeps looking', async () => {
    write('package.json', '{"name":"x"}');
    const file = write('.proverc.json', '{"commitMsg":{"maxHeaderLength":80}}');
    expect((await loadConfig(scope())).filePath).toBe(file);
  });

  it('prefers package.json, then .proverc, then .proverc.json within one folder', async () => {
    write('.proverc.json', '{"commitMsg":{"maxHeaderLength":80}}');
    const rc = write('.proverc', '{"commitMsg":{"maxHeaderLength":90}}');
    expect((await loadConfig(scope())).filePath).toBe(rc);
    const pkg = write('package.json', '{"prove":{"commitMsg":{"maxHeaderLength":70}}}');
    expect((await loadConfig(scope())).filePath).toBe(pkg);
  });

  it('skips empty files, as cosmiconfig does', async () => {
    write('.proverc.json', '');
    const yaml = write('.proverc.yaml', 'commitMsg:\n  maxHeaderLength: 64\n');
    expect((await loadConfig(scope())).filePath).toBe(yaml);
  });

  it('uses the nearest folder first, up to the stop folder', async () => {
    write('.proverc.json', '{"commitMsg":{"maxHeaderLength":80}}');
    const inner = write('packages/app/.proverc.json', '{"commitMsg":{"maxHeaderLength":60}}');
    mkdirSync(join(root, 'packages/app/src'), { recursive: true });
    const loaded = await loadConfig({ projectDir: join(root, 'packages/app/src'), stopDir: root });
    expect(loaded.filePath).toBe(inner);
  });

  it('finds a config in a parent folder', async () => {
    const outer = write('.proverc.json', '{"commitMsg":{"maxHeaderLength":80}}');
    mkdirSync(join(root, 'packages/app'), { recursive: true });
    expect((await loadConfig({ projectDir: join(root, 'packages/app'), stopDir: root })).filePath).toBe(outer);
  });

  it('never looks above the stop folder', async () => {
    write('.proverc.json', '{"commitMsg":{"maxHeaderLength":80}}');
    mkdirSync(join(root, 'repo/sub'), { recursive: true });
    const loaded = await loadConfig({ projectDir: join(root, 'repo/sub'), stopDir: join(root, 'repo') });
    expect(loaded.filePath).toBeNull();
  });

  it('marks a config that uses $import as not cacheable', async () => {
    write('base.json', '{"commitMsg":{"maxHeaderLength":66}}');
    write('.proverc.json', '{"$import":"./base.json"}');
    const loaded = await loadConfig(scope());
    expect(loaded.config.commitMsg.maxHeaderLength).toBe(66);
    expect(loaded.cacheable).toBe(false);
  });
});

describe('loadConfig: failures', () => {
  it.each(['.proverc.js', '.proverc.cjs', '.proverc.mjs', '.proverc.ts'])('refuses %s with a config error naming the file', async (name) => {
    const file = write(name, 'throw new Error("this code must never run")');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toContain(file);
    expect(error.message).toContain('not supported');
    expect(error.hint).toContain('.proverc.json');
  });

  it('prefers a data file over a code file in the same folder', async () => {
    write('.proverc.js', 'throw new Error("never")');
    const json = write('.proverc.json', '{}');
    expect((await loadConfig(scope())).filePath).toBe(json);
  });

  it('says the file a $import names is missing, not that the syntax is wrong', async () => {
    const file = write('.proverc.json', '{"$import":"./shared/base.json"}');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toContain(file);
    expect(error.message).toContain(`${join(root, 'shared/base.json')}, does not exist`);
    expect(error.hint).toContain('Fix the path in "$import"');
    expect(error.hint).not.toContain('syntax');
  });

  it('says a $import chain goes round in a circle, naming each file, not that the syntax is wrong', async () => {
    const file = write('.proverc.json', '{"$import":"./a.json"}');
    const a = write('a.json', '{"$import":"./b.json"}');
    const b = write('b.json', '{"$import":"./a.json"}');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toBe(`"$import" goes round in a circle: ${file} → ${a} → ${b} → ${a}`);
    expect(error.hint).toContain('Remove one "$import" of the circle');
    expect(error.hint).not.toContain('syntax');
  });

  it('says a config that imports itself does, not that the syntax is wrong', async () => {
    const file = write('.proverc.json', '{"$import":"./.proverc.json"}');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toBe(`${file} names itself in "$import"`);
    expect(error.hint).not.toContain('syntax');
  });

  it('says a $import that is not a file name must be one', async () => {
    const file = write('.proverc.json', '{"$import":[42]}');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toBe(`${file}: "$import" must be a file name or a list of file names`);
    expect(error.hint).toContain('"$import": ["base.json", "team.json"]');
  });

  it('names the file and the line of a JSON syntax error', async () => {
    const file = write('.proverc.json', '{\n  "commitMsg": {\n    "types": ["feat",]\n  }\n}\n');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toContain(`cannot parse ${file}`);
    expect(error.message).toMatch(/line 3|3:/);
    expect(error.message).not.toContain('\u001b[');
  });

  it('names the file and the line of a YAML syntax error', async () => {
    const file = write('.proverc.yaml', 'commitMsg:\n  types: [feat\n  modes: F\n');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toContain(`cannot parse ${file}`);
    expect(error.message).toMatch(/line \d+|\(\d+:\d+\)/);
  });

  it('names the package.json key path of an invalid value', async () => {
    write('package.json', '{"prove":{"commitMsg":{"taskIdDigits":"three"}}}');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toContain('package.json');
    expect(error.message).toContain('prove.commitMsg.taskIdDigits: expected a number or null, found "three" (a string)');
  });

  it('names the file of an invalid YAML value', async () => {
    const file = write('.proverc.yml', 'commitMsg:\n  scope: sometimes\n');
    const error = await configError(loadConfig(scope()));
    expect(error.message).toContain(file);
    expect(error.message).toContain('commitMsg.scope: expected one of');
  });
});

describe('search places', () => {
  it('lists the folders from the project up to the stop folder', () => {
    expect(listSearchDirs({ projectDir: '/a/b/c', stopDir: '/a' })).toEqual(['/a/b/c', '/a/b', '/a']);
    expect(listSearchDirs({ projectDir: '/a', stopDir: '/a' })).toEqual(['/a']);
  });

  it('searches only the project folder when it is outside the stop folder', () => {
    expect(listSearchDirs({ projectDir: '/x/y', stopDir: '/a' })).toEqual(['/x/y']);
    expect(listSearchDirs({ projectDir: '/ab', stopDir: '/a' })).toEqual(['/ab']);
  });

  it('lists every candidate file of every folder', () => {
    const candidates = listConfigCandidates({ projectDir: '/a/b', stopDir: '/a' });
    expect(candidates).toContain('/a/b/.proverc.json');
    expect(candidates).toContain('/a/package.json');
    expect(candidates).toContain('/a/.proverc.mjs');
    expect(candidates.indexOf('/a/b/.proverc.yml')).toBeLessThan(candidates.indexOf('/a/package.json'));
  });
});

describe('loadConfigFile: a config file named on purpose (pre-receive --config)', () => {
  it('loads JSON and YAML files of any name, validated as a found config', async () => {
    const json = await loadConfigFile(write('srv/rules.json', '{"commitMsg": {"maxHeaderLength": 80}}'));
    expect(json.config.commitMsg.maxHeaderLength).toBe(80);
    expect(json.filePath).toBe(join(root, 'srv/rules.json'));
    const yaml = await loadConfigFile(write('srv/rules.yaml', 'flags:\n  enabled: false\n'));
    expect(yaml.config.flags.enabled).toBe(false);
  });

  it.each([
    ['a missing file', 'nowhere.json', null, /does not exist/],
    ['an empty file', 'empty.json', '', /holds no prove-hooks config/],
    ['a package.json without the prove key', 'pkg/package.json', '{"name": "x"}', /holds no prove-hooks config/],
    ['a code file', 'rules.js', 'module.exports = {}', /JavaScript and TypeScript config files are not supported/],
    ['an invalid value', 'bad.json', '{"flags": {"enabled": "yes"}}', /flags\.enabled/],
    ['a syntax error', 'broken.json', '{"flags": ', /cannot parse/],
  ])('refuses %s with a ConfigError (never the defaults)', async (_name, path, content, message) => {
    const file = content === null ? join(root, path) : write(path, content);
    expect((await configError(loadConfigFile(file))).message).toMatch(message);
  });
});
