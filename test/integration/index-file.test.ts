// The index reader against real git: for every path of real index files (versions 2, 3 and 4,
// hostile names, long paths, conflicts), readIndexEntry says what `git ls-files -s` says; split
// and sparse indexes are left to git; damaged bytes never throw.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIndexEntry, readIndexEntry, readStagedEntry, type IndexEntryLookup } from '../../src/git/index-file.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';
import { HOSTILE_NAMES } from '../helpers/hostile-names.js';

const tempRepo = tempReposPerTest();

function repoWith(files: readonly string[]): TempRepo {
  const repo = tempRepo();
  files.forEach((file, k) => repo.write(file, `content ${k}\n`));
  repo.gitOk(['add', '--', ...files]);
  return repo;
}

/** What ls-files -s says of every staged path: path -> {mode, id} at stage 0, and every path listed. */
function listed(repo: TempRepo): { stage0: Map<string, IndexEntryLookup>; paths: string[] } {
  const out = repo.gitOk(['ls-files', '-s', '-z']);
  const stage0 = new Map<string, IndexEntryLookup>();
  const paths: string[] = [];
  for (const record of out.split('\0').filter((r) => r !== '')) {
    const match = /^(\d{6}) ([0-9a-f]{40}) (\d)\t(.*)$/s.exec(record)!;
    paths.push(match[4]!);
    if (match[3] === '0') stage0.set(match[4]!, { kind: 'entry', mode: parseInt(match[1]!, 8), id: match[2]! });
  }
  return { stage0, paths };
}

function expectAgreement(repo: TempRepo, extraPaths: readonly string[] = []): void {
  const index = join(repo.dir, '.git', 'index');
  const { stage0, paths } = listed(repo);
  expect(paths.length).toBeGreaterThan(0);
  for (const path of [...paths, ...extraPaths]) expect(readIndexEntry(index, path), path).toEqual(stage0.get(path) ?? { kind: 'absent' });
}

const NAMES = [
  'flags.json',
  'a/flags.json',
  'a/b/c/deep.yaml',
  'flags.json.bak',
  'flags',
  ...HOSTILE_NAMES,
  'script.sh',
];
/** Over 4095 bytes: the entry's length field overflows. Too long for a file: only in the index. */
const LONG_PATH = `${Array.from({ length: 40 }, (_, k) => `${'d'.repeat(118)}${String(k).padStart(2, '0')}`).join('/')}/flags.json`;

