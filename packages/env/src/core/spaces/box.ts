import type { Rng } from '../rng';
import { Space, type SpaceDescription } from './space';

/**
 * Real vectors in a box `[low, high]^shape` (Gymnasium's `Box`), stored flat in row-major order as a
 * `Float32Array` (the layout tensors expect). Unbounded sides sample from a normal / exponential distribution
 * as Gymnasium does.
 */
export class Box extends Space<Float32Array> {
  readonly kind = 'Box';
  readonly shape: readonly number[];
  readonly size: number;
  readonly low: Float32Array;
  readonly high: Float32Array;

  constructor(low: number | ArrayLike<number>, high: number | ArrayLike<number>, shape?: readonly number[]) {
    super();
    const inferred = shape ?? (typeof low === 'number' ? (typeof high === 'number' ? [1] : [high.length]) : [low.length]);
    if (inferred.some((d) => !Number.isInteger(d) || d <= 0)) throw new RangeError(`Box: shape must be positive integers, got [${inferred.join(', ')}]`);
    this.shape = [...inferred];
    this.size = inferred.reduce((a, b) => a * b, 1);
    this.low = broadcast(low, this.size, 'low');
    this.high = broadcast(high, this.size, 'high');
    for (let i = 0; i < this.size; i++) {
      if (!(this.low[i]! <= this.high[i]!)) throw new RangeError(`Box: low[${i}]=${this.low[i]} > high[${i}]=${this.high[i]}`);
    }
  }

  sample(rng: Rng): Float32Array {
    const out = new Float32Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const lo = this.low[i]!;
      const hi = this.high[i]!;
      const finiteLo = Number.isFinite(lo);
      const finiteHi = Number.isFinite(hi);
      if (finiteLo && finiteHi) out[i] = lo + rng.next() * (hi - lo);
      else if (finiteLo) out[i] = lo - Math.log(1 - rng.next());
      else if (finiteHi) out[i] = hi + Math.log(1 - rng.next());
      else out[i] = rng.normal();
    }
    return out;
  }

  contains(value: unknown): value is Float32Array {
    if (!(value instanceof Float32Array) || value.length !== this.size) return false;
    for (let i = 0; i < this.size; i++) {
      const v = value[i]!;
      if (Number.isNaN(v) || v < this.low[i]! || v > this.high[i]!) return false;
    }
    return true;
  }

  describe(): SpaceDescription {
    return { kind: this.kind, shape: this.shape, low: Array.from(new Set(this.low)), high: Array.from(new Set(this.high)) };
  }
}

function broadcast(value: number | ArrayLike<number>, size: number, name: string): Float32Array {
  if (typeof value === 'number') return new Float32Array(size).fill(value);
  if (value.length !== size) throw new RangeError(`Box: ${name} has ${value.length} entries, shape needs ${size}`);
  return Float32Array.from(value);
}
