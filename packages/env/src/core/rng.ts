import seedrandom from 'seedrandom';

/**
 * Everything random in rlver flows from an explicit seed through this class, so that the same seed gives the
 * same persona, the same simulated reply and the same sampled action on every machine.
 *
 * Backed by seedrandom's ARC4 generator, whose state can be saved and restored (checkpoints resume exactly).
 */
export class Rng {
  private readonly prng: seedrandom.StatefulPRNG<seedrandom.State.Arc4>;

  /** @param seed any integer or string; the same seed always yields the same sequence. */
  constructor(seed: number | string, state?: RngState) {
    // A restored state must be copied: seedrandom keeps a reference to the array it is given.
    this.prng = state
      ? seedrandom('', { state: { i: state.i, j: state.j, S: [...state.S] } })
      : seedrandom(String(seed), { state: true });
  }

  /** Restore a generator from a state saved by {@link Rng.state}. */
  static fromState(state: RngState): Rng {
    return new Rng('', state);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.prng();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`Rng.int: n must be a positive integer, got ${n}`);
    return Math.floor(this.prng() * n);
  }

  /** An integer in [min, max] inclusive. */
  intBetween(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Rng.pick: empty array');
    return items[this.int(items.length)] as T;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A standard normal sample (Box-Muller). */
  normal(): number {
    let u = 0;
    while (u === 0) u = this.prng();
    const v = this.prng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A 32-bit unsigned integer, e.g. to seed a child generator. */
  uint32(): number {
    return this.prng.int32() >>> 0;
  }

  /** The generator's full state, JSON-serialisable. */
  state(): RngState {
    return this.prng.state();
  }
}

/** Serialised {@link Rng} state (opaque; JSON-safe). */
export interface RngState {
  readonly i: number;
  readonly j: number;
  readonly S: readonly number[];
}

/**
 * Derive a 32-bit seed from several parts (numbers or strings) with a fixed hash (FNV-1a then a murmur3
 * finaliser). Used to give each (episode, turn, purpose) its own independent stream without shared state, so
 * that retrying a failed step or replaying a dialogue gives the same draws.
 */
export function deriveSeed(...parts: ReadonlyArray<number | string>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = typeof part === 'number' ? `#${part}` : `$${part}`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2f;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
