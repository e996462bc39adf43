/**
 * Exact decimal rounding of means of integers. Benchmark scores are published with one decimal, rounded half up
 * (GPT-4.1: 6815 / 100 = 68.15 -> 68.2). Doing that with floats fails: 68.15 is stored as 68.149999..., so
 * `Math.round(68.15 * 10) / 10` gives 68.1. Here the mean stays a fraction of integers until the end.
 */

/** floor(a / b) for integers, b > 0. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/**
 * `sum / count` rounded half up (toward +infinity on ties) to `decimals` decimals, returned as an integer number
 * of units of 10^-decimals: `roundedMeanUnits(6815, 100, 1)` is 682 (68.2).
 */
export function roundedMeanUnits(sum: number, count: number, decimals: number): number {
  if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(count) || count <= 0) {
    throw new RangeError(`roundedMeanUnits: sum and count must be safe integers with count > 0, got ${sum} / ${count}`);
  }
  const scale = 10n ** BigInt(decimals);
  // round(x) half up = floor(x + 1/2); x = sum * scale / count, so floor((2 * sum * scale + count) / (2 * count)).
  return Number(floorDiv(2n * BigInt(sum) * scale + BigInt(count), 2n * BigInt(count)));
}

/** `sum / count` rounded half up to `decimals` decimals, as the nearest number (68.2 for 6815 / 100). */
export function roundedMean(sum: number, count: number, decimals: number): number {
  return roundedMeanUnits(sum, count, decimals) / 10 ** decimals;
}

/** Format a number of 10^-decimals units exactly: `formatUnits(682, 1)` is "68.2", `formatUnits(-5, 2)` is "-0.05". */
export function formatUnits(units: number, decimals: number): string {
  const negative = units < 0;
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}
