// Corpus: blind / web build-time environment flags (FF_ prefix)
// Source: Node.js process.env (nodejs.org/api/process.html#processenv); the team's FF_ convention for environment flags
export const ENV_FLAGS = {
  mockPayments: process.env.FF_MOCK_PAYMENTS === 'true',
  verboseTracing: process.env['FF_VERBOSE_TRACING'] === '1',
  edgeCache: process.env.FF_EDGE_CACHE !== 'off',
};

const { FF_SERVICE_WORKER, NODE_ENV } = process.env;

export function serviceWorkerEnabled(): boolean {
  return NODE_ENV === 'production' && FF_SERVICE_WORKER === 'true';
}

export function envFlag(name: string): boolean {
  return process.env[`FF_${name.toUpperCase()}`] === 'true';
}
