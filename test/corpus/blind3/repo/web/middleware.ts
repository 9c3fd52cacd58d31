// Corpus: blind3 web, Next.js middleware reading flag variables from the environment.
// Source: Next.js docs "Environment Variables" (process.env, NEXT_PUBLIC_ prefix); Node process.env.
import { NextResponse, type NextRequest } from 'next/server';

const EDGE_REWRITES = process.env.FF_EDGE_REWRITES === 'true';
const maintenance = process.env['FF_MAINTENANCE_MODE'];
// NEXT_PUBLIC_ variables are inlined for the browser; the prefix the team chose is FF_ alone.
const publicBeta = process.env.NEXT_PUBLIC_FF_BETA_BADGE === '1';
const { FF_GEO_REDIRECT, NODE_ENV } = process.env;

export function middleware(request: NextRequest) {
  if (maintenance === 'on' && NODE_ENV === 'production') {
    return NextResponse.rewrite(new URL('/maintenance', request.url));
  }
  if (FF_GEO_REDIRECT && request.geo?.country === 'CA') {
    return NextResponse.redirect(new URL('/ca', request.url));
  }
  const response = EDGE_REWRITES ? NextResponse.rewrite(new URL('/edge', request.url)) : NextResponse.next();
  if (publicBeta) response.headers.set('x-beta', '1');
  return response;
}

export const config = { matcher: ['/((?!_next|api).*)'] };
