import { Rng, VectorEnv } from '@rlver/env';
import { MlpPolicy } from '../../src/policies/mlp-policy';
import { collectGroups } from '../../src/rollout/collect-groups';
import { collectSteps } from '../../src/rollout/collect-steps';
import type { ActionDecoder } from '../../src/rollout/types';
import { useWasmBackend } from '../support/backend';
import { ContextualBandit } from '../support/contextual-bandit';

useWasmBackend();

const identity: ActionDecoder<Float32Array, number> = async (_obs, actions) => Array.from(actions);
const policy = () => new MlpPolicy<Float32Array>({ encoder: { kind: 'vector', size: 4 }, numActions: 5, hiddenSizes: [8], seed: 1 });

describe('collectSteps', () => {
  it('marks the next-step autoreset steps invalid and counts every finished episode', async () => {
    // One-step episodes: every other vector step only resets the sub-env.
    const vec = new VectorEnv([new ContextualBandit(), new ContextualBandit()]);
    const rollout = await collectSteps({ vec, policy: policy(), decode: identity, numSteps: 5, rng: new Rng(0), seeds: [10, 11], update: 0 });
    expect(Array.from(rollout.valid)).toEqual([1, 1, 0, 0, 1, 1, 0, 0, 1, 1]);
    expect(Array.from(rollout.dones)).toEqual([1, 1, 0, 0, 1, 1, 0, 0, 1, 1]);
    expect(rollout.episodes).toHaveLength(6);
    expect(rollout.envSteps).toBe(10);
    expect(rollout.features.length).toBe(10 * 4);
    // Rewards are 0 or 1 on real steps and 0 on reset steps.
    rollout.rewards.forEach((r, i) => (rollout.valid[i] ? expect([0, 1]).toContain(r) : expect(r).toBe(0)));
  });

  it('is reproducible from its seeds and generator', async () => {
    const run = async () => {
      const vec = new VectorEnv([new ContextualBandit(), new ContextualBandit(), new ContextualBandit()]);
      const r = await collectSteps({ vec, policy: policy(), decode: identity, numSteps: 4, rng: new Rng(3), seeds: [1, 2, 3], update: 0 });
      return [Array.from(r.actions), Array.from(r.rewards), Array.from(r.features)];
    };
    expect(await run()).toEqual(await run());
  });
});

describe('collectGroups', () => {
  it('plays groupSize episodes per group seed, each group from the same context, in whole waves', async () => {
    const vec = new VectorEnv(Array.from({ length: 4 }, () => new ContextualBandit()));
    const rollout = await collectGroups({ vec, policy: policy(), decode: identity, rng: new Rng(0), groupSeeds: [5, 6, 7, 8], groupSize: 2, update: 0, maxEpisodeSteps: 3 });
    expect(rollout.episodes).toHaveLength(8);
    expect(Array.from(rollout.episodeGroup)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(Array.from(rollout.stepEpisode)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const contextOf = (step: number) => Array.from(rollout.features.subarray(step * 4, step * 4 + 4)).indexOf(1);
    for (let g = 0; g < 4; g++) expect(contextOf(2 * g)).toBe(contextOf(2 * g + 1));
    await expect(collectGroups({ vec, policy: policy(), decode: identity, rng: new Rng(0), groupSeeds: [1], groupSize: 3, update: 0, maxEpisodeSteps: 3 })).rejects.toThrow(/must fill whole waves of 4 sub-envs/);
  });
});
