// The least any Node hook that reads the staged diff can cost: start Node, load child_process,
// spawn the same `git diff` pre-commit runs, and drain its output without looking at it.
// bench/flags/process.ts times it beside the floors (a reference row, not a target): the gap
// between this and the floor is what Node and the spawn cost before a single byte is scanned.
'use strict';
const { spawn } = require('node:child_process');

const git = spawn('git', ['diff', '--cached', '-U0', '--no-ext-diff', '--no-color'], { stdio: ['ignore', 'pipe', 'inherit'] });
git.stdout.on('data', () => {});
git.on('close', (code) => {
  process.exitCode = code ?? 1;
});
