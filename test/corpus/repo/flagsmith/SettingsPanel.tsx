// Corpus: Flagsmith React SDK.
// Source: flagsmith/react, react.d.ts: useFlags(_flags: readonly F[], _traits?: readonly T[]) returns
// { [K in F]: IFlagsmithFeature } with `enabled` and `value`; docs.flagsmith.com/clients/react.
import React from 'react';
import { useFlags } from 'flagsmith/react';

export function SettingsPanel() {
  const flags = useFlags(['dark_mode', 'font_size']);
  const theme = flags.dark_mode.enabled ? 'dark' : 'light';

  return (
    <section
      className={theme}
      style={{ fontSize: flags.font_size.value ?? 14 }}
    >
      <Preferences />
    </section>
  );
}

export function NavigationShell() {
  const navFlags = useFlags([
    'beta_dashboard',
    'promo_banner_v2',
  ]);
  return (
    <nav>
      {navFlags.beta_dashboard.enabled && <BetaLink />}
      {navFlags.promo_banner_v2.enabled && <PromoBanner />}
    </nav>
  );
}

function Preferences() {
  return null;
}
function BetaLink() {
  return null;
}
function PromoBanner() {
  return null;
}
