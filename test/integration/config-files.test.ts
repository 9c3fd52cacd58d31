// The config and registry files a committer controls: what is refused, what an error may quote.
import { existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFlagRepo, runIn } from '../helpers/flag-repo.js';

const SECRET = 'SECRET_TOKEN=hunter2-do-not-print';

/** A file outside the repository holding a secret, in the temporary HOME next to it. */
function plantSecret(home: string): string {
  const secret = join(home, 'secret.env');
  writeFileSync(secret, `${SECRET}\nOTHER=1\n`);
  return secret;
}

describe('config and registry files that resolve outside the repository', () => {
  it.each(['.proverc.json', '.proverc.yaml'])('refuses %s linked to a secret outside the repository, unread (exit 3)', (name) => {
    const repo = createFlagRepo();
    rmSync(join(repo.dir, '.proverc.json'));
    symlinkSync(plantSecret(repo.home), join(repo.dir, name));
    for (const args of [['config'], ['scan']]) {
      const result = runIn(repo, args);
      expect(result.status, result.stderr).toBe(3);
      expect(result.stderr).toMatch(/outside the repository \(a symbolic link or a \$import\): refused unread/);
      expect(result.stdout + result.stderr).not.toContain('hunter2');
    }
  });

  it('refuses a config linked to /proc/self/environ without printing the environment', () => {
    const repo = createFlagRepo();
    rmSync(join(repo.dir, '.proverc.json'));
    symlinkSync('/proc/self/environ', join(repo.dir, '.proverc.json'));
    const result = runIn(repo, ['config'], { env: { PROVE_TEST_SECRET: 'hunter2' } });
    expect(result.status).toBe(3);
    expect(result.stdout + result.stderr).not.toContain('hunter2');
  });

  it('refuses a flag registry linked to a secret outside the repository, unread (exit 3)', () => {
    const repo = createFlagRepo();
    rmSync(join(repo.dir, 'flags.json'));
    symlinkSync(plantSecret(repo.home), join(repo.dir, 'flags.json'));
    const result = runIn(repo, ['scan']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/flags\.json is a symbolic link to a file outside the repository/);
    expect(result.stdout + result.stderr).not.toContain('hunter2');
  });

  it('refuses a $import of a file outside the repository', () => {
    const repo = createFlagRepo();
    const secret = join(repo.home, 'secret.json');
    writeFileSync(secret, `{ "token": "${SECRET}" `);
    writeFileSync(join(repo.dir, '.proverc.json'), JSON.stringify({ $import: secret }));
    const result = runIn(repo, ['config']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/outside the repository/);
    expect(result.stdout + result.stderr).not.toContain('hunter2');
  });

  it('accepts a config linked to a file inside the repository', () => {
    const repo = createFlagRepo();
    repo.write('config/prove.json', '{ "commitMsg": { "maxHeaderLength": 72 } }\n');
    rmSync(join(repo.dir, '.proverc.json'));
    symlinkSync(join('config', 'prove.json'), join(repo.dir, '.proverc.json'));
    const result = runIn(repo, ['config']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('"maxHeaderLength": 72');
  });
});

describe('what a parse error quotes', () => {
  it.each([
    ['.proverc.json', `{ "a": 1,\n  "b": ${'x'.repeat(300)} \u001b]0;pwned\u0007 ${SECRET}\n}\n{"c": "${SECRET}"}\n`],
    ['.proverc.yaml', `commitMsg:\n  maxHeaderLength: 72\n bad: [${'y'.repeat(300)} \u001b[2J ${SECRET}\n${SECRET}: 1\n`],
  ])('quotes only the offending line of %s, escaped and cut', (name, content) => {
    const repo = createFlagRepo();
    rmSync(join(repo.dir, '.proverc.json'));
    writeFileSync(join(repo.dir, name), content);
    const result = runIn(repo, ['config']);
    expect(result.status).toBe(3);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).not.toContain('\u0007');
    expect(result.stderr).not.toContain('hunter2');
    // No line of the message is longer than the cut excerpt (80 characters) and its prefix.
    for (const line of result.stderr.split('\n')) expect(line.length).toBeLessThan(200);
  });
});

