// A deterministic large repository for `prove-hooks flags`: files in TS/JS, Python, Go and Java
// with flag references in many call forms, a few minified files, and a registry of `flagCount`
// flags. Same seed, same bytes. Built in a temporary folder, never inside the project's tree.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, fast, seedable PRNG. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const flagKey = (i) => `flag-${['checkout', 'search', 'banner', 'billing', 'editor', 'upload'][i % 6]}-${i}`;
const constantOf = (key) => key.toUpperCase().replace(/-/g, '_');

const FORMS = {
  ts: [
    (k) => `  if (ldClient.variation('${k}', false)) { render(); }`,
    (k) => `  const on = useFlag('${k}');`,
    (k) => `  const value = await client.getBooleanValue('${k}', false);`,
    (k) => `  if (unleash.isEnabled('${k}')) start();`,
    (k) => `  const enabled = posthog.isFeatureEnabled('${k}');`,
    (k) => `  if (process.env.FF_${constantOf(k)} === 'true') boot();`,
  ],
  py: [
    (k) => `    if ld_client.variation("${k}", user, False):`,
    (k) => `    enabled = client.get_boolean_value("${k}", False)`,
    (k) => `    if os.environ.get("FF_${constantOf(k)}"):`,
  ],
  go: [
    (k) => `\tif on, _ := ldClient.BoolVariation("${k}", ctx, false); on {`,
    (k) => `\tvalue, _ := client.BooleanValue(ctx, "${k}", false, evalCtx)`,
  ],
  java: [
    (k) => `        if (ldClient.boolVariation("${k}", context, false)) {`,
    (k) => `        boolean on = client.getBooleanValue("${k}", false);`,
  ],
};
FORMS.js = FORMS.ts;

const FILLER = {
  ts: ['  const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);', '  // Recompute the layout when the viewport changes size or orientation.', '  export function formatAmount(value: number): string { return value.toFixed(2); }', '  for (const entry of entries) { if (entry.id === id) return entry; }'],
  py: ['    total = sum(item.price * item.quantity for item in items)', '    # Recompute the layout when the viewport changes size or orientation.', '    def format_amount(value): return f"{value:.2f}"', '    for entry in entries:'],
  go: ['\ttotal := 0.0 // running sum of the order lines', '\t// Recompute the layout when the viewport changes size or orientation.', '\tfor _, entry := range entries { if entry.ID == id { return entry } }', '\tresult := fmt.Sprintf("%.2f", value)'],
  java: ['        double total = items.stream().mapToDouble(Item::price).sum();', '        // Recompute the layout when the viewport changes size or orientation.', '        for (Entry entry : entries) { if (entry.id() == id) return entry; }', '        String result = String.format("%.2f", value);'],
};
FILLER.js = FILLER.ts;

const EXTENSIONS = ['ts', 'ts', 'js', 'py', 'go', 'java'];

/**
 * Writes the repository at `dir` (emptied first) and commits it. `files` files of about
 * `bytesPerFile` bytes; one line in `referenceEvery` references a flag. Returns the keys.
 */
export function buildInventoryRepo(dir, { files = 20_000, bytesPerFile = 10_000, flagCount = 1000, referenceEvery = 40, seed = 16 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const keys = Array.from({ length: flagCount }, (_, i) => flagKey(i));
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const ext = EXTENSIONS[f % EXTENSIONS.length];
    const folder = `pkg${f % 50}/mod${Math.floor(f / 50) % 40}`;
    const lines = [];
    let size = 0;
    while (size < bytesPerFile) {
      const line = random() * referenceEvery < 1 ? pick(FORMS[ext])(pick(keys)) : pick(FILLER[ext]);
      lines.push(line);
      size += line.length + 1;
    }
    const text = `${lines.join('\n')}\n`;
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, `file${f}.${ext}`), text);
    bytes += text.length;
  }
  // A few minified bundles: one excluded by name (*.min.js), others with lines over the cap.
  for (let m = 0; m < 4; m++) {
    const body = Array.from({ length: 4000 }, () => `function a${Math.floor(random() * 1e6)}(b){return ldClient.variation('${pick(keys)}',!1)&&b}`).join(';');
    const name = m === 0 ? 'vendor/bundle.min.js' : `public/app${m}.js`;
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), `${body}\n`);
    bytes += body.length + 1;
  }
  writeRegistry(dir, keys);
  writeFileSync(join(dir, '.proverc.json'), `${JSON.stringify({ flags: { registries: [{ path: 'flags.json', scope: '' }] } }, null, 2)}\n`);
  writeFileSync(join(dir, 'keys.txt'), `${keys.join('\n')}\n`);
  const git = (args) => {
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com' }, maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git(['init', '-q', '-b', 'main']);
  // keys.txt is ripgrep's input, not part of the scanned repository.
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'keys.txt\n');
  git(['add', '-A']);
  git(['commit', '-qm', 'fixture', '--no-verify']);
  return { keys, bytes };
}

/** Rewrites the registry with the first `count` keys (the rest become unknown keys). */
export function writeRegistry(dir, keys) {
  const statuses = ['active', 'active', 'active', 'active', 'deprecated', 'archived'];
  const flags = keys.map((key, i) => ({ key, status: statuses[i % statuses.length], owner: `team-${i % 7}`, ...(i % 11 === 0 ? { expires: '2024-01-01' } : {}) }));
  writeFileSync(join(dir, 'flags.json'), `${JSON.stringify({ flags }, null, 1)}\n`);
}
