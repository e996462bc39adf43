import type { Rng } from '@rlver/env';

/**
 * An orthogonal `rows x cols` matrix scaled by `gain` (row-major), drawn from `rng`: the initialisation CleanRL's
 * PPO uses (gain sqrt(2) for hidden layers, 0.01 for the policy head, 1 for the value head). Computed in plain
 * JS from our seeded generator, so the initial weights are the same on every backend.
 *
 * Modified Gram-Schmidt on the shorter side of a Gaussian matrix (the QR trick); for `rows >= cols` the columns
 * are orthonormal, otherwise the rows are.
 */
export function orthogonalMatrix(rows: number, cols: number, gain: number, rng: Rng): Float32Array {
  const transpose = rows < cols;
  const n = transpose ? cols : rows; // length of each vector
  const k = transpose ? rows : cols; // number of vectors to orthonormalise
  const vectors: Float64Array[] = [];
  for (let j = 0; j < k; j++) {
    const v = new Float64Array(n);
    for (;;) {
      for (let i = 0; i < n; i++) v[i] = rng.normal();
      for (const u of vectors) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += v[i]! * u[i]!;
        for (let i = 0; i < n; i++) v[i]! -= dot * u[i]!;
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += v[i]! * v[i]!;
      norm = Math.sqrt(norm);
      // A (vanishingly unlikely) degenerate draw is redrawn rather than normalised.
      if (norm > 1e-8) {
        for (let i = 0; i < n; i++) v[i]! /= norm;
        break;
      }
    }
    vectors.push(v);
  }
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      out[r * cols + c] = gain * (transpose ? vectors[r]![c]! : vectors[c]![r]!);
    }
  }
  return out;
}
