import type { Info } from '../core/env';

/**
 * Infos of a vector env, batched as Gymnasium does: for every key that any sub-env reported, an array with one
 * slot per sub-env (undefined where that env did not report it) and a boolean mask `_key` saying which slots are
 * set. `infoAt(infos, i)` gives back the info of one sub-env.
 */
export type BatchedInfos<I extends Info> = { [K in keyof I]?: Array<I[K] | undefined> } & {
  [K in keyof I & string as `_${K}`]?: boolean[];
};

/** Batch per-env infos into Gymnasium's dict-of-arrays layout. */
export function batchInfos<I extends Info>(infos: readonly I[]): BatchedInfos<I> {
  const out: Record<string, unknown[]> = {};
  const n = infos.length;
  const masks: Record<string, boolean[]> = {};
  for (let i = 0; i < n; i++) {
    const info = infos[i] as I;
    for (const key in info) {
      let values = out[key];
      let mask = masks[key];
      if (values === undefined || mask === undefined) {
        values = out[key] = new Array<unknown>(n).fill(undefined);
        mask = masks[key] = new Array<boolean>(n).fill(false);
      }
      values[i] = info[key];
      mask[i] = true;
    }
  }
  for (const key in masks) out[`_${key}`] = masks[key] as boolean[];
  return out as BatchedInfos<I>;
}

/** The info of sub-env `index` from batched infos (the inverse of {@link batchInfos}). */
export function infoAt<I extends Info>(infos: BatchedInfos<I>, index: number): Partial<I> {
  const out: Record<string, unknown> = {};
  const record = infos as Record<string, unknown[]>;
  for (const key of Object.keys(record)) {
    if (key.startsWith('_')) continue;
    const mask = record[`_${key}`] as boolean[] | undefined;
    if (mask?.[index]) out[key] = record[key]?.[index];
  }
  return out as Partial<I>;
}
