// Inputs shared by suites: default configuration sections, and deterministic text generators.

/** The default commitMsg section, from the schema (so benchmarks use what users get). */
export async function loadDefaultCommitMsgConfig() {
  const { commitMsgSchema } = await import('../../config/schema.js');
  return commitMsgSchema.parse({});
}

/** A small deterministic generator (mulberry32), so every process benchmarks the same inputs. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DiffShape {
  /** Added lines in the whole diff (spread over files of 200 lines). */
  readonly lines: number;
  /** Every n-th added line references a flag (0: none). */
  readonly flagEvery: number;
  /** How many distinct flags exist (references cycle through them). */
  readonly flagCount: number;
  readonly seed: number;
}

/** The flag keys a generated registry and diff share: `flag-0` .. `flag-(n-1)`. */
export function flagKeys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `flag-${i}`);
}

/** A deterministic `git diff` of new TypeScript files, some lines calling a LaunchDarkly SDK. */
export function generateDiff(shape: DiffShape): Uint8Array {
  const random = createSeededRandom(shape.seed);
  const keys = flagKeys(shape.flagCount);
  const out: string[] = [];
  const perFile = 200;
  for (let file = 0; file * perFile < shape.lines; file++) {
    const count = Math.min(perFile, shape.lines - file * perFile);
    const path = `src/module-${file}/feature-${file}.ts`;
    out.push(`diff --git a/${path} b/${path}`, 'new file mode 100644', 'index 0000000..1111111', '--- /dev/null', `+++ b/${path}`, `@@ -0,0 +1,${count} @@`);
    for (let i = 0; i < count; i++) {
      const n = file * perFile + i;
      if (shape.flagEvery > 0 && keys.length > 0 && n % shape.flagEvery === 0) {
        out.push(`+  const enabled${n} = await client.boolVariation('${keys[n % keys.length]}', context, false);`);
      } else {
        out.push(`+  const value${n} = compute(${Math.floor(random() * 1e6)}, 'text ${n}') + other.field${n % 17};`);
      }
    }
  }
  return new TextEncoder().encode(`${out.join('\n')}\n`);
}

/** A JSON registry text with `count` flags (some deprecated, some with aliases). */
export function generateRegistryJson(count: number): string {
  const flags = flagKeys(count).map((key, i) => ({
    key,
    status: i % 10 === 9 ? 'deprecated' : 'active',
    owner: `team-${i % 7}`,
    description: `Flag number ${i}, generated for benchmarks.`,
    ...(i % 5 === 0 ? { aliases: [key.toUpperCase().replace(/-/g, '_')] } : {}),
  }));
  return JSON.stringify({ flags }, null, 2);
}
