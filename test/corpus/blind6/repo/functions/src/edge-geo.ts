// Corpus: blind6, a Vercel edge middleware reading flags from Edge Config-free env and the Split SDK.
// Source: Split JS SDK docs (SplitFactory, getTreatment, getTreatmentWithConfig, ready); Next.js middleware docs.
import { NextResponse, type NextRequest } from 'next/server';
import { SplitFactory } from '@splitsoftware/splitio';

const factory = SplitFactory({ core: { authorizationKey: process.env.SPLIT_KEY ?? '' } });
const splitClient = factory.client();

export async function middleware(req: NextRequest) {
  await splitClient.ready();
  const user = req.cookies.get('uid')?.value ?? 'anon';
  const geoBlock = splitClient.getTreatment(user, 'edge_geo_block');
  const { treatment, config } = splitClient.getTreatmentWithConfig(user, 'edge_price_display', { country: req.geo?.country ?? 'US' });
  if (geoBlock === 'on') return NextResponse.rewrite(new URL('/unavailable', req.url));
  const res = NextResponse.next();
  res.headers.set('x-price-display', treatment === 'on' ? String(config) : 'default');
  return res;
}
