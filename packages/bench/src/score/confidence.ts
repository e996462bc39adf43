/**
 * 95% confidence intervals of a mean with Student's t distribution. With a simulator as the judge, two runs of
 * the same agent differ; an interval says how far a score can be trusted before two agents are called
 * different.
 */

/** Two-sided 95% quantiles t(0.975, df) for df = 1..30, then 40, 60, 120 (standard table values). */
const T975_SMALL = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098,
  2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];
const T975_LARGE: ReadonlyArray<readonly [df: number, t: number]> = [
  [30, 2.0423],
  [40, 2.0211],
  [60, 2.0003],
  [120, 1.9799],
  [Infinity, 1.96],
];

/**
 * t(0.975, df): exact table values up to 30 degrees of freedom; beyond, linear interpolation in 1/df between
 * table rows (the usual table method; error below 1e-3).
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`tQuantile975: degrees of freedom must be >= 1, got ${df}`);
  if (df <= 30 && Number.isInteger(df)) return T975_SMALL[df - 1] as number;
  for (let i = 1; i < T975_LARGE.length; i++) {
    const [dfHigh, tHigh] = T975_LARGE[i] as readonly [number, number];
    if (df <= dfHigh) {
      const [dfLow, tLow] = T975_LARGE[i - 1] as readonly [number, number];
      const fraction = (1 / dfLow - 1 / df) / (1 / dfLow - 1 / dfHigh);
      return tLow + fraction * (tHigh - tLow);
    }
  }
  return 1.96;
}

/** A mean with its 95% confidence interval. */
export interface Interval {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  /** Number of samples the interval is over. */
  readonly n: number;
}

/** Mean and t-based 95% interval of `samples`; undefined with fewer than two samples. Bounds to 2 decimals. */
export function meanInterval(samples: readonly number[]): Interval | undefined {
  const n = samples.length;
  if (n < 2) return undefined;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  const round2 = (x: number): number => Math.round(x * 100) / 100;
  return { mean: round2(mean), low: round2(mean - half), high: round2(mean + half), n };
}
