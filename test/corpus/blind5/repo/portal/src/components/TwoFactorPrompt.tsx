// Corpus: blind5 (issue 14), Unleash React hooks whose results are kept in local names.
// Source: @unleash/proxy-client-react README (useFlag returns a boolean, useVariant a variant object).
import { useFlag, useVariant, useFlagsStatus } from "@unleash/proxy-client-react";

export function TwoFactorPrompt({ onSkip }: { onSkip: () => void }) {
  const { flagsReady } = useFlagsStatus();
  const twoFactor = useFlag('pt-two-factor');
  const loginCopy = useVariant('pt-login-copy');

  if (!flagsReady) return null;
  // twoFactor below is the value of the flag, read like any boolean
  if (!twoFactor) {
    return <button onClick={onSkip}>Continue</button>;
  }
  const headline = loginCopy.enabled ? loginCopy.payload?.value : "Secure your account";
  return (
    <section aria-label="two-factor">
      <h2>{headline}</h2>
      {twoFactor && <p>We will text you a code.</p>}
    </section>
  );
}
