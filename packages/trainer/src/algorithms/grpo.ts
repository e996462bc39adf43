import * as tf from '@tensorflow/tfjs';
import { learningRateAt, type LrSchedule } from '../nn/lr-schedule';
import type { Adam } from '../nn/adam';
import type { Policy } from '../policies/types';
import { collectGroups } from '../rollout/collect-groups';
import { gradientStep, StatsMean } from './gradient-step';
import { groupAdvantages } from './group-advantages';
import { logProbsUnder, takeColumn, takeFeatures } from './batch';
import { clippedPolicyLoss, klK3, ratioStatistics } from './losses';
import { shuffledMinibatches } from './minibatches';
import type { UpdateContext, UpdateResult } from './ppo';

/** GRPO hyperparameters. */
export interface GrpoConfig {
  /** Episodes per group (G), all from one reset seed. */
  readonly groupSize: number;
  /** Groups per update. `groupsPerUpdate * groupSize` must be a multiple of the number of sub-envs. */
  readonly groupsPerUpdate: number;
  /** Added to the group standard deviation. */
  readonly advantageEps: number;
  readonly clipCoef: number;
  /** Weight of the KL penalty to the frozen reference (k3 estimator). */
  readonly klCoef: number;
  /** Weight of an entropy bonus (0 in the original GRPO). */
  readonly entCoef: number;
  readonly updateEpochs: number;
  readonly numMinibatches: number;
  readonly maxGradNorm: number;
  readonly learningRate: number;
  readonly lrSchedule: LrSchedule;
}

/** Defaults: DeepSeekMath's clip 0.2 and KL weight 0.04, G = 8. */
export const DEFAULT_GRPO_CONFIG: GrpoConfig = {
  groupSize: 8,
  groupsPerUpdate: 8,
  advantageEps: 1e-4,
  clipCoef: 0.2,
  klCoef: 0.04,
  entCoef: 0,
  updateEpochs: 2,
  numMinibatches: 2,
  maxGradNorm: 0.5,
  learningRate: 1e-3,
  lrSchedule: 'linear',
};

/** The context of a GRPO update: the seeds are the groups' reset seeds (one per group, not per sub-env). */
export type GrpoUpdateContext<O, A> = UpdateContext<O, A> & { readonly maxEpisodeSteps: number };

/**
 * Group relative policy optimisation (Shao et al. 2024): no critic; G episodes per reset seed; each episode's
 * advantage is its return normalised within its group, applied to every action of the episode; PPO's clipped
 * ratio; a KL penalty to the frozen reference with the k3 estimator.
 */
export class Grpo<O, A> {
  constructor(
    readonly policy: Policy<O>,
    readonly optimizer: Adam,
    readonly config: GrpoConfig,
    readonly reference?: Policy<O>,
  ) {}

  async update(context: GrpoUpdateContext<O, A>): Promise<UpdateResult> {
    const { policy, config } = this;

    const started = performance.now();
    // 1. Rollout: G episodes from each group's seed, with independently sampled actions.
    const rollout = await collectGroups({
      vec: context.vec,
      policy,
      decode: context.decode,
      rng: context.rng,
      groupSeeds: context.seeds,
      groupSize: config.groupSize,
      update: context.update,
      maxEpisodeSteps: context.maxEpisodeSteps,
    });

    // 2. Group-relative advantage of each episode, given to every action of the episode.
    const episodeAdvantages = groupAdvantages(
      rollout.episodes.map((e) => e.return),
      rollout.episodeGroup,
      config.advantageEps,
    );
    const n = rollout.actions.length;
    const stepAdvantages = Float32Array.from(rollout.stepEpisode, (episode) => episodeAdvantages[episode]!);

    const samples = { size: n, featureSize: rollout.featureSize, features: rollout.features, actions: rollout.actions, oldLogProbs: rollout.logProbs, advantages: stepAdvantages };
    const referenceLogProbs = this.reference && config.klCoef > 0 ? logProbsUnder(this.reference as Policy<unknown>, samples) : undefined;
    const learningRate = learningRateAt(config.lrSchedule, config.learningRate, context.update, context.totalUpdates);
    const mean = new StatsMean();

    const optimiseStarted = performance.now();
    // 3. Optimise: clipped surrogate + KL to the reference - entropy bonus, epochs x minibatches.
    for (let epoch = 0; epoch < config.updateEpochs && n > 0; epoch++) {
      for (const indices of shuffledMinibatches(n, config.numMinibatches, context.rng)) {
        const stats = gradientStep(policy.variables(), this.optimizer, () => {
          const evaluation = policy.evaluate(takeFeatures(samples, indices), takeColumn(samples.actions, indices));
          const oldLogProbs = takeColumn(samples.oldLogProbs, indices);
          const policyLoss = clippedPolicyLoss(evaluation.logProbs, oldLogProbs, takeColumn(samples.advantages, indices), config.clipCoef);
          const klToReference = referenceLogProbs ? (tf.mean(klK3(evaluation.logProbs, takeColumn(referenceLogProbs, indices))) as tf.Scalar) : tf.scalar(0);
          const entropy = tf.mean(evaluation.entropy) as tf.Scalar;
          const { approxKl, clipFraction } = ratioStatistics(evaluation.logProbs, oldLogProbs, config.clipCoef);
          const loss = tf.addN([policyLoss, tf.mul(config.klCoef, klToReference), tf.mul(-config.entCoef, entropy)]) as tf.Scalar;
          return { loss, stats: { policyLoss, klToReference, entropy, approxKl, clipFraction } };
        }, config.maxGradNorm, learningRate);
        mean.add(stats);
      }
    }

    return {
      episodes: rollout.episodes,
      envSteps: rollout.envSteps,
      seconds: { rollout: (optimiseStarted - started) / 1000, optimise: (performance.now() - optimiseStarted) / 1000 },
      stats: { ...mean.means(), learningRate, samples: n },
    };
  }
}
