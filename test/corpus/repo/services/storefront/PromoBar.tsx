// Corpus: storefront service, LaunchDarkly React Web SDK as a Prettier-formatted app writes it.
// Source: launchdarkly-react-client-sdk lib/index.d.ts (useFlags(): LDFlagSet with camelCased
// keys, useLDClient(): LDClient, withLDConsumer()(Component) injecting `flags`), js-client LDClient.variation(key, defaultValue).
import React, { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlags, useLDClient, withLDConsumer, type LDFlagSet } from 'launchdarkly-react-client-sdk';
import { Countdown } from './Countdown';

type PromoBarProps = { locale: string; endsAt: Date };

export function PromoBar({ locale, endsAt }: PromoBarProps) {
  const { t } = useTranslation();
  const { promoBarV2: showV2 = false, checkoutTimer, promoBarColor: color = 'teal' } = useFlags();
  const allFlags = useFlags();
  const ldClient = useLDClient();

  const copy = useMemo(
    () =>
      ldClient?.variation(
        'promo-bar-copy',
        t('promo.default', { locale }),
      ) as string,
    [ldClient, locale, t],
  );

  if (!showV2) {
    return null;
  }

  return (
    <div
      className={allFlags.compactPromo ? 'promo promo--compact' : 'promo'}
      style={{ background: color }}
    >
      <span>{copy}</span>
      {checkoutTimer && <Countdown until={endsAt} />}
    </div>
  );
}

type ReviewsProps = { flags: LDFlagSet; productId: string };

function ReviewsBase({ flags, productId }: ReviewsProps) {
  // The carousel replaced the list; flags.reviewsCarousel is on for everyone but bots.
  if (flags.reviewsCarousel) {
    return <ReviewCarousel productId={productId} />;
  }
  return <ReviewList productId={productId} limit={flags.reviewsPageSize ?? 5} />;
}

export const Reviews = withLDConsumer()(ReviewsBase);

function ReviewCarousel({ productId }: { productId: string }) {
  return <div data-product={productId} />;
}

function ReviewList({ productId, limit }: { productId: string; limit: number }) {
  return <ol data-product={productId} data-limit={limit} />;
}
