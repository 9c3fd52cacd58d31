// Preloaded with `node --import` by bench/flags/process.ts: writes the process's peak resident
// set size (KiB) to the file named by PROVE_BENCH_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';

const target = process.env.PROVE_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
