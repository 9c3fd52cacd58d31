// Corpus: blind9, brightgrid customer portal, referral widget (plain JS)
// Source: launchdarkly-react-client-sdk (withLDConsumer injecting flags and ldClient props, camelCased keys)
import React from 'react';
import { withLDConsumer } from 'launchdarkly-react-client-sdk';

function ReferralWidget({ flags, ldClient, accountId }) {
  if (!flags.portalReferralBonus) return null;

  const amount = flags.portalReferralAmount ?? 50;
  const share = () => ldClient.track('referral-shared', { accountId });

  return (
    <div className="referral">
      <p>Give £{amount}, get £{amount}.</p>
      <button type="button" onClick={share}>
        Share your link
      </button>
    </div>
  );
}

export default withLDConsumer()(ReferralWidget);
