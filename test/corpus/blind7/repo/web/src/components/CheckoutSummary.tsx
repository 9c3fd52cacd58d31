// Corpus: blind7, web app: checkout summary, PostHog React hooks and the PostHogFeature component.
// Source: posthog-js/react docs (useFeatureFlagEnabled, useFeatureFlagPayload, useFeatureFlagVariantKey, usePostHog, PostHogFeature).
import React, { useCallback } from 'react';
import {
  PostHogFeature,
  useFeatureFlagEnabled,
  useFeatureFlagPayload,
  useFeatureFlagVariantKey,
  usePostHog,
} from 'posthog-js/react';
import { formatMoney } from '../lib/money';
import type { Cart } from '../types';

interface UpsellPayload {
  headline: string;
  items: Array<{ sku: string; price: number }>;
}

export function CheckoutSummary({ cart, onPay }: { cart: Cart; onPay: () => Promise<void> }): JSX.Element {
  const posthog = usePostHog();
  const expressPay = useFeatureFlagEnabled('co-express-pay');
  const upsell = useFeatureFlagPayload('co-upsell-bundle') as UpsellPayload | undefined;
  const buttonVariant = useFeatureFlagVariantKey('co-pay-button-copy');

  const handlePay = useCallback(async () => {
    posthog?.capture('co-pay-clicked', { variant: buttonVariant, total: cart.total });
    await onPay();
  }, [posthog, buttonVariant, cart.total, onPay]);

  const label = buttonVariant === 'urgent' ? 'Book now, rooms are going fast' : 'Pay';

  return (
    <aside className="checkout-summary">
      <dl>
        <dt>Subtotal</dt>
        <dd>{formatMoney(cart.subtotal, cart.currency)}</dd>
        <dt>Taxes</dt>
        <dd>{formatMoney(cart.taxes, cart.currency)}</dd>
      </dl>
      {upsell && (
        <section>
          <h3>{upsell.headline}</h3>
          {upsell.items.map((item) => (
            <p key={item.sku}>{formatMoney(item.price, cart.currency)}</p>
          ))}
        </section>
      )}
      <PostHogFeature flag="co-trust-badges" match={true}>
        <img src="/badges.svg" alt="secure payment" />
      </PostHogFeature>
      <PostHogFeature
        flag="co-price-lock"
        match="test"
        fallback={<span />}
      >
        <small>Price locked for 15 minutes</small>
      </PostHogFeature>
      <button type="button" onClick={handlePay} className={expressPay ? 'btn btn--express' : 'btn'}>
        {label}
      </button>
    </aside>
  );
}
