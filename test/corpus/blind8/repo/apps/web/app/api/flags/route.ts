// Corpus: blind8, parcelpoint web, bootstrap flags for the mobile app (route handler)
// Source: LaunchDarkly Node.js server SDK docs (allFlagsState with clientSideOnly, toJSON, getFlagValue, allValues); Next.js route handlers docs
import { NextResponse } from 'next/server';
import { getServerLd, shopperContext } from '../../../lib/ld-server';

export async function GET(request: Request) {
  const url = new URL(request.url);
  const context = shopperContext(url.searchParams.get('uid') ?? 'anonymous', 'NL');
  const ldClient = await getServerLd();
  const state = await ldClient.allFlagsState(context, { clientSideOnly: true });

  const values = state.allValues();
  const darkCheckout = values['web-dark-checkout'] === true;
  const appRating = state.getFlagValue('web-app-rating-prompt');

  return NextResponse.json({ bootstrap: state.toJSON(), darkCheckout, appRating });
}
