// The library entry: the public API of the core, for scripts and other tools.
export * from './errors.js';
export { runCli } from './cli/run.js';
