// Corpus: blind8, parcelpoint web, edge middleware
// Source: Next.js middleware docs; Node.js process.env
import { NextResponse, type NextRequest } from 'next/server';

const { FF_WEB_EDGE_CACHE, FF_WEB_BOT_SHIELD = 'off' } = process.env;

export function middleware(request: NextRequest) {
  if (process.env.FF_WEB_MAINTENANCE_MODE === 'on' && !request.nextUrl.pathname.startsWith('/status')) {
    return NextResponse.rewrite(new URL('/maintenance', request.url));
  }
  const response = NextResponse.next();
  if (FF_WEB_EDGE_CACHE === 'true') response.headers.set('cache-control', 'public, s-maxage=60');
  if (FF_WEB_BOT_SHIELD !== 'off') response.headers.set('x-bot-shield', FF_WEB_BOT_SHIELD);
  return response;
}

export const config = { matcher: ['/((?!_next|favicon.ico).*)'] };
