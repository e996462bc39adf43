import type { Rng } from '@rlver/env';
import type { Policy } from '../policies/types';
import { EpisodeTracker } from './episode-tracker';
import type { ActionDecoder, EpisodeRecord, VectorEnvLike } from './types';

/** Complete episodes in groups (GRPO's batch): steps flattened episode after episode. */
export interface GroupRollout {
  readonly featureSize: number;
  /** Encoded observations of every step: `steps * featureSize`. */
  readonly features: Float32Array;
  readonly actions: Int32Array;
  readonly logProbs: Float32Array;
  /** The episode (index into `episodes`) each step belongs to. */
  readonly stepEpisode: Int32Array;
  /** Finished episodes, in slot order. */
  readonly episodes: EpisodeRecord[];
  /** The group of each episode. */
  readonly episodeGroup: Int32Array;
  /** Env steps taken (including those of sub-envs that had already finished and were kept stepping). */
  readonly envSteps: number;
}

/** Options of {@link collectGroups}. */
export interface CollectGroupsOptions<O, A> {
  readonly vec: VectorEnvLike<O, A>;
  readonly policy: Policy<O>;
  readonly decode: ActionDecoder<O, A>;
  readonly rng: Rng;
  /** The reset seed of each group. */
  readonly groupSeeds: readonly number[];
  /** Episodes per group (G): played from the same reset seed with independently sampled actions. */
  readonly groupSize: number;
  readonly update: number;
  /** Safety bound on the steps of one episode (an env that never ends is an error, not a hang). */
  readonly maxEpisodeSteps: number;
}

/**
 * Play `groupSize` episodes from each group's seed: same persona and same simulated user, different sampled
 * replies. Slots are filled group after group in waves of `vec.numEnvs` episodes; within a wave, a sub-env
 * whose episode ended keeps being stepped (the vector API steps all sub-envs together) and those steps are
 * discarded.
 */
export async function collectGroups<O, A>(options: CollectGroupsOptions<O, A>): Promise<GroupRollout> {
  const { vec, policy, decode, rng, groupSeeds, groupSize, update, maxEpisodeSteps } = options;
  const numEnvs = vec.numEnvs;
  const total = groupSeeds.length * groupSize;
  if (total % numEnvs !== 0) throw new RangeError(`collectGroups: ${groupSeeds.length} groups x ${groupSize} episodes must fill whole waves of ${numEnvs} sub-envs`);
  const featureSize = policy.featureSize;
  const steps: { features: Float32Array[]; actions: number[]; logProbs: number[]; episode: number[] } = { features: [], actions: [], logProbs: [], episode: [] };
  const episodes: EpisodeRecord[] = new Array(total);
  const episodeGroup = new Int32Array(total);
  let envSteps = 0;
  let decodeStep = 0;

  for (let waveStart = 0; waveStart < total; waveStart += numEnvs) {
    const slotGroup = Array.from({ length: numEnvs }, (_, env) => Math.floor((waveStart + env) / groupSize));
    let [observations] = await vec.reset({ seed: slotGroup.map((g) => groupSeeds[g]!) });
    const tracker = new EpisodeTracker(numEnvs);
    const finished = new Array<boolean>(numEnvs).fill(false);
    // Per slot, the steps of its episode, appended to the batch when it ends so episodes stay contiguous.
    const pending = Array.from({ length: numEnvs }, () => ({ features: [] as Float32Array[], actions: [] as number[], logProbs: [] as number[] }));
    let lastActions: A[] | undefined;
    for (let t = 0; finished.some((f) => !f); t++) {
      if (t >= maxEpisodeSteps) throw new RangeError(`collectGroups: an episode ran past ${maxEpisodeSteps} steps; does the env ever end its episodes?`);
      const features = policy.encode(observations);
      const out = policy.act(features, rng);
      const decoded = await decode(observations, out.actions, { update, step: decodeStep++ });
      // Finished slots repeat their last action: a valid action for their env, and its result is discarded.
      const actions = decoded.map((action, env) => (finished[env] && lastActions ? lastActions[env]! : action));
      const [next, rewards, terminations, truncations, infos] = await vec.step(actions);
      envSteps += numEnvs;
      for (let env = 0; env < numEnvs; env++) {
        if (finished[env]) continue;
        const slot = pending[env]!;
        slot.features.push(features.data.slice(env * featureSize, (env + 1) * featureSize));
        slot.actions.push(out.actions[env]!);
        slot.logProbs.push(out.logProbs[env]!);
        const episode = tracker.record(env, rewards[env]!, terminations[env]! || truncations[env]!, infos);
        if (!episode) continue;
        finished[env] = true;
        const index = waveStart + env;
        episodes[index] = episode;
        episodeGroup[index] = slotGroup[env]!;
      }
      lastActions = actions;
      observations = next;
    }
    pending.forEach((slot, env) => {
      steps.features.push(...slot.features);
      steps.actions.push(...slot.actions);
      steps.logProbs.push(...slot.logProbs);
      for (let k = 0; k < slot.actions.length; k++) steps.episode.push(waveStart + env);
    });
  }

  const features = new Float32Array(steps.actions.length * featureSize);
  steps.features.forEach((row, i) => features.set(row, i * featureSize));
  return {
    featureSize,
    features,
    actions: Int32Array.from(steps.actions),
    logProbs: Float32Array.from(steps.logProbs),
    stepEpisode: Int32Array.from(steps.episode),
    episodes,
    episodeGroup,
    envSteps,
  };
}
