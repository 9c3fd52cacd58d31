// Corpus: the environment object destructured from process, then flag variables read from it (Node).
// Source: Node.js process.env (nodejs.org/api/process.html#processenv), a property of the process object.
const { env, argv } = process;

export const workerOptions = {
  dryRun: env.FF_INVENTORY_DRY_RUN === 'true',
  debugGateway: env['FF_GATEWAY_DEBUG'] === '1',
  home: env.HOME,
  verbose: argv.includes('--verbose'),
};
