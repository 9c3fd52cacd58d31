// Corpus: the environment object bound to a name, then flag variables read from it (Node).
// Source: Node.js process.env (nodejs.org/api/process.html#processenv), an object of the user environment.
const env = process.env;
const { FF_ORDERS_ASYNC: ordersAsync = 'false' } = process.env;

export const settings = {
  fastExport: env.FF_FAST_EXPORT === 'true',
  maintenance: env['FF_MAINTENANCE_MODE'] === '1',
  ordersAsync: ordersAsync === 'true',
  home: env.HOME ?? '/',
  port: Number(env.PORT ?? 8080),
};
