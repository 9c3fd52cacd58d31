// Corpus: blind4 / storefront: the root layout, an async server component.
// Source: @openfeature/server-sdk README (getStringValue with a context), Next.js App Router docs.
import type { ReactNode } from 'react';
import { buildContext, getFlagClient } from '@/lib/flags/server';
import { SiteHeader } from '@/components/SiteHeader';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const client = getFlagClient();
  const context = await buildContext();
  const theme = await client.getStringValue('sf-site-theme', 'light', context);
  const showCookieBar = (await client.getBooleanValue('sf-cookie-consent-v2', true, context)) && !context.optOut;

  return (
    <html lang="en" data-theme={theme}>
      <body>
        <SiteHeader />
        {showCookieBar ? <div id="cookie-bar" /> : null}
        {children}
      </body>
    </html>
  );
}
