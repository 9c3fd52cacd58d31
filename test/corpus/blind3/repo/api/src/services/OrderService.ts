// Corpus: blind3 api, a service with an injected Unleash client (NestJS-style constructor injection).
// Source: unleash-client, lib/unleash.d.ts (Unleash.isEnabled(name, context?, fallback?), getVariant(name, context?)).
import { Injectable } from '@nestjs/common';
import { Unleash, type Context as UnleashContext } from 'unleash-client';
import { Logger } from '../logger';

const TOGGLE_PREFIX = 'orders.';
const SPLIT_SHIPMENTS = 'orders.split-shipments';

@Injectable()
export class OrderService {
  constructor(
    private readonly toggles: Unleash,
    private readonly logger: Logger,
  ) {}

  canSplitShipments(ctx: UnleashContext): boolean {
    return this.toggles.isEnabled(SPLIT_SHIPMENTS, ctx);
  }

  packagingVariant(ctx: UnleashContext): string {
    const variant = this.toggles.getVariant(
      'orders.packaging-experiment',
      ctx,
    );
    return variant.enabled ? variant.name : 'standard';
  }

  allowsPreorders(ctx: UnleashContext): boolean {
    // if (this.toggles.isEnabled('orders.legacy-checkout', ctx)) return false;
    return this.toggles.isEnabled('orders.preorders', ctx, () => false);
  }

  regionToggle(region: string, ctx: UnleashContext): boolean {
    return this.toggles.isEnabled(TOGGLE_PREFIX + region, ctx);
  }

  enabledChannels(ctx: UnleashContext): string[] {
    const channels: string[] = [];
    for (const toggle of ['orders.channel-email', 'orders.channel-sms']) {
      if (this.toggles.isEnabled(toggle, ctx)) channels.push(toggle);
    }
    if (this.logger.isEnabled('debug')) this.logger.debug(`channels ${channels.join(',')}`);
    return channels;
  }
}
