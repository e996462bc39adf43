import type { Rng } from '@rlver/env';

/**
 * Split `0 .. size-1`, shuffled by `rng`, into `count` minibatches of near-equal size (the first `size % count`
 * get one more), as CleanRL's `np.random.shuffle` + slicing. Every index appears exactly once.
 */
export function shuffledMinibatches(size: number, count: number, rng: Rng): Int32Array[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`shuffledMinibatches: count must be a positive integer, got ${count}`);
  const order = rng.shuffle(Array.from({ length: size }, (_, i) => i));
  const batches: Int32Array[] = [];
  const n = Math.min(count, Math.max(1, size));
  let start = 0;
  for (let b = 0; b < n; b++) {
    const length = Math.floor(size / n) + (b < size % n ? 1 : 0);
    batches.push(Int32Array.from(order.slice(start, start + length)));
    start += length;
  }
  return batches;
}
