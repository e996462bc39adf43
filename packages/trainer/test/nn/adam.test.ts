import * as tf from '@tensorflow/tfjs';
import { Adam } from '../../src/nn/adam';
import { clipByGlobalNorm } from '../../src/nn/clip-gradients';
import { learningRateAt } from '../../src/nn/lr-schedule';
import { useWasmBackend } from '../support/backend';

useWasmBackend();

describe('Adam', () => {
  it('matches two steps computed by hand', () => {
    const p = tf.variable(tf.tensor1d([1, -2]));
    const adam = new Adam(['p'], [p], { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
    // step 1, g = [0.5, -1]: m = 0.1g, v = 0.001g^2, m_hat = g, v_hat = g^2 -> p -= lr * sign(g) (up to eps)
    adam.apply([Float32Array.from([0.5, -1])], 0.1);
    expect(Array.from(p.dataSync()).map((x) => Number(x.toFixed(5)))).toEqual([0.9, -1.9]);
    // step 2, g = [0.5, 1]: p0 again moves by 0.1; p1: m = 0.9*(-0.1) + 0.1*1 = 0.01, m_hat = 0.01/0.19,
    // v = 0.999*0.001 + 0.001 = 0.001999, v_hat = 0.001999/0.001999 = 1 -> step 0.1 * 0.0526316
    adam.apply([Float32Array.from([0.5, 1])], 0.1);
    const [p0, p1] = Array.from(p.dataSync());
    expect(p0).toBeCloseTo(0.8, 5);
    expect(p1).toBeCloseTo(-1.9 - 0.1 * (0.01 / 0.19) / Math.sqrt(0.001999 / (1 - 0.999 ** 2)), 5);
    expect(adam.step).toBe(2);
  });

  it('restores its state exactly: a restored optimiser continues like the original', () => {
    const make = () => tf.variable(tf.tensor1d([0.3, 0.7, -0.1]));
    const a = make();
    const b = make();
    const adamA = new Adam(['w'], [a]);
    const grads = [[0.1, -0.2, 0.3], [0.05, 0.5, -0.4], [-0.3, 0.2, 0.1]].map((g) => Float32Array.from(g));
    adamA.apply([grads[0]!.slice()], 0.01);
    const saved = adamA.state();
    const adamB = new Adam(['w'], [b]);
    b.assign(a);
    adamB.restore(saved, 'test');
    for (const g of grads.slice(1)) {
      adamA.apply([g.slice()], 0.01);
      adamB.apply([g.slice()], 0.01);
    }
    expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
    expect(() => adamB.restore({ step: 1, moments: {} }, 'ckpt')).toThrow(/ckpt: missing optimiser moment "w\/m"/);
  });
});

describe('clipByGlobalNorm', () => {
  it('scales all gradients by maxNorm / norm when the norm is larger, and reports the norm', () => {
    const g = [Float32Array.from([3, 0]), Float32Array.from([4])];
    expect(clipByGlobalNorm(g, 1)).toBeCloseTo(5, 6);
    expect(g[0]![0]).toBeCloseTo(0.6, 5);
    expect(g[1]![0]).toBeCloseTo(0.8, 5);
    const small = [Float32Array.from([0.3, 0.4])];
    expect(clipByGlobalNorm(small, 1)).toBeCloseTo(0.5, 6);
    expect(Array.from(small[0]!)).toEqual([Math.fround(0.3), Math.fround(0.4)]);
  });
});

describe('learningRateAt', () => {
  it('implements constant, linear (CleanRL) and cosine schedules', () => {
    expect(learningRateAt('constant', 0.1, 7, 10)).toBe(0.1);
    expect(learningRateAt('linear', 0.1, 0, 10)).toBeCloseTo(0.1);
    expect(learningRateAt('linear', 0.1, 5, 10)).toBeCloseTo(0.05);
    expect(learningRateAt('cosine', 0.1, 5, 10)).toBeCloseTo(0.05);
    expect(learningRateAt('cosine', 0.1, 10, 10)).toBeCloseTo(0);
  });
});
