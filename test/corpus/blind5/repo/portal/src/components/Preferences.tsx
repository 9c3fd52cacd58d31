// Corpus: blind5 (issue 14), ConfigCat and DevCycle React hooks with renamed results.
// Source: configcat-react docs (useFeatureFlag returns { value, loading }); @devcycle/react-client-sdk (useVariableValue, useVariable).
import { useFeatureFlag } from 'configcat-react';
import { useVariable, useVariableValue } from '@devcycle/react-client-sdk';

export function Preferences() {
  const { value: loyaltyOn, loading } = useFeatureFlag('ptLoyaltyWidget', false);
  const currencyPicker = useVariableValue('pt-currency-picker', false);
  const theme = useVariable('pt-theme-name', 'light').value;

  if (loading) return null;
  return (
    <form data-theme={theme}>
      {loyaltyOn && <fieldset>Loyalty</fieldset>}
      {currencyPicker && <select name="currency" />}
    </form>
  );
}
