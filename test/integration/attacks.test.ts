// An outside attacker's pass over the context scan, imported constants, blob reading and the
// inventory: inputs a committer controls that could hang the check, crash it (exit 70), or make
// it pass silently when it must fail. Each case stages hostile files in a real repository and
// runs `scan --staged` and `flags` as the hooks and CI do; a hang fails by the spawn's timeout.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagReposPerTest, findingsOf, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const CALL = "ldClient.variation('unknown-flag', false);";
const flagRepo = flagReposPerTest();

/** A flag repository with `files` staged (a value of null: a symbolic link to `link`). */
function stage(files: Record<string, string | { link: string }>): TempRepo {
  const repo = flagRepo();
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === 'string') repo.write(path, content);
    else {
      mkdirSync(join(repo.dir, path, '..'), { recursive: true });
      symlinkSync(content.link, join(repo.dir, path));
    }
  }
  repo.gitOk(['add', '-A']);
  return repo;
}

/** `scan --staged --format json` and `flags --json`, each bounded in time (a hang is a failure, not a stuck suite). */
function check(repo: TempRepo, env: NodeJS.ProcessEnv = {}) {
  const bounded = { timeout: 90_000 } as const;
  const scan = spawnBounded(repo, ['scan', '--staged', '--format', 'json'], env, bounded.timeout);
  const inventory = spawnBounded(repo, ['flags', '--json'], env, bounded.timeout);
  for (const run of [scan, inventory]) {
    expect(run.status, `${run.stderr.slice(0, 500)} (null: killed after ${bounded.timeout} ms)`).not.toBeNull();
    expect(run.status).not.toBe(70);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  }
  return { scan, inventory };
}

