// Corpus: blind5 (issue 14), Split React: treatments for two names, read by member and by index.
// Source: @splitsoftware/splitio-react docs (useSplitTreatments({ names }) returns { treatments, isReady }).
import { useSplitTreatments } from '@splitsoftware/splitio-react';

export function PayLaterToggle({ amount }: { amount: number }) {
  const { treatments, isReady } = useSplitTreatments({ names: ['pt_pay_later', 'pt_wallet_pay'] });
  if (!isReady) return <span className="spinner" />;
  const payLater = treatments.pt_pay_later.treatment === 'on' && amount > 50;
  const wallet = treatments['pt_wallet_pay'].treatment;
  return (
    <fieldset>
      {payLater && <label><input type="radio" name="pay" value="later" /> Pay later</label>}
      {wallet !== 'off' && <label><input type="radio" name="pay" value="wallet" /> Wallet</label>}
    </fieldset>
  );
}
