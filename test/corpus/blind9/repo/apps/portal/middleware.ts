// Corpus: blind9, brightgrid customer portal, Next.js app-router middleware
// Source: flagsmith-nodejs (Flagsmith, getEnvironmentFlags, Flags.isFeatureEnabled, getFeatureValue) and next/server docs
import { NextResponse, type NextRequest } from 'next/server';
import Flagsmith from 'flagsmith-nodejs';

const flagsmith = new Flagsmith({
  environmentKey: process.env.FLAGSMITH_SERVER_KEY!,
  enableLocalEvaluation: true,
});

export const config = {
  matcher: ['/usage/:path*', '/tariffs/:path*', '/outages'],
};

export async function middleware(request: NextRequest) {
  if (process.env.FF_PORTAL_MAINTENANCE === 'on') {
    return NextResponse.rewrite(new URL('/maintenance', request.url));
  }

  const flags = await flagsmith.getEnvironmentFlags();
  const region = request.geo?.country ?? 'GB';

  if (region !== 'GB' && flags.isFeatureEnabled('portal_geo_redirect')) {
    return NextResponse.redirect(new URL(`/intl/${region.toLowerCase()}`, request.url));
  }

  const response = NextResponse.next();
  const bannerVariant = flags.getFeatureValue(
    'portal_outage_banner_variant',
  );
  response.headers.set('x-outage-banner', String(bannerVariant ?? 'none'));
  // flags.isFeatureEnabled('portal_edge_cache') came out with the CDN migration
  return response;
}
