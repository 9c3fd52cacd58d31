// Corrections for testing many benchmarks at once, so that one noisy run of a large suite does
// not report a regression by chance: Holm's step-down family-wise correction.

/**
 * Holm-adjusted p-values, in the input order. Reject hypothesis i at level alpha when
 * `adjusted[i] <= alpha`; the chance of any false rejection stays at most alpha.
 */
export function adjustHolm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}
