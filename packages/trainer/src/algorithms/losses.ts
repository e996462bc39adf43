import * as tf from '@tensorflow/tfjs';

/**
 * PPO's clipped surrogate objective as a loss to minimise (Schulman et al. 2017):
 * `mean(max(-A * r, -A * clip(r, 1 - eps, 1 + eps)))` with `r = exp(logp - logpOld)`.
 */
export function clippedPolicyLoss(logProbs: tf.Tensor1D, oldLogProbs: tf.Tensor1D, advantages: tf.Tensor1D, clipCoef: number): tf.Scalar {
  const ratio = tf.exp(tf.sub(logProbs, oldLogProbs));
  const unclipped = tf.mul(tf.neg(advantages), ratio);
  const clipped = tf.mul(tf.neg(advantages), tf.clipByValue(ratio, 1 - clipCoef, 1 + clipCoef));
  return tf.mean(tf.maximum(unclipped, clipped));
}

/**
 * The value loss `0.5 * mean((V - R)^2)`, or with `clipCoef` CleanRL's clipped variant
 * `0.5 * mean(max((V - R)^2, (V_old + clip(V - V_old, -c, c) - R)^2))`.
 */
export function valueLoss(values: tf.Tensor1D, returns: tf.Tensor1D, oldValues: tf.Tensor1D, clipCoef: number | undefined): tf.Scalar {
  const unclipped = tf.square(tf.sub(values, returns));
  if (clipCoef === undefined) return tf.mul(0.5, tf.mean(unclipped)) as tf.Scalar;
  const clippedValues = tf.add(oldValues, tf.clipByValue(tf.sub(values, oldValues), -clipCoef, clipCoef));
  const clipped = tf.square(tf.sub(clippedValues, returns));
  return tf.mul(0.5, tf.mean(tf.maximum(unclipped, clipped))) as tf.Scalar;
}

/**
 * Schulman's k3 estimator of KL(pi || pi_ref) from actions sampled by pi: `exp(d) - d - 1` with
 * `d = logp_ref - logp`. Unbiased and never negative (GRPO's KL term).
 */
export function klK3(logProbs: tf.Tensor1D, referenceLogProbs: tf.Tensor1D): tf.Tensor1D {
  const d = tf.sub(referenceLogProbs, logProbs);
  return tf.sub(tf.sub(tf.exp(d), d), 1) as tf.Tensor1D;
}

/**
 * Diagnostics of a policy update from the new and old log-probabilities of the taken actions: CleanRL's
 * `approx_kl` (k3 of the old policy against the new) and the fraction of rows whose ratio left the clip range.
 */
export function ratioStatistics(logProbs: tf.Tensor1D, oldLogProbs: tf.Tensor1D, clipCoef: number): { approxKl: tf.Scalar; clipFraction: tf.Scalar } {
  const logRatio = tf.sub(logProbs, oldLogProbs);
  const ratio = tf.exp(logRatio);
  const approxKl = tf.mean(tf.sub(tf.sub(ratio, 1), logRatio)) as tf.Scalar;
  const clipped = tf.cast(tf.greater(tf.abs(tf.sub(ratio, 1)), clipCoef), 'float32');
  return { approxKl, clipFraction: tf.mean(clipped) as tf.Scalar };
}
