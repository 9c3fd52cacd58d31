// Corpus: blind3 web, a client component using the LaunchDarkly React SDK.
// Source: launchdarkly-react-client-sdk, useFlags/useLDClient in lib/esm/*.d.ts; LDClient.variation(key, defaultValue).
'use client';

import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import Link from 'next/link';
import { useTranslation } from 'react-i18next';

type HeaderProps = { cartCount: number };

export function Header({ cartCount }: HeaderProps) {
  const { t } = useTranslation();
  const {
    megaMenu = false,
    headerSearchV2: searchV2,
    accountDropdown,
  } = useFlags();
  const ldClient = useLDClient();
  const promoText = ldClient?.variation('header-promo-text', '') as string;
  const showHelp = ldClient?.boolVariation?.('header-help-link', false);

  return (
    <header>
      <Link href="/">{t('header.home')}</Link>
      {megaMenu ? <MegaMenu /> : <SimpleNav />}
      {searchV2 && <SearchBox variant="v2" />}
      {accountDropdown && <AccountMenu />}
      {promoText && <span className="promo">{promoText}</span>}
      {showHelp && <Link href="/help">{t('header.help')}</Link>}
      <CartBadge count={cartCount} />
    </header>
  );
}

function MegaMenu() {
  return <nav data-testid="mega-menu" />;
}
function SimpleNav() {
  return <nav data-testid="simple-nav" />;
}
function SearchBox(props: { variant: string }) {
  return <input aria-label="search" data-variant={props.variant} />;
}
function AccountMenu() {
  return <div role="menu" />;
}
function CartBadge({ count }: { count: number }) {
  return <span>{count}</span>;
}
