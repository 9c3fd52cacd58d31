// Corpus: blind / web header (LaunchDarkly React SDK, higher-order components)
// Source: launchdarkly-react-client-sdk, withLDConsumer / LDProps (react-client-sdk README "withLDConsumer", src/withLDConsumer.tsx)
import React from 'react';
import { withLDConsumer, type LDProps } from 'launchdarkly-react-client-sdk';
import { Logo } from './Logo';
import { NavLinks } from './NavLinks';

type HeaderProps = LDProps & { userName?: string };

function HeaderBase(props: HeaderProps) {
  const { flags, userName } = props;
  const showMegaMenu = flags?.megaMenu ?? false;
  return (
    <header className={flags?.stickyHeader ? 'header header--sticky' : 'header'}>
      <Logo />
      <NavLinks mega={showMegaMenu} />
      {props.flags?.headerSearchV2 ? <input type="search" placeholder="Search" /> : null}
      {userName && <span className="greeting">Hi, {userName}</span>}
    </header>
  );
}

export const Header = withLDConsumer()(HeaderBase);

const FooterBase = ({ flags }: LDProps) => (
  <footer>{flags?.footerNewsletter && <a href="/newsletter">Subscribe</a>}</footer>
);

export const Footer = withLDConsumer()(FooterBase);
