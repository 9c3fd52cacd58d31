// Corpus: blind6, GraphQL resolver (NestJS code-first) with an injected Unleash client.
// Source: Unleash Node SDK docs (isEnabled with context, getVariant); NestJS GraphQL docs (ResolveField).
import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Unleash } from 'unleash-client';
import { UNLEASH } from '../flags/flags.module';
import { Show } from './show.model';

@Resolver(() => Show)
export class CatalogResolver {
  constructor(@Inject(UNLEASH) private readonly unleash: Unleash) {}

  @Query(() => [Show])
  async shows(@Args('genre') genre: string, @Context() gql: { userId: string }) {
    const context = { userId: gql.userId, properties: { genre } };
    const limit = this.unleash.isEnabled('cat-infinite-scroll', context) ? 200 : 40;
    return this.load(genre, limit);
  }

  @ResolveField(() => [String])
  badges(@Parent() show: Show, @Context() gql: { userId: string }): string[] {
    const badges: string[] = [];
    if (
      this.unleash.isEnabled(
        'cat-live-badges',
        { userId: gql.userId },
        () => false,
      )
    ) {
      badges.push(show.live ? 'LIVE' : 'NEW');
    }
    const variant = this.unleash.getVariant('cat-badge-colors', { userId: gql.userId });
    if (variant.enabled && variant.payload?.value) badges.push(variant.payload.value);
    return badges;
  }

  private async load(genre: string, limit: number): Promise<Show[]> {
    return [];
  }
}
