import { Rng, VectorEnv, checkEnv, deriveSeed } from '@rlver/env';
import { Grpo, DEFAULT_GRPO_CONFIG } from '../../src/algorithms/grpo';
import { Ppo, DEFAULT_PPO_CONFIG } from '../../src/algorithms/ppo';
import { Adam } from '../../src/nn/adam';
import { MlpPolicy } from '../../src/policies/mlp-policy';
import type { ActionDecoder } from '../../src/rollout/types';
import { useWasmBackend } from '../support/backend';
import { ContextualBandit } from '../support/contextual-bandit';

useWasmBackend();

const CONTEXTS = 4;
const ACTIONS = 5;
const identity: ActionDecoder<Float32Array, number> = async (_obs, actions) => Array.from(actions);

/** Fraction of sampled (not greedy) actions that are optimal, over every context. */
function optimalRate(policy: MlpPolicy<Float32Array>, bandit: ContextualBandit, rng: Rng): number {
  const observations: Float32Array[] = [];
  for (let c = 0; c < CONTEXTS; c++) {
    for (let k = 0; k < 100; k++) {
      const o = new Float32Array(CONTEXTS);
      o[c] = 1;
      observations.push(o);
    }
  }
  const { actions } = policy.act(policy.encode(observations), rng);
  let optimal = 0;
  actions.forEach((a, i) => (optimal += a === bandit.bestAction(Math.floor(i / 100)) ? 1 : 0));
  return optimal / actions.length;
}

function makePolicy(critic: boolean): MlpPolicy<Float32Array> {
  return new MlpPolicy<Float32Array>({ encoder: { kind: 'vector', size: CONTEXTS }, numActions: ACTIONS, hiddenSizes: [16], critic, seed: 7 });
}

describe('learning a contextual bandit (fixed seed 7)', () => {
  it('the bandit passes checkEnv', async () => {
    const report = await checkEnv(new ContextualBandit(CONTEXTS, ACTIONS));
    expect(report.problems).toEqual([]);
  });

  it('PPO reaches >= 95% optimal sampled actions within 30 updates of 8 envs x 8 steps', async () => {
    const vec = new VectorEnv(Array.from({ length: 8 }, () => new ContextualBandit(CONTEXTS, ACTIONS)));
    const policy = makePolicy(true);
    const optimizer = new Adam(policy.variableNames(), policy.variables());
    const ppo = new Ppo(policy, optimizer, { ...DEFAULT_PPO_CONFIG, numSteps: 8, learningRate: 0.01, lrSchedule: 'constant', gamma: 0.99, entCoef: 0.0 });
    const rng = new Rng(7);
    const rate0 = optimalRate(policy, new ContextualBandit(CONTEXTS, ACTIONS), new Rng(1));
    for (let update = 0; update < 30; update++) {
      const seeds = Array.from({ length: 8 }, (_, i) => deriveSeed(7, update, i));
      await ppo.update({ vec, decode: identity, rng, seeds, update, totalUpdates: 30 });
    }
    const rate = optimalRate(policy, new ContextualBandit(CONTEXTS, ACTIONS), new Rng(1));
    expect(rate0).toBeLessThan(0.4);
    expect(rate).toBeGreaterThanOrEqual(0.95);
    policy.dispose();
  });

  it('GRPO reaches >= 95% optimal sampled actions within 30 updates of 4 groups x 8 episodes', async () => {
    const vec = new VectorEnv(Array.from({ length: 8 }, () => new ContextualBandit(CONTEXTS, ACTIONS)));
    const policy = makePolicy(false);
    const reference = policy.copy();
    const optimizer = new Adam(policy.variableNames(), policy.variables());
    const grpo = new Grpo(policy, optimizer, { ...DEFAULT_GRPO_CONFIG, groupSize: 8, groupsPerUpdate: 4, learningRate: 0.01, lrSchedule: 'constant', klCoef: 0.01 }, reference);
    const rng = new Rng(7);
    for (let update = 0; update < 30; update++) {
      const seeds = Array.from({ length: 4 }, (_, g) => deriveSeed(7, update, g));
      await grpo.update({ vec, decode: identity, rng, seeds, update, totalUpdates: 30, maxEpisodeSteps: 4 });
    }
    expect(optimalRate(policy, new ContextualBandit(CONTEXTS, ACTIONS), new Rng(1))).toBeGreaterThanOrEqual(0.95);
    policy.dispose();
    reference.dispose();
  });
});