describe('readIndexEntry', () => {
  it.each([2, 3, 4])('agrees with git ls-files -s on an index of version %i', (version) => {
    const repo = repoWith(NAMES);
    repo.gitOk(['update-index', '--chmod=+x', '--', 'script.sh']);
    repo.gitOk(['update-index', '--add', '--cacheinfo', `100644,e69de29bb2d1d6434b8b29ae775ad8c2e48c5391,${LONG_PATH}`]);
    // Version 3 is written only when an entry has extended flags (intent-to-add here).
    if (version === 3) {
      repo.write('later.json', '{}\n');
      repo.gitOk(['add', '--intent-to-add', 'later.json']);
    }
    repo.gitOk(['update-index', '--index-version', String(version)]);
    expect(readFileSync(join(repo.dir, '.git', 'index')).readUInt32BE(4)).toBe(version);
    expectAgreement(repo, ['absent.json', 'a', 'a/flags', 'flags.jso', 'flags.json/x']);
  });

  it('reads entries with extended flags (intent-to-add) as ls-files does', () => {
    const repo = repoWith(['flags.json']);
    repo.write('later.json', '{}\n');
    repo.gitOk(['add', '--intent-to-add', 'later.json']);
    expect(readFileSync(join(repo.dir, '.git', 'index')).readUInt32BE(4)).toBe(3);
    expectAgreement(repo);
  });

  it('finds no stage-0 entry for a path in a merge conflict', () => {
    const repo = repoWith(['flags.json', 'other.txt']);
    repo.gitOk(['commit', '-q', '-m', 'base']);
    repo.gitOk(['checkout', '-q', '-b', 'side']);
    repo.write('flags.json', 'side\n');
    repo.gitOk(['commit', '-q', '-am', 'side']);
    repo.gitOk(['checkout', '-q', 'main']);
    repo.write('flags.json', 'main\n');
    repo.gitOk(['commit', '-q', '-am', 'main']);
    expect(repo.git(['merge', '-q', 'side']).status).not.toBe(0);
    expect(readIndexEntry(join(repo.dir, '.git', 'index'), 'flags.json')).toEqual({ kind: 'absent' });
    expectAgreement(repo);
  });

  it.each([2, 4])('agrees with git ls-files -s on a large index of version %i, read from its head where it can be', (version) => {
    const repo = repoWith(['flags.json', 'a/flags.json']);
    // 3,000 entries (about 250 KB): more than the head read first.
    const info = Array.from({ length: 3000 }, (_, k) => `100644 e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\tsrc/pkg${String(k % 60).padStart(2, '0')}/file${String(k).padStart(4, '0')}.ts\n`).join('');
    repo.gitOk(['update-index', '--index-info'], { input: info });
    repo.gitOk(['update-index', '--index-version', String(version)]);
    expect(readFileSync(join(repo.dir, '.git', 'index')).length).toBeGreaterThan(128 * 1024);
    const index = join(repo.dir, '.git', 'index');
    const { stage0 } = listed(repo);
    for (const path of ['flags.json', 'a/flags.json', 'src/pkg00/file0000.ts', 'src/pkg30/file1530.ts', 'src/pkg59/file2999.ts', 'src/pkg59/file3000.ts', 'zz.json', 'flags.jso', 'src']) {
      expect(readIndexEntry(index, path), path).toEqual(stage0.get(path) ?? { kind: 'absent' });
    }
  });

  it('finds an entry near the start of a large index without reading the rest of it', () => {
    const repo = repoWith(['flags.json']);
    const info = Array.from({ length: 3000 }, (_, k) => `100644 e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\tsrc/file${String(k).padStart(4, '0')}.ts\n`).join('');
    repo.gitOk(['update-index', '--index-info'], { input: info });
    const index = join(repo.dir, '.git', 'index');
    const expected = readIndexEntry(index, 'flags.json');
    expect(expected.kind).toBe('entry');
    // The tail damaged: a reader of every entry calls the index truncated; the answer lies before it.
    const bytes = readFileSync(index);
    writeFileSync(index, bytes.subarray(0, bytes.length - 100 * 1024));
    expect(readIndexEntry(index, 'flags.json')).toEqual(expected);
    expect(readIndexEntry(index, 'src/file2999.ts').kind).toBe('unsupported');
  });

  it('leaves a split index to git', () => {
    const repo = repoWith(['flags.json', 'b.txt']);
    repo.gitOk(['update-index', '--split-index']);
    const result = readIndexEntry(join(repo.dir, '.git', 'index'), 'flags.json');
    expect(result).toMatchObject({ kind: 'unsupported', reason: expect.stringContaining('link') });
  });

  it('leaves a sparse index to git', () => {
    const repo = repoWith(['flags.json', 'in/x.txt', 'out/flags.json']);
    repo.gitOk(['commit', '-q', '-m', 'base']);
    repo.gitOk(['sparse-checkout', 'init', '--cone', '--sparse-index']);
    repo.gitOk(['sparse-checkout', 'set', 'in']);
    expect(readIndexEntry(join(repo.dir, '.git', 'index'), 'out/flags.json').kind).toBe('unsupported');
  });

  it('reads the index GIT_INDEX_FILE names, relative to git\'s folder', () => {
    const repo = repoWith(['flags.json']);
    repo.gitOk(['update-index', '--add', '--cacheinfo', '100644,e69de29bb2d1d6434b8b29ae775ad8c2e48c5391,empty.json'], { env: { GIT_INDEX_FILE: '.git/other-index' } });
    const where = { gitDir: join(repo.dir, '.git'), commonDir: join(repo.dir, '.git'), cwd: repo.dir };
    expect(readStagedEntry({ ...where, env: { GIT_INDEX_FILE: '.git/other-index' } }, 'empty.json')).toEqual({ kind: 'entry', mode: 0o100644, id: 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391' });
    expect(readStagedEntry({ ...where, env: { GIT_INDEX_FILE: '.git/other-index' } }, 'flags.json')).toEqual({ kind: 'absent' });
    expect(readStagedEntry({ ...where, env: {} }, 'flags.json').kind).toBe('entry');
  });

  it('leaves a SHA-256 repository to git', () => {
    const repo = tempRepo({ initArgs: ['--object-format=sha256'] });
    repo.write('flags.json', '{}\n');
    repo.gitOk(['add', 'flags.json']);
    const where = { gitDir: join(repo.dir, '.git'), commonDir: join(repo.dir, '.git'), cwd: repo.dir, env: {} };
    expect(readStagedEntry(where, 'flags.json').kind).toBe('unsupported');
  });

  it('an absent or unreadable index file is unsupported, not an error', () => {
    expect(readIndexEntry('/nonexistent/index', 'flags.json').kind).toBe('unsupported');
  });

  it('never throws on damaged bytes, and never invents an entry git does not have', () => {
    const repo = repoWith(NAMES.slice(0, 8));
    const real = readFileSync(join(repo.dir, '.git', 'index'));
    const { stage0 } = listed(repo);
    const names = [...stage0.keys()];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: real.length }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.constantFrom(...names),
        (cut, flips, name) => {
          const bytes = Buffer.from(real.subarray(0, cut));
          for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
          const result = findIndexEntry(bytes, Buffer.from(name));
          // Intact (no cut, no flip): exactly git's answer.
          if (cut === real.length && flips.length === 0) expect(result).toEqual(stage0.get(name));
          expect(['entry', 'absent', 'unsupported']).toContain(result.kind);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), fc.string(), (bytes, name) => {
      findIndexEntry(Buffer.from(bytes), Buffer.from(name));
    }));
  });
});
