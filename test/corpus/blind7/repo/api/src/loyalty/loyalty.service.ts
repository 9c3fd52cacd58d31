// Corpus: blind7, api service: loyalty points, with ConfigCat, DevCycle, OpenFeature and Flagsmith server SDKs.
// Source: configcat-node docs (getValueAsync(key, default, user)), @devcycle/nodejs-server-sdk (variableValue(user, key, default),
// variable(user, key, default).value), @openfeature/server-sdk (getNumberDetails), flagsmith-nodejs (getIdentityFlags).
import * as configcat from 'configcat-node';
import type { DevCycleUser } from '@devcycle/nodejs-server-sdk';
import type { Client as OpenFeatureClient, EvaluationContext } from '@openfeature/server-sdk';
import type { FlagClients } from '../flags/clients';
import { openFeatureClient } from '../flags/clients';
import { LedgerRepository, type LedgerEntry } from './ledger.repository';
import { logger } from '../logging';

const TIER_MULTIPLIERS: Record<string, number> = { none: 1, silver: 1.25, gold: 1.5, platinum: 2 };

export class LoyaltyService {
  private readonly features: OpenFeatureClient = openFeatureClient;

  constructor(
    private readonly clients: FlagClients,
    private readonly ledger: LedgerRepository,
  ) {}

  async pointsFor(customerId: string, tier: string, amount: number): Promise<number> {
    const user = new configcat.User(customerId, undefined, undefined, { tier });
    const doublePoints = await this.clients.configcat.getValueAsync('loyDoublePoints', false, user);
    const rate = await this.clients.configcat.getValueAsync<number>(
      'loyPointsPerEuro',
      1,
      user,
    );
    const multiplier = TIER_MULTIPLIERS[tier] ?? 1;
    return Math.floor(amount * rate * multiplier * (doublePoints ? 2 : 1));
  }

  async expiryPolicy(customerId: string): Promise<{ months: number; warnDays: number }> {
    const user: DevCycleUser = { user_id: customerId, customData: { product: 'tripwise' } };
    const months = this.clients.devcycle.variableValue(user, 'loy-expiry-months', 24);
    const warning = this.clients.devcycle.variable(user, 'loy-expiry-warning-days', 30);
    if (warning.isDefaulted) logger.debug('loy-expiry-warning-days defaulted');
    return { months, warnDays: warning.value };
  }

  async redemptionCap(customerId: string, context: EvaluationContext = {}): Promise<number> {
    const details = await this.features.getNumberDetails('loy-redemption-cap', 5000, {
      targetingKey: customerId,
      ...context,
    });
    if (details.errorCode) {
      logger.warn('redemption cap flag errored', { code: details.errorCode, reason: details.reason });
    }
    return details.value;
  }

  async partnerEarning(customerId: string): Promise<boolean> {
    const flags = await this.clients.flagsmith.getIdentityFlags(customerId, { plan: 'member' });
    const ledgerEntries: LedgerEntry[] = await this.ledger.recent(customerId, 10);
    const active = ledgerEntries.some((entry) => entry.kind === 'earn');
    const partnerOn = flags.isFeatureEnabled('loy_partner_earning');
    const cap = flags.getFeatureValue('loy_partner_cap');
    logger.info('partner earning', { active, partnerOn, cap });
    return active && partnerOn;
  }

  async statement(customerId: string): Promise<LedgerEntry[]> {
    const entries = await this.ledger.recent(customerId, 100);
    const showPending = await this.features.getBooleanValue('loy-statement-pending', false, { targetingKey: customerId });
    return showPending ? entries : entries.filter((entry) => entry.status !== 'pending');
  }
}
