import type { Rng } from '../rng';
import { Space, type SpaceDescription } from './space';

/** Integers `start, start + 1, ..., start + n - 1` (Gymnasium's `Discrete`). */
export class Discrete extends Space<number> {
  readonly kind = 'Discrete';

  constructor(
    readonly n: number,
    readonly start = 0,
  ) {
    super();
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`Discrete: n must be a positive integer, got ${n}`);
    if (!Number.isInteger(start)) throw new RangeError(`Discrete: start must be an integer, got ${start}`);
  }

  sample(rng: Rng): number {
    return this.start + rng.int(this.n);
  }

  contains(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= this.start && value < this.start + this.n;
  }

  describe(): SpaceDescription {
    return { kind: this.kind, n: this.n, start: this.start };
  }
}
