import * as tf from '@tensorflow/tfjs';
import type { Rng } from '@rlver/env';
import { orthogonalMatrix } from './init';
import { linear } from './linear';
import type { ParameterSet } from './params';

/** Shape of a {@link Mlp}. */
export interface MlpShape {
  readonly inputSize: number;
  readonly hiddenSizes: readonly number[];
  readonly outputSize: number;
  /** Gain of the orthogonal initialisation of the last layer (CleanRL: 0.01 for logits, 1 for values). */
  readonly outputGain: number;
}

/**
 * A tanh multi-layer perceptron whose weights live in a {@link ParameterSet} under `name/<layer>/kernel|bias`.
 * Initialised orthogonally from a seeded generator with zero biases.
 */
export class Mlp {
  private readonly layers: { kernel: tf.Variable; bias: tf.Variable }[] = [];

  constructor(
    params: ParameterSet,
    readonly name: string,
    readonly shape: MlpShape,
    rng: Rng,
  ) {
    const sizes = [shape.inputSize, ...shape.hiddenSizes, shape.outputSize];
    for (let i = 0; i + 1 < sizes.length; i++) {
      const fanIn = sizes[i]!;
      const fanOut = sizes[i + 1]!;
      const last = i + 2 === sizes.length;
      const gain = last ? shape.outputGain : Math.SQRT2;
      this.layers.push({
        kernel: params.add(`${name}/${i}/kernel`, [fanIn, fanOut], orthogonalMatrix(fanIn, fanOut, gain, rng)),
        bias: params.add(`${name}/${i}/bias`, [fanOut], new Float32Array(fanOut)),
      });
    }
  }

  /** `[batch, inputSize] -> [batch, outputSize]`. */
  apply(input: tf.Tensor2D): tf.Tensor2D {
    let x = input;
    this.layers.forEach((layer, i) => {
      // The first layer's input is data: no gradient flows into it.
      const z = tf.add(linear(x, layer.kernel as tf.Tensor2D, i > 0), layer.bias) as tf.Tensor2D;
      x = i + 1 < this.layers.length ? tf.tanh(z) : z;
    });
    return x;
  }
}
