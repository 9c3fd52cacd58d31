// Corpus: blind3 web, a Next.js route handler calling the LaunchDarkly node server SDK.
// Source: @launchdarkly/node-server-sdk, LDClient (variation, variationDetail, jsonVariation, allFlagsState) .d.ts.
import { NextResponse, type NextRequest } from 'next/server';
import { contextFor, getLdClient, variant } from '@/lib/flags';
import { FLAG_KEYS } from '@/lib/flag-keys';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const userId = request.headers.get('x-user-id') ?? 'anonymous';
  const ld = await getLdClient();
  const context = contextFor(userId, request.nextUrl.searchParams.get('plan') ?? undefined);

  const model = await ld.variation(FLAG_KEYS.recsModel, context, 'v1');
  const detail = await ld.variationDetail(
    'recs-explanations',
    context,
    false,
  );
  const limits = (await ld.jsonVariation('recs-limits', context, { max: 10 })) as { max: number };
  // The app's wrapper: the key below goes through variant(), not straight to the SDK.
  const carousel = await variant('recs-carousel', context, false);
  const state = await ld.allFlagsState(context, { clientSideOnly: true });

  ld.track('recs-served', context, { model });
  return NextResponse.json({
    model,
    explain: detail.value,
    max: limits.max,
    carousel,
    bootstrap: state.toJSON(),
    sticky: state.getFlagValue('recs-sticky-header'),
  });
}

export async function POST(request: NextRequest) {
  const body = (await request.json()) as { flags: string[]; userId: string };
  const ld = await getLdClient();
  const out: Record<string, unknown> = {};
  for (const key of ['recs-explanations', 'recs-carousel']) {
    out[key] = await ld.variation(key, contextFor(body.userId), false);
  }
  return NextResponse.json(out);
}
