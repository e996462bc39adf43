import * as tf from '@tensorflow/tfjs';
import { linear } from '../../src/nn/linear';
import { useWasmBackend } from '../support/backend';

useWasmBackend();

describe('linear', () => {
  const x = () => tf.tensor2d([[1, 2, 3], [-1, 0.5, 2]]);
  const w = () => tf.tensor2d([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]);
  const weights = [1, -2, 0.5, 3]; // a fixed cotangent, so the loss is not symmetric
  const lossOf = (y: tf.Tensor) => tf.sum(tf.mul(y, tf.tensor2d(weights, [2, 2])));

  it('computes x @ kernel', () => {
    const y = tf.tidy(() => Array.from(linear(x(), w(), false).dataSync()));
    const expected = tf.tidy(() => Array.from(tf.matMul(x(), w()).dataSync()));
    y.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
  });

  it('has the same kernel gradient as tf.matMul, with or without the input gradient', () => {
    const reference = tf.tidy(() => Array.from(tf.grad((k: tf.Tensor) => lossOf(tf.matMul(x(), k as tf.Tensor2D)))(w()).dataSync()));
    for (const inputNeedsGradient of [false, true]) {
      const got = tf.tidy(() => Array.from(tf.grad((k: tf.Tensor) => lossOf(linear(x(), k as tf.Tensor2D, inputNeedsGradient)))(w()).dataSync()));
      got.forEach((v, i) => expect(v).toBeCloseTo(reference[i]!, 5));
    }
  });

  it('has the same input gradient as tf.matMul when asked for it', () => {
    const reference = tf.tidy(() => Array.from(tf.grad((input: tf.Tensor) => lossOf(tf.matMul(input as tf.Tensor2D, w())))(x()).dataSync()));
    const got = tf.tidy(() => Array.from(tf.grad((input: tf.Tensor) => lossOf(linear(input as tf.Tensor2D, w(), true)))(x()).dataSync()));
    got.forEach((v, i) => expect(v).toBeCloseTo(reference[i]!, 5));
  });
});
