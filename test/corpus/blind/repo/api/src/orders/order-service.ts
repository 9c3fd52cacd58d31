// Corpus: blind / api order service (LaunchDarkly Node.js server SDK)
// Source: @launchdarkly/node-server-sdk LDClient.variation / boolVariation / jsonVariation / variationDetail / allFlagsState / migrationVariation (js-core packages/shared/sdk-server src/api/LDClient.ts)
import { init, type LDClient, type LDContext, LDMigrationStage } from '@launchdarkly/node-server-sdk';
import type { Order, OrderRepository } from './types';
import { logger } from '../logging';

export class OrderService {
  private readonly ldClient: LDClient;

  constructor(
    private readonly repo: OrderRepository,
    sdkKey: string,
  ) {
    this.ldClient = init(sdkKey);
  }

  private contextFor(order: Order): LDContext {
    return { kind: 'multi', user: { key: order.customerId }, organization: { key: order.merchantId, plan: order.plan } };
  }

  async placeOrder(order: Order): Promise<Order> {
    const context = this.contextFor(order);
    const splitShipments = await this.ldClient.variation('orders-split-shipments', context, false);
    const fraudCheck = await this.ldClient.boolVariation(
      'orders-fraud-screening-v2',
      context,
      true,
    );
    const limits = (await this.ldClient.jsonVariation('orders-rate-limits', context, { perMinute: 60 })) as { perMinute: number };

    const detail = await this.ldClient.variationDetail(
      'orders-async-confirmation',
      context,
      false,
    );
    logger.info({ reason: detail.reason }, 'async confirmation evaluated');

    const { stage } = await this.ldClient.migrationVariation('orders-db-migration', context, LDMigrationStage.Off);
    logger.debug({ stage, splitShipments, fraudCheck, limits }, 'order flags');
    return this.repo.save(order);
  }

  async bootstrapFor(order: Order): Promise<Record<string, unknown>> {
    const state = await this.ldClient.allFlagsState(this.contextFor(order), { clientSideOnly: true });
    const receiptsV2 = state.getFlagValue('orders-receipts-v2');
    return { ...state.toJSON(), receiptsV2 };
  }

  async marketFlag(order: Order, market: string): Promise<boolean> {
    return this.ldClient.boolVariation(`orders-${market}-tax-rules`, this.contextFor(order), false);
  }
}
