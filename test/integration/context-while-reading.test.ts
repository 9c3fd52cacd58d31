// The context scan of each changed file runs as soon as its diff lines and images are in (while
// git still writes the rest of the diff or reads the other images): the report must not depend
// on how the diff arrives, and the scans must really start before the diff has ended.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { configSchema } from '../../src/config/schema.js';
import { GIT_STREAMS, type GitStream, type GitStreamRunner } from '../../src/git/run-git.js';
import { ContextCollector } from '../../src/hooks/flag-context.js';
import { runFlagCheck, type FlagCheckOutcome } from '../../src/hooks/flag-check.js';
import { loadFlagKnowledge } from '../../src/hooks/flag-knowledge.js';
import { FULL_SOURCES } from '../../src/hooks/full-sources.js';
import { createFlagRepo } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
  vi.restoreAllMocks();
});

const FLAGS = { presets: ['launchdarkly', 'unleash', 'env'], envPrefix: 'FF_', aliasCaseVariants: ['camel'] };

/** A wrapped call, a result-object binding read later, and an env read: forms only the context shows. */
const source = (n: number, key: string): string =>
  [
    `export function part${n}() {`,
    `  const value = ldClient.variation(`,
    `    '${key}',`,
    `    false,`,
    `  );`,
    ...Array.from({ length: 40 }, (_, k) => `  const filler${k} = ${k};`),
    `  if (unleash.isEnabled('new-checkout')) run(process.env.FF_NEW_CHECKOUT);`,
    `  return value;`,
    `}`,
    '',
  ].join('\n');

/**
 * Runs git for real, but hands the flag check the staged diff `sliceBytes` at a time as a spool
 * does (into the parser's memory, then a read of none while "git is behind"), waiting `pauseMs`
 * between slices, as a diff git is still writing arrives; Infinity: all at once.
 */
function slicedStreams(sliceBytes: number, pauseMs: number): GitStreamRunner {
  const slowly = (real: GitStream): GitStream => ({
    async consume(onChunk, readChunk) {
      const parts: Buffer[] = [];
      const { bytes } = await real.consume((chunk) => parts.push(Buffer.from(chunk)));
      const whole = Buffer.concat(parts);
      for (let at = 0; at < whole.length; ) {
        const slice = whole.subarray(at, Math.min(whole.length, at + sliceBytes));
        if (readChunk === undefined) {
          onChunk(slice);
          at += slice.length;
        } else {
          readChunk((into, offset, length) => {
            const count = Math.min(length, slice.length);
            into.set(slice.subarray(0, count), offset);
            at += count;
            return count;
          });
          readChunk(() => 0);
        }
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
      return { bytes };
    },
    cancel: () => real.cancel(),
  });
  return {
    stream: (args, options, max) => slowly(GIT_STREAMS.stream(args, options, max)),
    spool: (args, options, max) => slowly(GIT_STREAMS.stream(args, options, max)),
  };
}

async function check(dir: string, env: NodeJS.ProcessEnv, streams: GitStreamRunner): Promise<FlagCheckOutcome> {
  const flags = configSchema.parse({ flags: FLAGS }).flags;
  const knowledge = await loadFlagKnowledge(flags, { repoRoot: dir, gitCommonDir: join(dir, '.git'), toolVersion: 'test', parseRegistry: FULL_SOURCES.parseRegistry });
  return runFlagCheck({ target: { kind: 'staged' }, flags, knowledge, repoRoot: dir, env, today: '2026-12-07', now: () => 0, streams, listReferences: true });
}

describe('the context scan while git still reads', () => {
  it('reports the same findings, references and removals whether the diff comes at once or a few bytes at a time', async () => {
    const r = createFlagRepo(FLAGS);
    repo = r;
    const files = 8;
    for (let n = 0; n < files; n++) r.write(`src/part${n}.ts`, source(n, n % 2 === 0 ? 'new-checkout' : 'dark-mode'));
    r.gitOk(['add', '-A']);
    r.gitOk(['commit', '-qm', 'chore: parts [T-2026-12-07-001] [MODE:NF]']);
    // Each file changes its wrapped call's key (a removal and an addition) and one line far below.
    for (let n = 0; n < files; n++) {
      const text = source(n, n % 3 === 0 ? 'old-banner' : 'ghost-flag').replace('const filler20 = 20;', `const filler20 = ${n + 100};`);
      r.write(`src/part${n}.ts`, text);
    }
    // A new file too: its whole text is its post-image.
    r.write('src/zz-new.ts', source(99, 'beta-search'));
    r.gitOk(['add', '-A']);

    const evaluatedAfter: number[] = [];
    const evaluate = ContextCollector.prototype.evaluate;
    vi.spyOn(ContextCollector.prototype, 'evaluate').mockImplementation(function (this: ContextCollector, ...args) {
      // How many files were scanned while the diff was still coming in.
      evaluatedAfter.push((this as unknown as { queueHead: number }).queueHead);
      return evaluate.apply(this, args);
    });
    const atOnce = await check(r.dir, r.env, slicedStreams(Number.POSITIVE_INFINITY, 0));
    const sliced = await check(r.dir, r.env, slicedStreams(97, 3));
    const shape = (outcome: FlagCheckOutcome) => ({ report: outcome.report, removed: [...outcome.removedFlags].sort() });
    expect(shape(sliced)).toEqual(shape(atOnce));
    expect(atOnce.report.findings.map((f) => [f.rule, f.flag, f.file])).toContainEqual(['flag-removed', 'new-checkout', 'src/part0.ts']);
    expect(atOnce.report.references?.filter((row) => row.file === 'src/zz-new.ts').map((row) => row.flag)).toEqual(['beta-search', 'new-checkout', 'new-checkout']);
    // At once: nothing could be scanned before the diff ended; a few bytes at a time: the files
    // whose diff and images were in were scanned meanwhile.
    expect(evaluatedAfter[0]).toBe(0);
    expect(evaluatedAfter[1]).toBeGreaterThan(0);
  });
});
