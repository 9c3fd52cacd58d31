// Corpus: blind7, api service: dynamic pricing with Statsig server SDK (statsig-node).
// Source: statsig-node docs (checkGate(user, gate), getExperiment(user, name), getLayer, getConfig, DynamicConfig.get).
import Statsig, { type StatsigUser, type DynamicConfig, type Layer } from 'statsig-node';
import { RatesClient, type Rate } from './rates-client';
import { logger } from '../logging';
import { metrics } from '../metrics';

export interface PriceRequest {
  userId: string;
  market: string;
  currency: string;
  hotelId: string;
  nights: number;
  loyaltyTier?: 'silver' | 'gold' | 'platinum';
}

export interface Price {
  base: number;
  discount: number;
  total: number;
  badges: string[];
}

function toStatsigUser(request: PriceRequest): StatsigUser {
  return {
    userID: request.userId,
    country: request.market,
    custom: { currency: request.currency, tier: request.loyaltyTier ?? 'none' },
  };
}

export class PricingService {
  constructor(private readonly rates: RatesClient) {}

  async price(request: PriceRequest): Promise<Price> {
    const user = toStatsigUser(request);
    const started = performance.now();
    const rates: Rate[] = await this.rates.forHotel(request.hotelId, request.nights);
    const base = rates.reduce((sum, rate) => sum + rate.amount, 0);

    const dynamicPricing = await Statsig.checkGate(user, 'pr_dynamic_pricing');
    const discountExperiment = await Statsig.getExperiment(user, 'pr_member_discount');
    const percent = dynamicPricing ? discountExperiment.get('percent', 0) : 0;

    const badgeLayer: Layer = await Statsig.getLayer(user, 'pr_badges_layer');
    const badges: string[] = [];
    if (badgeLayer.get('showDeal', false)) badges.push('deal');
    if (badgeLayer.get('showScarcity', false)) badges.push('scarcity');

    metrics.histogram('pricing.duration_ms', performance.now() - started);
    const discount = Math.round(base * percent) / 100;
    return { base, discount, total: base - discount, badges };
  }

  async roundingRules(request: PriceRequest): Promise<{ step: number; mode: string }> {
    let config: DynamicConfig;
    try {
      config = await Statsig.getConfig(
        toStatsigUser(request),
        'pr_rounding_rules',
      );
    } catch (error) {
      logger.error('pr_rounding_rules could not be read, using cents', { error });
      return { step: 0.01, mode: 'half-up' };
    }
    return { step: config.get('step', 0.01), mode: config.getValue('mode', 'half-up') as string };
  }

  async taxDisplay(request: PriceRequest): Promise<'inclusive' | 'exclusive'> {
    const user = toStatsigUser(request);
    const inclusive = await Statsig.checkGateWithExposureLoggingDisabled(user, 'pr_tax_inclusive');
    if (inclusive) Statsig.manuallyLogGateExposure(user, 'pr_tax_inclusive');
    return inclusive ? 'inclusive' : 'exclusive';
  }

  async isMarketGateOn(request: PriceRequest, gate: string): Promise<boolean> {
    return Statsig.checkGate(toStatsigUser(request), gate);
  }
}
