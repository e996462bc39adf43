import * as tf from '@tensorflow/tfjs';

type Inputs = Array<tf.Tensor | tf.GradSaveFunc>;

/**
 * `x @ kernel` with a hand-written gradient that uses only untransposed matrix products. tfjs's own gradient of
 * `matMul` multiplies with `transposeA`/`transposeB`, which the wasm backend runs about ten times slower than a
 * plain product (measured: 112x530 by 112x64 takes 23 ms transposed, 2.5 ms after an explicit transpose).
 *
 * When `inputNeedsGradient` is false (the first layer: the input is data), the input's gradient is not computed
 * at all; `x` is then a captured constant rather than an input of the differentiated function.
 */
export function linear(x: tf.Tensor2D, kernel: tf.Tensor2D, inputNeedsGradient: boolean): tf.Tensor2D {
  if (!inputNeedsGradient) {
    const op = tf.customGrad((...inputs: Inputs) => {
      const [w, save] = inputs as [tf.Tensor2D, tf.GradSaveFunc];
      // Saved, not just captured: the engine disposes the forward pass's tensors before running gradients.
      save([x]);
      return { value: tf.matMul(x, w) as tf.Tensor2D, gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => [tf.matMul(tf.transpose(saved[0] as tf.Tensor2D), dy)] };
    });
    return op(kernel) as tf.Tensor2D;
  }
  const op = tf.customGrad((...inputs: Inputs) => {
    const [input, w, save] = inputs as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    save([input, w]);
    return {
      value: tf.matMul(input, w) as tf.Tensor2D,
      gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
        const [savedInput, savedW] = saved as [tf.Tensor2D, tf.Tensor2D];
        return [tf.matMul(dy, tf.transpose(savedW)), tf.matMul(tf.transpose(savedInput), dy)];
      },
    };
  });
  return op(x, kernel) as tf.Tensor2D;
}
