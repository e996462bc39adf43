import type { Rng } from '../rng';
import { Space, type SpaceDescription, type SpaceValue } from './space';

type SpaceMap = Record<string, Space<unknown>>;

/** The value type of a {@link Dict} over `M`. */
export type DictValue<M extends SpaceMap> = { [K in keyof M]: SpaceValue<M[K]> };

/** Objects with a fixed set of keys, each in its own space (Gymnasium's `Dict`). Extra keys are rejected. */
export class Dict<M extends SpaceMap> extends Space<DictValue<M>> {
  readonly kind = 'Dict';

  constructor(readonly spaces: M) {
    super();
  }

  sample(rng: Rng): DictValue<M> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(this.spaces)) out[key] = this.spaces[key]!.sample(rng);
    return out as DictValue<M>;
  }

  contains(value: unknown): value is DictValue<M> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length !== Object.keys(this.spaces).length) return false;
    return keys.every((key) => key in this.spaces && this.spaces[key]!.contains(record[key]));
  }

  describe(): SpaceDescription {
    const spaces: Record<string, SpaceDescription> = {};
    for (const key of Object.keys(this.spaces)) spaces[key] = this.spaces[key]!.describe();
    return { kind: this.kind, spaces };
  }
}
