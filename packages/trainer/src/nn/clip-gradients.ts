import * as tf from '@tensorflow/tfjs';

/**
 * Scale gradients so that their global L2 norm is at most `maxNorm` (PyTorch's `clip_grad_norm_`). Returns the
 * clipped gradients (new tensors) and the norm before clipping. `maxNorm <= 0` or `Infinity` disables clipping.
 */
export function clipByGlobalNorm(gradients: readonly tf.Tensor[], maxNorm: number): { gradients: tf.Tensor[]; norm: number } {
  const norm = tf.tidy(() => tf.sqrt(tf.addN(gradients.map((g) => tf.sum(tf.square(g)))))).dataSync()[0]!;
  if (!(maxNorm > 0) || !Number.isFinite(maxNorm) || norm <= maxNorm) return { gradients: gradients.map((g) => g.clone()), norm };
  const scale = maxNorm / (norm + 1e-6);
  return { gradients: gradients.map((g) => tf.mul(g, scale)), norm };
}
