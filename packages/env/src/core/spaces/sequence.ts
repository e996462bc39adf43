import type { Rng } from '../rng';
import { Space, type SpaceDescription } from './space';

/** Arrays of any length up to `maxLength` whose items all belong to one space (Gymnasium's `Sequence`). */
export class Sequence<T> extends Space<T[]> {
  readonly kind = 'Sequence';

  constructor(
    readonly item: Space<T>,
    readonly maxLength = Number.POSITIVE_INFINITY,
  ) {
    super();
    if (!(maxLength >= 0)) throw new RangeError(`Sequence: maxLength must be >= 0, got ${maxLength}`);
  }

  /** Samples a length in [0, min(maxLength, 8)] (Gymnasium samples a geometric length; short keeps it cheap). */
  sample(rng: Rng): T[] {
    const length = rng.int(Math.min(this.maxLength, 8) + 1);
    return Array.from({ length }, () => this.item.sample(rng));
  }

  contains(value: unknown): value is T[] {
    return Array.isArray(value) && value.length <= this.maxLength && value.every((v) => this.item.contains(v));
  }

  describe(): SpaceDescription {
    return { kind: this.kind, item: this.item.describe(), maxLength: Number.isFinite(this.maxLength) ? this.maxLength : null };
  }
}
