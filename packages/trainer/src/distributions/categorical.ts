import * as tf from '@tensorflow/tfjs';
import type { Rng } from '@rlver/env';

/**
 * A batch of categorical distributions given by unnormalised logits `[batch, numActions]`. Differentiable
 * quantities are tensors; sampling happens in JS from an explicit {@link Rng} so that it is reproducible and its
 * state can be checkpointed.
 */
export class Categorical {
  /** Normalised log-probabilities `[batch, numActions]`. */
  readonly logProbs: tf.Tensor2D;

  constructor(logits: tf.Tensor2D) {
    // log-softmax spelled out: tf.logSoftmax is a custom-gradient composite that costs several times more per
    // call, and this runs on every rollout step. Subtracting the row max keeps exp() in range.
    const shifted = tf.sub(logits, tf.max(logits, 1, true));
    this.logProbs = tf.sub(shifted, tf.log(tf.sum(tf.exp(shifted), 1, true))) as tf.Tensor2D;
  }

  get numActions(): number {
    return this.logProbs.shape[1];
  }

  /** `log p(actions[b])` for each row `b`: `[batch]`. */
  logProb(actions: tf.Tensor1D): tf.Tensor1D {
    return tf.sum(tf.mul(this.logProbs, tf.oneHot(tf.cast(actions, 'int32'), this.numActions)), 1) as tf.Tensor1D;
  }

  /** Entropy of each row in nats: `[batch]`. */
  entropy(): tf.Tensor1D {
    return tf.neg(tf.sum(tf.mul(tf.exp(this.logProbs), this.logProbs), 1)) as tf.Tensor1D;
  }
}

/**
 * Sample one action per row from row-major log-probabilities `[batch, numActions]` (inverse CDF, one uniform
 * draw per row), or take the most probable action when `greedy`. Returns the actions and their log-probabilities.
 */
export function sampleFromLogProbs(logProbs: Float32Array, batch: number, numActions: number, rng: Rng, greedy = false): { actions: Int32Array; logProbs: Float32Array } {
  const actions = new Int32Array(batch);
  const chosen = new Float32Array(batch);
  for (let b = 0; b < batch; b++) {
    const row = b * numActions;
    let action = 0;
    if (greedy) {
      for (let a = 1; a < numActions; a++) if (logProbs[row + a]! > logProbs[row + action]!) action = a;
    } else {
      const u = rng.next();
      let cumulative = 0;
      action = numActions - 1; // float rounding can leave the total a hair under 1
      for (let a = 0; a < numActions; a++) {
        cumulative += Math.exp(logProbs[row + a]!);
        if (u < cumulative) {
          action = a;
          break;
        }
      }
    }
    actions[b] = action;
    chosen[b] = logProbs[row + action]!;
  }
  return { actions, logProbs: chosen };
}
