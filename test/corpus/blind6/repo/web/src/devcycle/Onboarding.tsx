// Corpus: blind6, DevCycle React hooks and the DevCycle client in an effect.
// Source: DevCycle React SDK docs (useVariableValue, useDevCycleClient, variable, variableValue).
import { useEffect } from 'react';
import { useDevCycleClient, useVariableValue } from '@devcycle/react-client-sdk';

export function Onboarding() {
  const steps = useVariableValue('web-onboarding-steps', 3);
  const devcycleClient = useDevCycleClient();

  useEffect(() => {
    const variable = devcycleClient.variable('web-onboarding-video', false);
    variable.onUpdate((value) => console.debug('video', value));
  }, [devcycleClient]);

  return <ol data-steps={steps} />;
}
