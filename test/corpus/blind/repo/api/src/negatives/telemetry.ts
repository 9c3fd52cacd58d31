// Corpus: blind / api negatives (metrics, tracing, config, caches) that look like flag SDK calls
// Source: prom-client Counter.inc (github.com/siimon/prom-client); node-config config.get / has (github.com/node-config/node-config); ioredis get
import config from 'config';
import { Counter } from 'prom-client';
import Redis from 'ioredis';
import pino from 'pino';

const logger = pino();
const redis = new Redis();
const ordersPlaced = new Counter({ name: 'orders_placed_total', help: 'Orders placed', labelNames: ['surge_pricing'] });

export async function recordOrder(surge: boolean): Promise<void> {
  ordersPlaced.inc({ surge_pricing: String(surge) });
  const cached = await redis.get('orders-split-shipments:last-run');
  const timeoutMs = config.get<number>('shipping.timeoutMs');
  if (config.has('features.referral-program')) {
    logger.info({ timeoutMs, cached }, 'referral-program configured in config file');
  }
  const isEnabled = (name: string) => process.env.NODE_ENV !== 'test' && name.length > 0;
  if (isEnabled('metrics')) {
    logger.debug('metrics enabled');
  }
}

export function describeFlag(flagKey: string): string {
  return `Flag ${flagKey} is evaluated by the orders service (see orders-rate-limits)`;
}
