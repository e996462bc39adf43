import type { Rng } from '../rng';

/**
 * A set of valid values (Gymnasium's `Space`): what observations and actions may be. Spaces can sample a
 * random member from an explicit {@link Rng} and tell whether a value belongs to them.
 */
export abstract class Space<T> {
  /** Short type name, e.g. "Text". */
  abstract readonly kind: string;

  /** A random member of the space. */
  abstract sample(rng: Rng): T;

  /** Whether `value` is a member of the space. */
  abstract contains(value: unknown): value is T;

  /** A JSON description of the space (for `spec` and error messages). */
  abstract describe(): SpaceDescription;

  toString(): string {
    return JSON.stringify(this.describe());
  }
}

/** JSON description of a space. */
export interface SpaceDescription {
  readonly kind: string;
  readonly [key: string]: unknown;
}

/** The member type of a space. */
export type SpaceValue<S> = S extends Space<infer T> ? T : never;
