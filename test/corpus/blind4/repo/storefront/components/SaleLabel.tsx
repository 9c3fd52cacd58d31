// Corpus: blind4 / storefront (round 2, written after the scanner was read): calls inside template interpolations and JSX expressions.
// Source: launchdarkly-react-client-sdk (useLDClient().variation(key, default)), @growthbook/growthbook-react (IfFeatureEnabled feature: string).
'use client';

import { IfFeatureEnabled } from '@growthbook/growthbook-react';
import { useLDClient } from 'launchdarkly-react-client-sdk';
import { FLAGS } from '@/lib/flags/keys';

export function SaleLabel({ price }: { price: number }) {
  const ld = useLDClient();
  const label = `Sale: ${ld?.variation('sf-sale-label-style', 'plain') === 'bold' ? `**${price}**` : price}`;
  const aria = `${price} ${ld?.variation('sf-sale-currency-suffix', 'EUR')}`;
  return (
    <span aria-label={aria} title={`${label}`}>
      {label}
      <IfFeatureEnabled feature={'sf-sale-sparkles'}>
        <i className="sparkles" />
      </IfFeatureEnabled>
      <IfFeatureEnabled feature={FLAGS.saleTimer}>
        <time />
      </IfFeatureEnabled>
    </span>
  );
}
