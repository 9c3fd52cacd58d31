// Corpus: blind6, a checkout page with LaunchDarkly React flags object reads and a change subscription.
// Source: LaunchDarkly React Web SDK reference (useFlags with a type, useLDClient, on('change:key')).
import { useEffect, useState } from 'react';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';

interface AppFlags {
  webOneClickBuy: boolean;
  webGiftCards: boolean;
  webCheckoutTimer: number;
}

export function CheckoutPage() {
  const flags = useFlags<AppFlags>();
  const ldClient = useLDClient();
  const [timer, setTimer] = useState(flags.webCheckoutTimer);

  useEffect(() => {
    const onChange = (value: number) => setTimer(value);
    ldClient?.on('change:web-checkout-timer', onChange);
    return () => ldClient?.off('change:web-checkout-timer', onChange);
  }, [ldClient]);

  return (
    <form>
      {flags.webOneClickBuy ? <button>Buy now</button> : <button>Continue</button>}
      {flags['webGiftCards'] && <input name="gift" />}
      <output>{timer}</output>
    </form>
  );
}
