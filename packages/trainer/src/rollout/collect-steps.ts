import type { Rng } from '@rlver/env';
import type { Policy } from '../policies/types';
import { EpisodeTracker } from './episode-tracker';
import type { ActionDecoder, EpisodeRecord, VectorEnvLike } from './types';

/**
 * A fixed-length rollout of `numSteps` vector steps (PPO's batch), in `[step * numEnvs + env]` layout. Steps
 * where a sub-env was only being reset (next-step autoreset) are kept in place with `valid = 0`.
 */
export interface StepRollout {
  readonly numSteps: number;
  readonly numEnvs: number;
  readonly featureSize: number;
  /** Encoded observations the actions were chosen on: `numSteps * numEnvs * featureSize`. */
  readonly features: Float32Array;
  readonly actions: Int32Array;
  readonly logProbs: Float32Array;
  readonly values: Float32Array;
  readonly rewards: Float32Array;
  /** 1 when the step ended its episode (terminated or truncated). */
  readonly dones: Float32Array;
  /** 0 for autoreset steps (the action was ignored). */
  readonly valid: Float32Array;
  /** Critic values of the observations after the last step (bootstrap). */
  readonly lastValues: Float32Array;
  /** Episodes that finished during the rollout. */
  readonly episodes: EpisodeRecord[];
  /** Env steps taken (including autoreset steps). */
  readonly envSteps: number;
}

/** Options of {@link collectSteps}. */
export interface CollectStepsOptions<O, A> {
  readonly vec: VectorEnvLike<O, A>;
  readonly policy: Policy<O>;
  readonly decode: ActionDecoder<O, A>;
  readonly numSteps: number;
  /** Samples the actions. */
  readonly rng: Rng;
  /** One reset seed per sub-env: the rollout starts from fresh episodes, so a resumed run replays it exactly. */
  readonly seeds: readonly number[];
  /** The update this rollout belongs to (passed to the decoder). */
  readonly update: number;
}

/**
 * Run the policy in the vector env for `numSteps` steps from a seeded reset. Episodes still running at the
 * end are cut and bootstrapped with the critic (`lastValues`).
 */
export async function collectSteps<O, A>(options: CollectStepsOptions<O, A>): Promise<StepRollout> {
  const { vec, policy, decode, numSteps, rng, seeds, update } = options;
  const numEnvs = vec.numEnvs;
  const featureSize = policy.featureSize;
  const size = numSteps * numEnvs;
  const rollout = {
    numSteps,
    numEnvs,
    featureSize,
    features: new Float32Array(size * featureSize),
    actions: new Int32Array(size),
    logProbs: new Float32Array(size),
    values: new Float32Array(size),
    rewards: new Float32Array(size),
    dones: new Float32Array(size),
    valid: new Float32Array(size),
    lastValues: new Float32Array(numEnvs),
    episodes: [] as EpisodeRecord[],
    envSteps: 0,
  };
  const tracker = new EpisodeTracker(numEnvs);
  let [observations] = await vec.reset({ seed: seeds });
  // A sub-env that ended on the previous step is reset by this step (its action is ignored).
  const resetting = new Array<boolean>(numEnvs).fill(false);

  for (let t = 0; t < numSteps; t++) {
    const features = policy.encode(observations);
    const out = policy.act(features, rng);
    const actions = await decode(observations, out.actions, { update, step: t });
    const [next, rewards, terminations, truncations, infos] = await vec.step(actions);
    rollout.envSteps += numEnvs;
    const base = t * numEnvs;
    rollout.features.set(features.data, base * featureSize);
    rollout.actions.set(out.actions, base);
    rollout.logProbs.set(out.logProbs, base);
    rollout.values.set(out.values, base);
    for (let env = 0; env < numEnvs; env++) {
      const i = base + env;
      const done = terminations[env]! || truncations[env]!;
      rollout.valid[i] = resetting[env] ? 0 : 1;
      rollout.rewards[i] = rewards[env]!;
      rollout.dones[i] = done ? 1 : 0;
      if (!resetting[env]) {
        const episode = tracker.record(env, rewards[env]!, done, infos);
        if (episode) rollout.episodes.push(episode);
      }
      resetting[env] = done;
    }
    observations = next;
  }
  const final = policy.act(policy.encode(observations), rng, { greedy: true });
  rollout.lastValues.set(final.values);
  return rollout;
}
