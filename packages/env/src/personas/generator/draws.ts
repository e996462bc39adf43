import { deriveSeed } from '../../core/rng';

/**
 * A small, fast stream of draws for code that runs on every episode or every turn (persona generation, the
 * rule simulator's voice), where constructing an ARC4 {@link Rng} (~20 us) would dominate. It is seeded only
 * through {@link deriveSeed}, so every draw still flows from an explicit seed and the same parts give the same
 * draws. Mulberry32: 32-bit state, plenty for picking among a few dozen phrasings.
 */
export class Draws {
  private state: number;

  /** @param parts - hashed with `deriveSeed` into the stream's seed, e.g. `(episodeSeed, turn, 'voice')` */
  constructor(...parts: ReadonlyArray<number | string>) {
    this.state = deriveSeed(...parts);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  intBetween(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Draws.pick: empty array');
    return items[this.int(items.length)] as T;
  }

  /** `k` distinct elements in random order (k is capped at the array's length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(this.int(pool.length), 1)[0] as T);
    return out;
  }
}
