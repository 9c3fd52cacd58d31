// What running custom patterns on V8's linear-time engine costs a hook process, in fresh
// processes (interleaved): compiling one custom pattern with `gd` on the backtracking engine
// (before) vs loading node:v8, switching the engine on, compiling with `gl`, switching it off
// (after; in a process that has loaded child_process and its streams, as the hook has); and matching the pattern over the anchor lines of a typical commit's diff (200 lines).
// Usage: env -u NODE_EXTRA_CA_CERTS node bench/flags/linear-regexp.mjs [rounds]
import { spawnSync } from 'node:child_process';

const rounds = Number(process.argv[2]) || 40;
const pattern = String.raw`gateOn\(['"](?<flag>[\w-]+)['"]`;
// The hook has spawned git and opened its output streams by the time it compiles patterns: what
// node:v8 shares with them is loaded already, so the child loads them first too.
const child = (mode) => `
require('node:child_process'); process.stdout; process.stderr;
const t0 = process.hrtime.bigint();
let regex;
if (${JSON.stringify(mode)} === 'backtracking') regex = new RegExp(${JSON.stringify(pattern)}, 'gd');
else {
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--enable-experimental-regexp-engine');
  regex = new RegExp(${JSON.stringify(`(?<proveHooksBeforeFlag>gateOn\\(['"])(?<flag>[\\w-]+)['"]`)}, 'gl');
  v8.setFlagsFromString('--no-enable-experimental-regexp-engine');
}
const t1 = process.hrtime.bigint();
const lines = Array.from({ length: 200 }, (_, i) => '+  if (gateOn("feature-' + i + '") && user.count > ' + i + ') { render(state, props); }');
let found = 0;
for (const line of lines) { regex.lastIndex = 0; for (let m = regex.exec(line); m !== null; m = regex.exec(line)) found += m.groups.flag.length; }
const t2 = process.hrtime.bigint();
process.stdout.write(JSON.stringify({ compileMs: Number(t1 - t0) / 1e6, matchMs: Number(t2 - t1) / 1e6, found }));
`;
const samples = { backtracking: { compileMs: [], matchMs: [] }, linear: { compileMs: [], matchMs: [] } };
for (let round = 0; round < rounds; round++) {
  for (const mode of round % 2 ? ['linear', 'backtracking'] : ['backtracking', 'linear']) {
    const result = spawnSync(process.execPath, ['-e', child(mode)], { encoding: 'utf8' });
    const { compileMs, matchMs } = JSON.parse(result.stdout);
    samples[mode].compileMs.push(compileMs);
    samples[mode].matchMs.push(matchMs);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const min = (values) => Math.min(...values);
console.log(`rounds: ${rounds}, a fresh process each, interleaved; ms`);
for (const mode of ['backtracking', 'linear']) {
  const s = samples[mode];
  console.log(`  ${mode.padEnd(13)} compile median ${median(s.compileMs).toFixed(3)} min ${min(s.compileMs).toFixed(3)}   match 200 lines median ${median(s.matchMs).toFixed(3)} min ${min(s.matchMs).toFixed(3)}`);
}