function spawnBounded(repo: TempRepo, args: readonly string[], env: NodeJS.ProcessEnv, timeout: number) {
  const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'cli.cjs'), ...args], {
    cwd: repo.dir,
    env: { ...repo.env, ...env },
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

const unknownIn = (scan: { status: number | null; stdout: string; stderr: string }) =>
  new Set(findingsOf(scan).filter((finding) => finding.rule === 'flag-unknown').map((finding) => finding.file));

describe('the lexer cannot be talked into hiding a call', () => {
  it('finds an unknown flag after a regex literal holding /*, //, a quote or a backtick, and after JSX closing tags', () => {
    const files = {
      'regex-class.ts': `const r = /[/*]/;\n${CALL}\n// */\n`,
      'regex-escaped.ts': `const r = /\\/*/;\n${CALL}\n// */\n`,
      'regex-backtick.ts': `const r = /\`/;\n${CALL}\nconst t = \`x\`;\n`,
      'regex-return.js': `function f() { return /'"/.test(s); }\n${CALL}\n`,
      'jsx-close.tsx': `const e = <b>t</b>; ${CALL}\n`,
      'jsx-self-close.tsx': `const e = <a b={c} />; ${CALL}\n`,
      'division.ts': `const d = a / b / c;\n${CALL}\n`,
      'template.ts': `const t = \`a\${\`b\${'\`'}c\`}d\`;\n${CALL}\n`,
    };
    const repo = stage(files);
    const { scan } = check(repo);
    expect(scan.status).toBe(1);
    expect([...unknownIn(scan)].sort()).toEqual(Object.keys(files).sort());
  });
});

describe('hostile inputs end in bounded time with a verdict, never exit 70', () => {
  it('very long lines, deep nesting, unclosed literals, huge JSX, thousands of imports and an import cycle', () => {
    const imports = Array.from({ length: 1500 }, (_, n) => `import { F${n} } from './k/f${n}';`).join('\n');
    const chain: Record<string, string> = {};
    for (let n = 0; n < 60; n++) chain[`k/f${n}.ts`] = `import { F${n + 1} } from './f${n + 1}';\nexport const F${n} = F${n + 1};\n`;
    const repo = stage({
      'long-line.ts': `const x = ${'('.repeat(200_000)}${CALL}${')'.repeat(200_000)};\n`,
      'nested.ts': `${'[{('.repeat(100_000)}\n${CALL}\n${')}]'.repeat(100_000)}\n`,
      'unclosed.ts': `${'ldClient.variation(`x${\n'.repeat(20_000)}${CALL}\n`,
      'huge.tsx': `export const A = () => (\n${'<div a="1" b={x}>{\'t\'}<span/>\n'.repeat(20_000)}${'</div>\n'.repeat(20_000)});\n${CALL}\n`,
      'imports.ts': `${imports}\nldClient.variation(F0, false);\nldClient.variation(F1499, false);\n`,
      'cycle-a.ts': "import { B } from './cycle-b';\nexport const A = B;\n",
      'cycle-b.ts': "import { A } from './cycle-a';\nexport const B = A;\n",
      'use-cycle.ts': "import { A } from './cycle-a';\nldClient.variation(A, false);\n",
      ...chain,
    });
    const { scan } = check(repo);
    expect(scan.status).toBe(1);
    // The long line is over flags.maxLineLength: skipped with a warning (documented), never silently.
    expect(findingsOf(scan).some((finding) => finding.file === 'long-line.ts' && finding.rule === 'line-too-long-skipped')).toBe(true);
    expect([...unknownIn(scan)]).toEqual(expect.arrayContaining(['nested.ts', 'unclosed.ts', 'huge.tsx']));
  }, 240_000);

  it('an unknown flag key spelled with escape sequences is still an unknown flag; a known one spelled so is known', () => {
    const repo = stage({
      'escaped.js': [
        "ldClient.variation('gh\\x6fst-x', false);",
        'ldClient.variation("gh\\u006fst-u", false);',
        'ldClient.variation(`gh\\u{6f}st-braced`, false);',
        "ldClient.variation('new\\u002dcheckout', false);",
        "ldClient.variation('two\\nlines', false);",
      ].join('\n'),
      'escaped.py': "client.variation('gh\\x6fst-py', context, False)\n",
    });
    const { scan } = check(repo);
    expect(scan.status).toBe(1);
    const findings = findingsOf(scan).map((finding) => `${finding.rule}:${finding.file}:${finding.line}:${finding.flag}`);
    expect(findings.filter((finding) => finding.startsWith('flag-unknown'))).toEqual([
      'flag-unknown:escaped.js:1:ghost-x',
      'flag-unknown:escaped.js:2:ghost-u',
      'flag-unknown:escaped.js:3:ghost-braced',
      'flag-unknown:escaped.py:1:ghost-py',
    ]);
    // A newline escape spells no key: still a dynamic key, as before.
    expect(findings).toContain('flag-dynamic-key:escaped.js:5:null');
  }, 120_000);

  it('symbolic links named like source files (to /dev/zero, outside the repository, a folder) are never followed', () => {
    const repo = stage({
      'zero.ts': { link: '/dev/zero' },
      'passwd.ts': { link: '/etc/passwd' },
      'up.ts': { link: '../../..' },
      'use-links.ts': "import { X } from './zero';\nimport { Y } from './passwd';\nimport { Z } from './up';\nldClient.variation(X, false);\nldClient.variation(Y, false);\nldClient.variation(Z, false);\n",
      'plain.ts': `${CALL}\n`,
    });
    const { scan, inventory } = check(repo);
    expect(scan.status).toBe(1);
    expect([...unknownIn(scan)]).toEqual(['plain.ts']);
    expect(inventory.status).toBe(0);
  }, 120_000);

  it('paths with a newline, quotes, a backslash and non-ASCII letters, with core.quotepath off', () => {
    const repo = stage({ 'a\nb".ts': `${CALL}\n`, "q'\\t\u00e9.ts": `${CALL}\n`, '\u00e9/\u00fc.ts': `${CALL}\n` });
    repo.gitOk(['config', 'core.quotepath', 'false']);
    const { scan } = check(repo);
    expect(scan.status).toBe(1);
    expect(unknownIn(scan)).toEqual(new Set(['a\nb".ts', "q'\\t\u00e9.ts", '\u00e9/\u00fc.ts']));
  }, 120_000);

  it('.gitattributes binary, a textconv diff driver and diff.external do not hide a staged call', () => {
    const repo = stage({ '.gitattributes': 'bin.ts binary\nconv.ts diff=hide\n', 'bin.ts': `${CALL}\n`, 'conv.ts': `${CALL}\n`, 'ext.ts': `${CALL}\n` });
    repo.gitOk(['config', 'diff.hide.textconv', 'sed s/unknown-flag/new-checkout/']);
    repo.gitOk(['config', 'diff.external', '/bin/true']);
    const { scan } = check(repo);
    expect(scan.status).toBe(1);
    expect(unknownIn(scan)).toEqual(new Set(['bin.ts', 'conv.ts', 'ext.ts']));
  }, 120_000);

  it('a submodule is another repository: neither read nor an error', () => {
    const repo = stage({ 'plain.ts': 'export const x = 1;\n' });
    const sub = join(repo.home, 'sub');
    spawnSync('git', ['init', '-q', sub], { env: repo.env });
    writeFileSync(join(sub, 's.ts'), `${CALL}\n`);
    spawnSync('git', ['-C', sub, 'add', '-A'], { env: repo.env });
    spawnSync('git', ['-C', sub, 'commit', '-qm', 'x'], { env: repo.env });
    repo.gitOk(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'sub']);
    repo.write('use-sub.ts', "import { X } from './sub/s';\nldClient.variation(X, false);\n");
    repo.gitOk(['add', '-A']);
    const { scan, inventory } = check(repo);
    expect(scan.status).toBe(0);
    expect(inventory.status).toBe(0);
  }, 120_000);

  it('a registry of 100,000 flags is used; a key 1 MB long is a clear registry error (exit 3)', () => {
    const flags = [{ key: 'new-checkout', status: 'active' }, ...Array.from({ length: 100_000 }, (_, n) => ({ key: `flag-${n}-of-a-large-registry`, status: 'active' }))];
    const large = stage({ 'flags.json': JSON.stringify({ flags }), 'a.ts': `${CALL}\nldClient.variation('flag-99999-of-a-large-registry', false);\n` });
    const { scan } = check(large);
    expect(scan.status).toBe(1);
    expect(findingsOf(scan).filter((finding) => finding.rule === 'flag-unknown').map((finding) => finding.flag)).toEqual(['unknown-flag']);
    const key = 'k'.repeat(1 << 20);
    const long = stage({ 'flags.json': JSON.stringify({ flags: [{ key, status: 'active' }] }), 'a.ts': `ldClient.variation('${key}', false);\n` });
    const { scan: refused, inventory } = check(long);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(/registry/);
    expect(refused.stderr.length).toBeLessThan(4000);
    expect(inventory.status).toBe(3);
  }, 180_000);

  it('a registry or config nested 100,000 deep is a clear error naming the file and the depth (exit 3), never an internal error', () => {
    const deep = (inner: string) => `${'['.repeat(100_000)}${inner}${']'.repeat(100_000)}`;
    for (const [registry, note] of [
      [`{ "flags": [{ "key": "new-checkout", "status": "active", "owner": ${deep('"me"')} }] }`, 'an entry'],
    ] as const) {
      const { scan, inventory } = check(stage({ 'flags.json': registry, 'a.ts': `${CALL}\n` }));
      for (const run of [scan, inventory]) {
        expect(run.status, note).toBe(3);
        expect(run.stderr).toMatch(/flags\.json: line 1, column \d+: nested more than 256 deep/);
      }
    }
    const config = stage({ '.proverc.json': `{ "flags": { "presets": ["launchdarkly"] }, "x": ${deep('1')} }`, 'a.ts': `${CALL}\n` });
    const { scan } = check(config);
    expect(scan.status).toBe(3);
    expect(scan.stderr).toMatch(/\.proverc\.json[^]*line 1, column \d+: nested more than 256 deep/);
  }, 180_000);
});
