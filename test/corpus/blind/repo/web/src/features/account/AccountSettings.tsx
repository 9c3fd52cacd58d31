// Corpus: blind / web account settings (OpenFeature React SDK)
// Source: @openfeature/react-sdk, useBooleanFlagValue / useStringFlagValue / useNumberFlagDetails / useFlag / useSuspenseFlag (openfeature.dev/docs/reference/technologies/client/web/react)
import React, { Suspense } from 'react';
import {
  useBooleanFlagValue,
  useFlag,
  useNumberFlagDetails,
  useStringFlagValue,
  useSuspenseFlag,
} from '@openfeature/react-sdk';

export function AccountSettings() {
  const twoFactor = useBooleanFlagValue('settings-two-factor', false);
  const themeChoice = useStringFlagValue('settings-default-theme', 'light');
  const sessionLimit = useNumberFlagDetails('settings-session-limit', 5);
  const { value: exportData } = useFlag('settings-data-export', false);
  const deleteAccount = useBooleanFlagValue(
    'settings-self-serve-delete',
    false,
    { updateOnContextChanged: true },
  );

  return (
    <form>
      <fieldset disabled={!twoFactor}>
        <legend>Two-factor authentication</legend>
      </fieldset>
      <select defaultValue={themeChoice}>
        <option>light</option>
        <option>dark</option>
      </select>
      <p>Active sessions allowed: {sessionLimit.value}</p>
      {exportData && <button type="button">Export my data</button>}
      {deleteAccount && <button type="button">Delete account</button>}
      <Suspense fallback={null}>
        <BetaOptIn />
      </Suspense>
    </form>
  );
}

function BetaOptIn() {
  const { value: showBeta } = useSuspenseFlag('settings-beta-program', false);
  return showBeta ? <label><input type="checkbox" /> Join the beta</label> : null;
}
