import * as tf from '@tensorflow/tfjs';
import type { Policy } from '../policies/types';

/** Training samples of one update, column by column in JS arrays (minibatches are cut here, not with tf.gather). */
export interface SampleColumns {
  readonly size: number;
  readonly featureSize: number;
  /** `size * featureSize` encoded observations. */
  readonly features: Float32Array;
  readonly actions: Int32Array;
  readonly [column: string]: Float32Array | Int32Array | number;
}

/**
 * The rows `indices` of the feature matrix as a tensor. Copying rows in JS and uploading them is much cheaper
 * than `tf.gather` on the wasm backend (measured ~0.1 ms against ~9 ms for 112 rows of 530 features).
 */
export function takeFeatures(samples: SampleColumns, indices: Int32Array): tf.Tensor2D {
  return tf.tensor2d(takeRows(samples.features, samples.featureSize, indices), [indices.length, samples.featureSize]);
}

/** The rows `rows` (in that order) of a row-major matrix `width` entries wide, copied into a new matrix. */
export function takeRows(matrix: Float32Array, width: number, rows: ArrayLike<number>): Float32Array {
  const out = new Float32Array(rows.length * width);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    out.set(matrix.subarray(row * width, (row + 1) * width), k * width);
  }
  return out;
}

/** The entries `indices` of one column as a 1-D tensor. */
export function takeColumn(column: Float32Array | Int32Array, indices: Int32Array): tf.Tensor1D {
  if (column instanceof Int32Array) return tf.tensor1d(Int32Array.from(indices, (i) => column[i]!), 'int32');
  return tf.tensor1d(Float32Array.from(indices, (i) => column[i]!));
}

/** Log-probabilities of the sampled actions under a (frozen) policy, computed once per update in chunks. */
export function logProbsUnder(policy: Policy<unknown>, samples: SampleColumns, chunk = 1024): Float32Array {
  const out = new Float32Array(samples.size);
  for (let start = 0; start < samples.size; start += chunk) {
    const indices = Int32Array.from({ length: Math.min(chunk, samples.size - start) }, (_, k) => start + k);
    const values = tf.tidy(() => policy.evaluate(takeFeatures(samples, indices), takeColumn(samples.actions, indices)).logProbs.dataSync());
    out.set(values, start);
  }
  return out;
}
