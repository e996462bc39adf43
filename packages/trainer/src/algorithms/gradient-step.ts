import * as tf from '@tensorflow/tfjs';
import { clipByGlobalNorm } from '../nn/clip-gradients';
import type { Adam } from '../nn/adam';

/** A loss to minimise and named scalar diagnostics computed alongside it. */
export interface LossTerms {
  readonly loss: tf.Scalar;
  readonly stats: Readonly<Record<string, tf.Scalar>>;
}

/**
 * One optimiser step: gradients of the loss with respect to `variables` (computed by tfjs, read back), clipped
 * to a global norm, applied by Adam at `learningRate`. Returns the diagnostics as numbers, plus `loss` and `gradNorm` (before clipping).
 */
export function gradientStep(variables: readonly tf.Variable[], optimizer: Adam, lossFn: () => LossTerms, maxGradNorm: number, learningRate: number): Record<string, number> {
  let stats: Readonly<Record<string, tf.Scalar>> = {};
  const { value, grads } = tf.variableGrads(() => {
    const terms = lossFn();
    stats = terms.stats;
    for (const scalar of Object.values(stats)) tf.keep(scalar);
    return terms.loss;
  }, [...variables]);
  // A variable the loss does not reach (none in the built-in policies) gets a zero gradient, not a crash.
  const gradients = variables.map((v) => {
    const g = grads[v.name];
    return g ? Float32Array.from(g.dataSync() as Float32Array) : new Float32Array(v.size);
  });
  const gradNorm = clipByGlobalNorm(gradients, maxGradNorm);
  optimizer.apply(gradients, learningRate);
  const out: Record<string, number> = { loss: value.dataSync()[0]!, gradNorm };
  for (const [name, scalar] of Object.entries(stats)) out[name] = scalar.dataSync()[0]!;
  tf.dispose([value, ...Object.values(grads), ...Object.values(stats)]);
  return out;
}

/** Running means of named diagnostics over the minibatches of an update. */
export class StatsMean {
  private readonly sums = new Map<string, number>();
  private count = 0;

  add(stats: Readonly<Record<string, number>>): void {
    for (const [name, value] of Object.entries(stats)) this.sums.set(name, (this.sums.get(name) ?? 0) + value);
    this.count += 1;
  }

  means(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, sum] of this.sums) out[name] = this.count ? sum / this.count : 0;
    return out;
  }
}
