import * as tf from '@tensorflow/tfjs';
import { clippedPolicyLoss, klK3, ratioStatistics, valueLoss } from '../../src/algorithms/losses';
import { useWasmBackend } from '../support/backend';

useWasmBackend();

const t1 = (values: number[]) => tf.tensor1d(values);
const read = (x: tf.Tensor) => Array.from(x.dataSync());

describe('clippedPolicyLoss', () => {
  const old = [0, 0, 0, 0, 0];
  // ratios e^0.1 ~ 1.105 (inside the range), e^-0.5 ~ 0.607 and 1.5 (outside), clip 0.2
  const logp = [0.1, 0.1, -0.5, -0.5, Math.log(1.5)];
  const adv = [1, -1, 1, -1, 1];
  const r1 = Math.exp(0.1);
  const r2 = Math.exp(-0.5);

  it('takes the pessimistic term per row', () => {
    const loss = tf.tidy(() => clippedPolicyLoss(t1(logp), t1(old), t1(adv), 0.2).dataSync()[0]!);
    // row0 A=1: max(-r1, -r1) = -r1; row1 A=-1: r1; row2 A=1: max(-0.607, -0.8) = -0.607 (a worse action is
    // not clipped); row3 A=-1: max(0.607, 0.8) = 0.8 (clipped); row4 A=1: max(-1.5, -1.2) = -1.2 (clipped).
    expect(loss).toBeCloseTo((-r1 + r1 - r2 + 0.8 - 1.2) / 5, 6);
  });

  it('has gradient -A*ratio/N where the unclipped term wins and zero where clipping binds', () => {
    const grad = tf.grad((x: tf.Tensor) => clippedPolicyLoss(x as tf.Tensor1D, t1(old), t1(adv), 0.2));
    const g = read(grad(t1(logp)));
    expect(g[0]).toBeCloseTo(-r1 / 5, 6);
    expect(g[1]).toBeCloseTo(r1 / 5, 6);
    expect(g[2]).toBeCloseTo(-r2 / 5, 6);
    expect(g[3]).toBe(0);
    expect(g[4]).toBe(0);
  });

  it('keeps the gradient when the ratio left the range on the harmful side', () => {
    // A=-1 with ratio 1.5 > 1.2: max(1.5, 1.2) = 1.5, so the gradient pushes the ratio back down.
    const grad = tf.grad((x: tf.Tensor) => clippedPolicyLoss(x as tf.Tensor1D, t1([0]), t1([-1]), 0.2));
    expect(read(grad(t1([Math.log(1.5)])))[0]).toBeCloseTo(1.5, 5);
  });
});

describe('valueLoss', () => {
  it('is half the mean squared error without clipping', () => {
    const v = tf.tidy(() => valueLoss(t1([1, 2]), t1([0, 0]), t1([0, 0]), undefined).dataSync()[0]!);
    expect(v).toBeCloseTo(0.5 * (1 + 4) / 2, 6);
  });

  it('uses the larger of the clipped and unclipped errors with clipping', () => {
    // V=1, V_old=0, R=2, c=0.2: unclipped (1-2)^2=1, clipped (0.2-2)^2=3.24 -> 3.24
    // V=1, V_old=0, R=0: unclipped 1, clipped 0.04 -> 1
    const v = tf.tidy(() => valueLoss(t1([1, 1]), t1([2, 0]), t1([0, 0]), 0.2).dataSync()[0]!);
    expect(v).toBeCloseTo(0.5 * (3.24 + 1) / 2, 5);
  });
});

describe('klK3 and ratioStatistics', () => {
  it('k3 = exp(d) - d - 1 with d = ref - logp, zero at equality', () => {
    const k = tf.tidy(() => read(klK3(t1([-1, -1]), t1([-1, -0.5]))));
    expect(k[0]).toBeCloseTo(0, 7);
    expect(k[1]).toBeCloseTo(Math.exp(0.5) - 0.5 - 1, 6);
  });

  it('reports approx KL and the clipped fraction', () => {
    const stats = tf.tidy(() => {
      const s = ratioStatistics(t1([0.1, 0.5, 0]), t1([0, 0, 0]), 0.2);
      return { kl: s.approxKl.dataSync()[0]!, clip: s.clipFraction.dataSync()[0]! };
    });
    const expectedKl = (Math.exp(0.1) - 1 - 0.1 + Math.exp(0.5) - 1 - 0.5) / 3;
    expect(stats.kl).toBeCloseTo(expectedKl, 6);
    expect(stats.clip).toBeCloseTo(1 / 3, 6);
  });
});
