// Corpus: blind5 (issue 14), a route handler using the server client returned by a helper.
// Source: @launchdarkly/node-server-sdk docs (variationDetail, jsonVariation, allFlagsState, getFlagValue, track).
import { NextResponse } from 'next/server';
import { getLdClient } from '@/lib/ld';

export async function POST(request: Request) {
  const body = (await request.json()) as { userKey: string; tripId: string };
  const ld = await getLdClient();
  const context = { kind: 'user', key: body.userKey };
  const engine = await ld.variationDetail('pt-quote-engine', context, 'v1');
  const limits = await ld.jsonVariation(
    'pt-quote-limits',
    context,
    { max: 3 },
  );
  const state = await ld.allFlagsState(context, { clientSideOnly: true });
  const banner = state.getFlagValue('pt-quote-banner') as boolean;
  ld.track('quote-requested', context, { tripId: body.tripId });
  return NextResponse.json({ engine: engine.value, limits, banner });
}
