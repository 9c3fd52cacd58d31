// What importing a package costs a Node process that starts for one hook run: `node -e 0`
// against `node -e "require('<package>')"`, interleaved, wall time of the whole process.
//   env -u NODE_EXTRA_CA_CERTS node bench/import-cost.mjs [--rounds 30] <package> [<package> ...]
// Used to decide what stays off the hook path (docs/ARCHITECTURE.md).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { rounds: { type: 'string', default: '30' } }, allowPositionals: true });
const rounds = Number(values.rounds);
if (positionals.length === 0 || !Number.isInteger(rounds) || rounds < 3) {
  console.error('usage: node bench/import-cost.mjs [--rounds 30] <package> [<package> ...]');
  process.exit(2);
}
const variants = [{ name: 'node -e 0', code: '0' }, ...positionals.map((name) => ({ name: `require('${name}')`, code: `require(${JSON.stringify(name)})` }))];
const samples = new Map(variants.map((variant) => [variant.name, []]));
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < variants.length; i++) {
    const variant = variants[(i + round) % variants.length];
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['-e', variant.code], { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${variant.name} failed (exit ${result.status}): is it installed?`);
    samples.get(variant.name).push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const base = samples.get('node -e 0');
console.log(`${rounds} interleaved rounds, node ${process.version}; wall ms of the whole process`);
for (const [name, xs] of samples) {
  const extra = name === 'node -e 0' ? '' : `  +${(median(xs) - median(base)).toFixed(1)} ms median, +${(Math.min(...xs) - Math.min(...base)).toFixed(1)} ms min`;
  console.log(`  ${name.padEnd(30)} median ${median(xs).toFixed(1).padStart(6)}  min ${Math.min(...xs).toFixed(1).padStart(6)}${extra}`);
}
