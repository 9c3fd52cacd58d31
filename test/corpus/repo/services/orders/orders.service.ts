// Corpus: orders service (Node), LaunchDarkly server SDK and Statsig server core as a NestJS service writes them.
// Source: @launchdarkly/node-server-sdk LDClient (boolVariationDetail(key, context, defaultValue),
// jsonVariation(key, context, defaultValue), allFlagsState(context, options) -> LDFlagsState.getFlagValue(key)),
// @statsig/statsig-node-core Statsig (checkGate(user, name), getDynamicConfig(user, name),
// getExperiment(user, name), getLayer(user, name)).
import { Injectable, Logger } from '@nestjs/common';
import type { LDClient, LDContext } from '@launchdarkly/node-server-sdk';
import { Statsig, StatsigUser } from '@statsig/statsig-node-core';

interface OrderLimits {
  maxItems: number;
  maxValueCents: number;
}

@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);

  constructor(
    private readonly ldClient: LDClient,
    private readonly statsig: Statsig,
  ) {}

  async submit(orderId: string, account: { id: string; plan: string }): Promise<void> {
    const context: LDContext = { kind: 'organization', key: account.id, plan: account.plan };
    const detail = await this.ldClient.boolVariationDetail(
      'orders-batch-submit',
      context,
      false,
    );
    if (detail.reason.kind === 'ERROR') {
      this.logger.warn(`orders-batch-submit evaluation failed for ${orderId}`);
    }
    const limits = (await this.ldClient.jsonVariation('orders-limits', context, {
      maxItems: 50,
      maxValueCents: 1_000_00,
    })) as OrderLimits;
    const state = await this.ldClient.allFlagsState(context, { clientSideOnly: true });
    const banner = state.getFlagValue('orders-banner');
    this.logger.log(`limits ${limits.maxItems}, banner ${String(banner)}`);
  }

  refundPolicy(userId: string, email: string) {
    const user = new StatsigUser({ userID: userId, email });
    const fastRefund = this.statsig.checkGate(user, 'orders_fast_refund');
    const retry = this.statsig.getExperiment(new StatsigUser({ userID: userId, custom: { tier: 'gold' } }), 'orders_retry_policy');
    const limits = this.statsig
      .getDynamicConfig(user, 'orders_limits_config')
      .get('max_refund_cents', 5000);
    const layer = this.statsig.getLayer(
      user,
      'orders_checkout_layer',
    );
    return { fastRefund, attempts: retry.get('attempts', 3), limits, cta: layer.get('cta', 'Refund') };
  }
}
