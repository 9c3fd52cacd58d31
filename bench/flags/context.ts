// The context scan's own cost, in process (tinybench): the flag check of each fixture's staged
// diff with the changed files' context read (the staged post-images and HEAD's pre-images) and
// without it (the diff lines alone), side by side. Git runs for real (the diff and one
// `git cat-file --batch`), the hook's start-up does not: the difference is what the context adds.
// Usage: node bench/flags/run.mjs context [--iterations N] [--only b|b'|c]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { flagsSchema } from '../../src/config/schema.js';
import { loadFlagKnowledge } from '../../src/hooks/flag-knowledge.js';
import { FULL_SOURCES } from '../../src/hooks/full-sources.js';
import { runFlagCheck } from '../../src/hooks/flag-check.js';
import { MODIFIED, TYPICAL, TYPICAL_CLEAN, buildFixtureRepo, buildModifiedFixtureRepo } from './fixture.js';

const args = process.argv.slice(2);
const iterations = Number(args[args.indexOf('--iterations') + 1]) || 30;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const fixtures = (
  [
  ['b', 'flags-typical', () => buildFixtureRepo(join(process.cwd(), '.bench-tmp', 'flags-typical'), TYPICAL)],
  ["b'", 'flags-typical-clean', () => buildFixtureRepo(join(process.cwd(), '.bench-tmp', 'flags-typical-clean'), TYPICAL_CLEAN)],
    ['c', 'flags-modified', () => buildModifiedFixtureRepo(join(process.cwd(), '.bench-tmp', 'flags-modified'), MODIFIED)],
  ] as const
).filter(([name]) => only === undefined || name === only);

const flags = flagsSchema.parse({});
const now = (): number => performance.now();
const checks = new Map<string, () => Promise<void>>();
const bench = new Bench({ iterations, time: 0, warmup: true, warmupIterations: 5 });
for (const [name, folder, build] of fixtures) {
  const repoRoot = join(process.cwd(), '.bench-tmp', folder);
  if (!existsSync(join(repoRoot, '.git'))) {
    console.log(`building ${folder} ...`);
    build();
  }
  const knowledge = await loadFlagKnowledge(flags, { repoRoot, gitCommonDir: join(repoRoot, '.git'), toolVersion: 'bench', parseRegistry: FULL_SOURCES.parseRegistry });
  const check = (context: boolean) => () =>
    runFlagCheck({ target: { kind: 'staged' }, flags, knowledge, repoRoot, env: process.env, today: '2026-12-07', now, context }).then(() => undefined);
  const sample = await runFlagCheck({ target: { kind: 'staged' }, flags, knowledge, repoRoot, env: process.env, today: '2026-12-07', now, context: true });
  console.log(`(${name}): ${sample.report.findings.length} findings with the context`);
  for (const [label, fn] of [[`(${name}) diff lines alone`, check(false)], [`(${name}) with the context`, check(true)]] as const) {
    checks.set(label, fn);
    bench.add(label, fn);
  }
}
await bench.run();
// CPU time of this process alone (git's excluded): on a machine shared with other work it moves
// far less than wall time. Paired rounds, order swapped each round.
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const cpuRows: string[] = [];
for (const [name] of fixtures) {
  const tasks = [...checks].filter(([label]) => label.startsWith(`(${name}) `)).map(([label, fn]) => ({ name: label, fn }));
  const samples = new Map(tasks.map((task) => [task.name, [] as number[]]));
  for (let round = 0; round < iterations; round++) {
    for (const task of round % 2 === 0 ? tasks : [...tasks].reverse()) {
      const before = cpuMs();
      await task.fn();
      samples.get(task.name)!.push(cpuMs() - before);
    }
  }
  const [without, withContext] = tasks.map((task) => [...samples.get(task.name)!].sort((x, y) => x - y));
  const mid = (list: number[]): number => list[list.length >> 1]!;
  cpuRows.push(`(${name}): cpu of this process, median ${mid(withContext!).toFixed(1)} ms with the context, ${mid(without!).toFixed(1)} without (+${(mid(withContext!) - mid(without!)).toFixed(1)}); min ${withContext![0]!.toFixed(1)} vs ${without![0]!.toFixed(1)} (+${(withContext![0]! - without![0]!).toFixed(1)})`);
}

const medianOf = (name: string): number => {
  const result = bench.tasks.find((task) => task.name === name)?.result;
  return result?.state === 'completed' ? result.latency.p50 : Number.NaN;
};
const minOf = (name: string): number => {
  const result = bench.tasks.find((task) => task.name === name)?.result;
  return result?.state === 'completed' ? result.latency.min : Number.NaN;
};
for (const [name] of fixtures) {
  const [without, withContext] = [`(${name}) diff lines alone`, `(${name}) with the context`];
  console.log(
    `(${name}): median ${medianOf(withContext).toFixed(1)} ms with the context, ${medianOf(without).toFixed(1)} without (+${(medianOf(withContext) - medianOf(without)).toFixed(1)}); min ${minOf(withContext).toFixed(1)} vs ${minOf(without).toFixed(1)} (+${(minOf(withContext) - minOf(without)).toFixed(1)})`,
  );
}
for (const row of cpuRows) console.log(row);
