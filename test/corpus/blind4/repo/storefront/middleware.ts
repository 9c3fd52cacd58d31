// Corpus: blind4 / storefront: the edge middleware, environment flags.
// Source: Next.js middleware docs (process.env in the edge runtime).
import { NextResponse, type NextRequest } from 'next/server';

const MAINTENANCE = process.env.FF_STOREFRONT_MAINTENANCE === '1';

export function middleware(request: NextRequest) {
  if (MAINTENANCE && !request.nextUrl.pathname.startsWith('/status')) {
    return NextResponse.rewrite(new URL('/maintenance', request.url));
  }
  const geoBlock = process.env['FF_GEO_BLOCKING'] === 'true';
  const { FF_BOT_CHALLENGE: botChallenge = 'off' } = process.env;
  if (geoBlock && request.headers.get('x-vercel-ip-country') === 'XX') {
    return new NextResponse(null, { status: 451 });
  }
  // NEXT_PUBLIC_FF_PREVIEW_BAR is read by the client bundle and is not an FF_ variable.
  const preview = process.env.NEXT_PUBLIC_FF_PREVIEW_BAR === 'on';
  const response = NextResponse.next();
  if (preview || botChallenge === 'on') response.headers.set('x-edge-flags', 'preview');
  return response;
}
