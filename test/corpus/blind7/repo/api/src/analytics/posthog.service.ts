// Corpus: blind7, api service: PostHog server flags (posthog-node), key first and distinct id second.
// Source: posthog-node reference (isFeatureEnabled(key, distinctId, options), getFeatureFlag, getFeatureFlagPayload).
import { PostHog } from 'posthog-node';
import { logger } from '../logging';

export interface Visitor {
  distinctId: string;
  companyId?: string;
  plan: 'free' | 'pro' | 'enterprise';
  country: string;
}

export class ProductAnalytics {
  private readonly client: PostHog;

  constructor(client: PostHog) {
    this.client = client;
  }

  capture(visitor: Visitor, event: string, properties: Record<string, unknown> = {}): void {
    this.client.capture({ distinctId: visitor.distinctId, event, properties, groups: this.groups(visitor) });
  }

  private groups(visitor: Visitor): Record<string, string> {
    return visitor.companyId ? { company: visitor.companyId } : {};
  }

  async dashboardLayout(visitor: Visitor): Promise<string> {
    const variant = await this.client.getFeatureFlag('ph-dashboard-layout', visitor.distinctId, {
      groups: this.groups(visitor),
      personProperties: { plan: visitor.plan, country: visitor.country },
    });
    this.capture(visitor, 'dashboard-layout-served', { variant });
    return typeof variant === 'string' ? variant : 'classic';
  }

  async corporateTravel(visitor: Visitor): Promise<boolean> {
    const enabled = await this.client?.isFeatureEnabled('ph-corporate-travel', visitor.distinctId, {
      groups: this.groups(visitor),
      onlyEvaluateLocally: true,
    });
    return enabled ?? false;
  }

  async bannerCopy(visitor: Visitor): Promise<{ title: string; body: string } | undefined> {
    const payload = await this.client.getFeatureFlagPayload(
      'ph-winter-banner',
      visitor.distinctId,
      undefined,
      { personProperties: { country: visitor.country } },
    );
    if (payload === undefined) {
      logger.info('no banner payload for ph-winter-banner');
      return undefined;
    }
    return payload as { title: string; body: string };
  }

  async allFlags(visitor: Visitor): Promise<Record<string, string | boolean>> {
    const flags = await this.client.getAllFlags(visitor.distinctId, { groups: this.groups(visitor) });
    // capture('ph-flags-evaluated') is an event name, not a flag
    this.capture(visitor, 'ph-flags-evaluated', { count: Object.keys(flags).length });
    return flags;
  }
}