describe('a package.json that is not JSON (a merge conflict)', () => {
  const CONFLICTED = (body: string) => `{\n<<<<<<< HEAD\n  "name": "a",\n=======\n  "name": "b",\n>>>>>>> topic\n${body}}\n`;
  const GOOD = 'fix: a subject [T-2026-11-22-001] [MODE:F]';

  it('has no effect when it names no prove key: the config lives elsewhere', () => {
    const repo = createFlagRepo();
    repo.write('package.json', CONFLICTED('  "version": "1.0.0"\n'));
    expect(runIn(repo, ['config']).status).toBe(0);
    expect(runIn(repo, ['check-msg', GOOD]).status).toBe(0);
    expect(runIn(repo, ['pre-commit']).status).toBe(0);
  });

  it('is a config error (exit 3) naming the file and line when it may hold the config', () => {
    const repo = createFlagRepo();
    repo.write('package.json', CONFLICTED('  "prove": { "commitMsg": { "maxHeaderLength": 72 } }\n'));
    for (const args of [['config'], ['check-msg', GOOD], ['pre-commit']]) {
      const result = runIn(repo, args);
      expect(result.status, `${args[0]}: ${result.stderr}`).toBe(3);
      expect(result.stderr).toMatch(/cannot parse .*package\.json:\n\s+line 2, column 1/);
      expect(result.stderr).not.toMatch(/bug in prove-hooks/);
    }
  });
});

describe('files cosmiconfig would have read on its own', () => {
  it('never runs a committed .config/config.js', () => {
    const repo = createFlagRepo();
    const marker = join(repo.home, 'ran');
    repo.write('.config/config.js', `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = {};\n`);
    expect(runIn(repo, ['config']).status).toBe(0);
    expect(runIn(repo, ['pre-commit']).status).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('keys written twice', () => {
  it.each([
    ['.proverc.json', '{\n  "commitMsg": { "maxHeaderLength": 72 },\n  "commitMsg": { "maxHeaderLength": 200 }\n}\n', /\.proverc\.json:\n\s+line 3, column 3: duplicate key "commitMsg" at the top level/],
    ['.proverc.json', '{ "commitMsg": {\n  "maxHeaderLength": 72,\n    "maxHeaderLength": 200 } }\n', /line 3, column 5: duplicate key "maxHeaderLength" in commitMsg/],
    ['.proverc.yaml', 'commitMsg:\n  maxHeaderLength: 72\ncommitMsg:\n  maxHeaderLength: 200\n', /\.proverc\.yaml:\n\s+line 3, column 1: duplicated mapping key/],
  ])('a config key twice in %s is a config error (exit 3) naming the key and line', (name, content, message) => {
    const repo = createFlagRepo();
    rmSync(join(repo.dir, '.proverc.json'));
    writeFileSync(join(repo.dir, name), content);
    const result = runIn(repo, ['config']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['flags.json', '{ "flags": [\n  { "key": "a", "status": "active", "status": "archived" }\n] }\n', /flags\.json: line 2, column 37: duplicate key "status" in flags\[0\]/],
    ['flags.yaml', 'flags:\n  - key: a\n    status: active\n    status: archived\n', /flags\.yaml: not valid YAML: Map keys must be unique/],
  ])('a registry key twice in %s is a registry error (exit 3) naming the key and line', (name, content, message) => {
    const repo = createFlagRepo({ registries: [{ path: name, scope: '' }] });
    writeFileSync(join(repo.dir, name), content);
    // Staged: the staged scan judges the registry as staged.
    repo.gitOk(['add', name]);
    const result = runIn(repo, ['scan']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(message);
  });
});

describe('a byte order mark', () => {
  it.each([
    ['.proverc.json', '{ "commitMsg": { "maxHeaderLength": 72 } }\n'],
    ['.proverc.yaml', 'commitMsg:\n  maxHeaderLength: 72\n'],
    ['.proverc', '{ "commitMsg": { "maxHeaderLength": 72 } }\n'],
  ])('is accepted at the start of %s', (name, content) => {
    const repo = createFlagRepo();
    rmSync(join(repo.dir, '.proverc.json'));
    writeFileSync(join(repo.dir, name), `\uFEFF${content}`);
    const result = runIn(repo, ['config']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('"maxHeaderLength": 72');
  });

  it.each([
    ['flags.json', `\uFEFF{ "flags": [{ "key": "new-checkout", "status": "active" }] }\n`],
    ['flags.yaml', '\uFEFFflags:\n  - key: new-checkout\n    status: active\n'],
  ])('is accepted at the start of the registry %s', (name, content) => {
    const repo = createFlagRepo({ registries: [{ path: name, scope: '' }] });
    writeFileSync(join(repo.dir, name), content);
    // Staged: the staged scan judges the registry as staged.
    repo.gitOk(['add', name]);
    const result = runIn(repo, ['scan']);
    expect(result.status, result.stderr).toBe(0);
  });
});
