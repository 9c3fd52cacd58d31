// Corpus: blind5 (issue 14), a TypeScript service holding its clients in constructor parameter properties.
// Source: TypeScript handbook (parameter properties, non-null and `as` assertions); @launchdarkly/node-server-sdk and @openfeature/server-sdk typings.
import type { LDClient, LDContext } from '@launchdarkly/node-server-sdk';
import type { Client as FeatureClient } from '@openfeature/server-sdk';

export class FlagCache {
  constructor(
    private readonly ld: LDClient,
    private readonly features?: FeatureClient,
  ) {}

  async ttlSeconds(context: LDContext): Promise<number> {
    return (await this.ld.variation('bk-cache-ttl', context, 60)) as number;
  }

  async warmUp(context: LDContext): Promise<void> {
    const [prefetch, compress] = await Promise.allSettled([
      this.ld.boolVariation('bk-cache-prefetch', context, false),
      this.features!.getBooleanValue('bk-cache-compression', false),
    ]);
    if (prefetch.status === 'fulfilled' && prefetch.value) await this.prefetch(compress.status === 'fulfilled' && compress.value);
  }

  async region(context: LDContext): Promise<string> {
    switch (await this.features?.getStringValue('bk-cache-region', 'eu')) {
      case 'us':
        return 'us-east-1';
      default:
        return 'eu-west-1';
    }
  }

  private async prefetch(compressed: boolean): Promise<void> {
    void compressed;
  }
}
