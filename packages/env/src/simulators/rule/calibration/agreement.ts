/**
 * Agreement statistics between a simulator's emotion changes and a recorded judge's: the figures by which the
 * rule simulator is calibrated and checked.
 */

/** Pearson correlation of two equally long series; NaN when either is constant or shorter than 2. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`pearson: series lengths differ (${n} vs ${y.length})`);
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/** Ranks starting at 1, ties sharing their average rank. */
export function averageRanks(x: readonly number[]): number[] {
  const order = x.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(x.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Spearman rank correlation (Pearson of average ranks, so ties are handled). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(averageRanks(x), averageRanks(y));
}

/**
 * Share of pairs whose changes have the same sign (a 0 matches only a 0): did the simulator at least agree
 * that the reply helped or hurt? NaN for no pairs.
 */
export function signAgreement(recorded: readonly number[], simulated: readonly number[]): number {
  if (recorded.length !== simulated.length) throw new RangeError(`signAgreement: series lengths differ (${recorded.length} vs ${simulated.length})`);
  if (recorded.length === 0) return NaN;
  let same = 0;
  for (let i = 0; i < recorded.length; i++) if (Math.sign(recorded[i]!) === Math.sign(simulated[i]!)) same++;
  return same / recorded.length;
}
