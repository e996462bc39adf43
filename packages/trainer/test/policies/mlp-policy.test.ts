import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { Rng, STRATEGIES, type ChatObservation } from '@rlver/env';
import { MlpPolicy } from '../../src/policies/mlp-policy';
import { loadPolicy } from '../../src/policies/registry';
import { createStrategyPolicy } from '../../src/policies/strategy-policy';
import { useWasmBackend } from '../support/backend';

useWasmBackend();

const dialogue: ChatObservation = [{ role: 'user', content: 'My manager presented my project as his own today.' }];

describe('MlpPolicy', () => {
  it('act returns valid actions with log-probabilities that match evaluate', () => {
    const policy = createStrategyPolicy({ encoder: { hashBuckets: 32 }, hiddenSizes: [8], seed: 3 });
    const features = policy.encode([dialogue, dialogue, [{ role: 'user', content: '我很难过' }]]);
    const out = policy.act(features, new Rng(1));
    expect(out.actions.every((a) => a >= 0 && a < STRATEGIES.length)).toBe(true);
    const evaluated = tf.tidy(() => {
      const e = policy.evaluate(tf.tensor2d(features.data, [3, features.size]), tf.tensor1d(out.actions, 'int32'));
      return { logp: Array.from(e.logProbs.dataSync()), entropy: Array.from(e.entropy.dataSync()) };
    });
    evaluated.logp.forEach((lp, i) => expect(lp).toBeCloseTo(out.logProbs[i]!, 5));
    // The policy head is initialised with gain 0.01: close to uniform, entropy close to log(9).
    evaluated.entropy.forEach((h) => expect(h).toBeCloseTo(Math.log(STRATEGIES.length), 2));
    policy.dispose();
  });

  it('computes log-probabilities and entropy of a known categorical exactly', () => {
    // A linear policy over a one-hot input: the logits are the kernel's row, so we can set them directly.
    const policy = new MlpPolicy<Float32Array>({ encoder: { kind: 'vector', size: 1 }, numActions: 3, hiddenSizes: [], critic: false, seed: 0 });
    const kernel = policy.variables()[0]!;
    kernel.assign(tf.tensor2d([[Math.log(1), Math.log(2), Math.log(5)]]));
    const e = tf.tidy(() => {
      const r = policy.evaluate(tf.tensor2d([[1], [1]]), tf.tensor1d([0, 2], 'int32'));
      return { logp: Array.from(r.logProbs.dataSync()), entropy: r.entropy.dataSync()[0]! };
    });
    const p = [0.125, 0.25, 0.625];
    expect(e.logp[0]).toBeCloseTo(Math.log(0.125), 5);
    expect(e.logp[1]).toBeCloseTo(Math.log(0.625), 5);
    expect(e.entropy).toBeCloseTo(-p.reduce((s, q) => s + q * Math.log(q), 0), 5);
    // Sampling follows the probabilities; greedy takes the most probable action.
    const batch = policy.encode(Array.from({ length: 4000 }, () => Float32Array.of(1)));
    const { actions } = policy.act(batch, new Rng(5));
    const share = (a: number) => actions.filter((x) => x === a).length / actions.length;
    expect(share(2)).toBeCloseTo(0.625, 1);
    expect(share(0)).toBeCloseTo(0.125, 1);
    expect(Array.from(policy.act(policy.encode([Float32Array.of(1)]), new Rng(5), { greedy: true }).actions)).toEqual([2]);
    policy.dispose();
  });

  it('saves and loads through the registry, and copies are independent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rlver-policy-'));
    const policy = createStrategyPolicy({ encoder: { hashBuckets: 16 }, hiddenSizes: [8], seed: 11 });
    const copy = policy.copy();
    policy.variables()[0]!.assign(tf.mul(policy.variables()[0]!, 2));
    await policy.save(dir);
    const loaded = await loadPolicy<ChatObservation>(dir);
    expect(loaded.actionNames).toEqual([...STRATEGIES]);
    expect(loaded.variableNames()).toEqual(policy.variableNames());
    loaded.variables().forEach((v, i) => expect(Array.from(v.dataSync())).toEqual(Array.from(policy.variables()[i]!.dataSync())));
    expect(Array.from(copy.variables()[0]!.dataSync())).not.toEqual(Array.from(policy.variables()[0]!.dataSync()));
    const wider = createStrategyPolicy({ encoder: { hashBuckets: 32 }, hiddenSizes: [8], seed: 11 });
    await expect(wider.load(dir)).rejects.toThrow(/parameter "actor\/0\/kernel" has shape \[\d+, 8\], expected \[\d+, 8\]/);
    [policy, copy, loaded, wider].forEach((p) => p.dispose());
  });
});
