// Corpus: blind9, brightgrid billing service, loyalty credits read from remote config
// Source: the team's remote config object, whose switches the flag registry lists as aliases
import { remoteConfig } from './remote-config';

export function applyLoyaltyCredit(pence: number, years: number): number {
  if (!remoteConfig.BIL_LOYALTY_CREDIT || years < 2) return pence;
  return pence - Math.min(500 * years, 2_500);
}

export function loyaltyBanner(): string | null {
  return remoteConfig.bilLoyaltyBanner ? 'Thanks for staying with us' : null;
}
