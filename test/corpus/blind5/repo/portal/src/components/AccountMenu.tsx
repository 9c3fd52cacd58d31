// Corpus: blind5 (issue 14), a function component wrapped by withLDConsumer, reading flags and subscribing to a change.
// Source: launchdarkly-react-client-sdk docs (withLDConsumer()(Component) passes { flags, ldClient }; ldClient.on('change:key')).
import { useEffect, useState } from 'react';
import { withLDConsumer, type LDProps } from 'launchdarkly-react-client-sdk';

function AccountMenu({ flags, ldClient }: LDProps) {
  const [badge, setBadge] = useState(false);

  useEffect(() => {
    const onChange = (value: boolean) => setBadge(value);
    ldClient?.on('change:account-badge', onChange);
    return () => ldClient?.off('change:account-badge', onChange);
  }, [ldClient]);

  return (
    <nav>
      <a href="/trips">My trips</a>
      {flags?.accountDeletion && <a href="/account/delete">Delete account</a>}
      {badge ? <span className="badge">new</span> : null}
    </nav>
  );
}

export default withLDConsumer()(AccountMenu);
