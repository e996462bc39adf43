import { InvalidOptionError } from '@rlver/env';
import type { ObservationEncoder } from './encoder';

/** The identity encoder for environments whose observations already are feature vectors (`Box` spaces). */
export class VectorEncoder implements ObservationEncoder<Float32Array> {
  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new InvalidOptionError('size', size, 'a positive integer');
  }

  describe(): Record<string, unknown> {
    return { size: this.size };
  }

  encodeInto(observation: Float32Array, out: Float32Array, offset: number): void {
    if (observation.length !== this.size) throw new InvalidOptionError('observation', observation, `a vector of length ${this.size}`);
    out.set(observation, offset);
  }
}
