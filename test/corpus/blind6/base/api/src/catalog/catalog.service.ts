// Corpus: blind6, NestJS provider with an injected LaunchDarkly client and an enum of keys.
// Source: LaunchDarkly Node server SDK reference (variation, boolVariation, variationDetail, stringVariation).
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LDClient, LDContext } from '@launchdarkly/node-server-sdk';
import { LD_CLIENT } from '../flags/flags.module';

export enum CatalogFlag {
  Trending = 'cat-trending-row',
  KidsMode = 'cat-kids-mode',
}

const HERO_FLAG = 'cat-hero-rotation';

@Injectable()
export class CatalogService {
  private readonly logger = new Logger(CatalogService.name);

  constructor(@Inject(LD_CLIENT) private readonly ld: LDClient) {}

  private contextFor(userId: string, country: string): LDContext {
    return { kind: 'user', key: userId, country };
  }

  async rows(userId: string, country: string): Promise<string[]> {
    const ctx = this.contextFor(userId, country);
    const rows = ['continue-watching'];
    if (await this.ld.variation(CatalogFlag.Trending, ctx, false)) rows.push('trending');
    if (await this.ld.variation('cat-legacy-grid', ctx, false)) rows.push('grid');
    const ranking = await this.ld.stringVariation('cat-ranking-model', ctx, 'popularity');
    this.logger.debug(`ranking=${ranking}`);
    // 'cat-kids-mode' hides the mature rows for profiles marked as kids
    const kids = await this.ld.boolVariation(CatalogFlag.KidsMode, ctx, false);
    if (!kids) rows.push('after-dark');
    const hero = await this.ld.variationDetail(HERO_FLAG, ctx, 'static');
    if (hero.value === 'rotating') rows.unshift('hero');
    return rows;
  }

  async artwork(userId: string, showId: string): Promise<string> {
    const ctx = this.contextFor(userId, 'XX');
    const style: string = await this.ld.stringVariation('cat-artwork-style', ctx, 'landscape');
    return `${showId}/${style}.webp`;
  }

  async region(userId: string, region: string): Promise<boolean> {
    // the regional catalogue flags are named per region: the key is computed
    return this.ld.boolVariation(`cat-region-${region}`, this.contextFor(userId, region), false);
  }
}
