// Corpus: blind4 / storefront: the site header, LaunchDarkly React hooks and the app's wrapper hooks.
// Source: launchdarkly-react-client-sdk README (useFlags destructuring, useLDClient().variation).
'use client';

import Link from 'next/link';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { useLdFlag, useLdValue, usePromoStrip } from '@/hooks/useLdFlags';

export function SiteHeader() {
  const { sfMegaNav, sfAccountShortcut: accountShortcut, sfSearchAutocomplete = false } = useFlags();
  const ldClient = useLDClient();
  const promo = usePromoStrip();
  const wishlist = useLdFlag('sfWishlistIcon');
  const menuOrder = useLdValue('sf-menu-order', ['women', 'men', 'kids']);
  const currencyPicker = ldClient?.variation('sf-currency-picker', false) ?? false;

  return (
    <header>
      {promo.text && <Link href={promo.href}>{promo.text}</Link>}
      <nav className={sfMegaNav ? 'mega' : 'simple'}>
        {menuOrder.map((section) => (
          <Link key={section} href={`/c/${section}`}>
            {section}
          </Link>
        ))}
      </nav>
      {sfSearchAutocomplete ? <input type="search" autoComplete="on" /> : <input type="search" />}
      {/* <IfFeatureEnabled feature="sf-legacy-nav"><LegacyNav /></IfFeatureEnabled> */}
      {accountShortcut && <Link href="/account">Account</Link>}
      {wishlist && <Link href="/wishlist">Wishlist</Link>}
      {currencyPicker ? <select aria-label="currency" /> : null}
    </header>
  );
}
