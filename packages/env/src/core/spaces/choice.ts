import type { Rng } from '../rng';
import { Space, type SpaceDescription } from './space';

/** One of a fixed set of strings, e.g. a chat role. */
export class Choice<T extends string> extends Space<T> {
  readonly kind = 'Choice';
  readonly values: readonly T[];

  constructor(values: readonly T[]) {
    super();
    if (values.length === 0) throw new RangeError('Choice: needs at least one value');
    this.values = [...values];
  }

  sample(rng: Rng): T {
    return rng.pick(this.values);
  }

  contains(value: unknown): value is T {
    return typeof value === 'string' && (this.values as readonly string[]).includes(value);
  }

  describe(): SpaceDescription {
    return { kind: this.kind, values: this.values };
  }
}
