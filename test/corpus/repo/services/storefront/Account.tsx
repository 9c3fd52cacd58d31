// Corpus: storefront service, the account page: Flagsmith React with traits, Split React render props, GrowthBook feature(), LaunchDarkly through AccountFlags.ts.
// Source: flagsmith/react useFlags(flags: string[], traits?: string[]) (docs.flagsmith.com/clients/react: "const flags =
// useFlags(['font_size'], ['example_trait'])", then flags.font_size.enabled and the trait flags.example_trait),
// @splitsoftware/splitio-react <SplitTreatments names>{({ treatments, isReady }) => ...}</SplitTreatments>,
// launchdarkly-react-client-sdk useFlags(), @growthbook/growthbook GrowthBook.feature(key) (deprecated alias of evalFeature).
import React from 'react';
import { useFlags } from 'flagsmith/react';
import { SplitTreatments } from '@splitsoftware/splitio-react';
import { useAccountFlags } from './AccountFlags';
import { useGrowthBook } from '@growthbook/growthbook-react';

export function AccountPage({ userName }: { userName: string }) {
  const flags = useFlags(['account_avatar', 'account_badges'], ['loyalty_tier']);
  const { accountExport, canDelete, cap } = useAccountFlags();
  const gb = useGrowthBook();
  const sessionPanel = gb?.feature('account-session-panel').on ?? false;

  return (
    <section data-tier={flags.loyalty_tier}>
      {flags.account_avatar.enabled && <img alt={userName} />}
      {flags.account_badges?.enabled ? <Badges /> : null}
      {accountExport && <button>Export my data</button>}
      {canDelete && <button>Delete account</button>}
      {sessionPanel && <aside>Sessions</aside>}
      <SplitTreatments names={['account_mfa_prompt', 'account_passkeys']}>
        {({ treatments, isReady }) =>
          isReady && treatments.account_mfa_prompt.treatment === 'on' ? (
            <p>Turn on two-factor authentication (cap {cap}).</p>
          ) : (
            <p>{treatments['account_passkeys'].treatment === 'on' ? 'Use a passkey' : null}</p>
          )
        }
      </SplitTreatments>
    </section>
  );
}

function Badges() {
  return <ul />;
}
