import * as tf from '@tensorflow/tfjs';
import type { Rng } from '@rlver/env';
import { learningRateAt, type LrSchedule } from '../nn/lr-schedule';
import type { Adam } from '../nn/adam';
import type { Policy } from '../policies/types';
import { collectSteps } from '../rollout/collect-steps';
import type { ActionDecoder, EpisodeRecord, VectorEnvLike } from '../rollout/types';
import { computeGae } from './gae';
import { gradientStep, StatsMean } from './gradient-step';
import { logProbsUnder, takeColumn, takeFeatures, takeRows } from './batch';
import { clippedPolicyLoss, klK3, ratioStatistics, valueLoss } from './losses';
import { shuffledMinibatches } from './minibatches';

/** PPO hyperparameters (names and defaults follow CleanRL's `ppo.py` where it has them). */
export interface PpoConfig {
  /** Vector steps per rollout (per sub-env). */
  readonly numSteps: number;
  /** Discount. */
  readonly gamma: number;
  /** GAE lambda. */
  readonly gaeLambda: number;
  /** Ratio clip range epsilon. */
  readonly clipCoef: number;
  /** Clip the value update to this range around the old value; null for the plain squared error. */
  readonly valueClip: number | null;
  /** Weight of the value loss. */
  readonly vfCoef: number;
  /** Weight of the entropy bonus. */
  readonly entCoef: number;
  /** Normalise advantages per minibatch. */
  readonly normAdvantages: boolean;
  /** Passes over each rollout. */
  readonly updateEpochs: number;
  /** Minibatches per pass. */
  readonly numMinibatches: number;
  /** Global gradient-norm clip (0 disables). */
  readonly maxGradNorm: number;
  /** Stop an update's epochs early when the approximate KL to the rollout policy exceeds this; null never. */
  readonly targetKl: number | null;
  /** Weight of the KL penalty to the frozen reference policy (k3 estimator); 0 disables it. */
  readonly klCoef: number;
  readonly learningRate: number;
  readonly lrSchedule: LrSchedule;
}

/** CleanRL's defaults, with the rollout sized for 8-turn dialogues and a small entropy bonus. */
export const DEFAULT_PPO_CONFIG: PpoConfig = {
  numSteps: 32,
  gamma: 0.99,
  gaeLambda: 0.95,
  clipCoef: 0.2,
  valueClip: 0.2,
  vfCoef: 0.5,
  entCoef: 0.01,
  normAdvantages: true,
  updateEpochs: 4,
  numMinibatches: 4,
  maxGradNorm: 0.5,
  targetKl: null,
  klCoef: 0,
  learningRate: 2.5e-4,
  lrSchedule: 'linear',
};

/** What one update of an algorithm did. */
export interface UpdateResult {
  /** Episodes that finished during the rollout. */
  readonly episodes: EpisodeRecord[];
  readonly envSteps: number;
  /** Wall time of the rollout (env, policy, realizer) and of the optimisation. */
  readonly seconds: { readonly rollout: number; readonly optimise: number };
  /** Mean diagnostics over the minibatches (losses, entropy, KL, clip fraction, ...). */
  readonly stats: Record<string, number>;
}

/** What an update needs from the training loop. */
export interface UpdateContext<O, A> {
  readonly vec: VectorEnvLike<O, A>;
  readonly decode: ActionDecoder<O, A>;
  /** Samples actions and shuffles minibatches; checkpointed with the run. */
  readonly rng: Rng;
  /** Reset seed of each sub-env for this update's rollout. */
  readonly seeds: readonly number[];
  /** 0-based update index and total, for the learning-rate schedule. */
  readonly update: number;
  readonly totalUpdates: number;
}

/**
 * Proximal policy optimisation (Schulman et al. 2017) with a clipped value loss, entropy bonus, per-minibatch
 * advantage normalisation, gradient clipping, a learning-rate schedule and an optional KL penalty to a frozen
 * reference policy (as RLVER's PPO keeps the model near the initial one).
 */
export class Ppo<O, A> {
  constructor(
    readonly policy: Policy<O>,
    readonly optimizer: Adam,
    readonly config: PpoConfig,
    readonly reference?: Policy<O>,
  ) {
    if (!policy.hasCritic) throw new RangeError('PPO needs a policy with a critic (value head)');
  }

  async update(context: UpdateContext<O, A>): Promise<UpdateResult> {
    const { policy, config } = this;

    const started = performance.now();
    // 1. Rollout: numSteps vector steps from freshly seeded episodes.
    const rollout = await collectSteps({ vec: context.vec, policy, decode: context.decode, numSteps: config.numSteps, rng: context.rng, seeds: context.seeds, update: context.update });

    // 2. Advantages by GAE; return targets for the critic.
    const { advantages, returns } = computeGae({ ...rollout, gamma: config.gamma, lambda: config.gaeLambda });

    // Only real decisions are learned from: autoreset steps ignored their action.
    const rows: number[] = [];
    for (let i = 0; i < rollout.valid.length; i++) if (rollout.valid[i]) rows.push(i);
    const n = rows.length;
    const F = rollout.featureSize;
    const pick = (source: ArrayLike<number>) => Float32Array.from(rows, (row) => source[row]!);
    const samples = {
      size: n,
      featureSize: F,
      features: takeRows(rollout.features, F, rows),
      actions: Int32Array.from(rows, (row) => rollout.actions[row]!),
      oldLogProbs: pick(rollout.logProbs),
      oldValues: pick(rollout.values),
      advantages: pick(advantages),
      returns: pick(returns),
    };
    const referenceLogProbs = this.reference && config.klCoef > 0 ? logProbsUnder(this.reference as Policy<unknown>, samples) : undefined;
    const learningRate = learningRateAt(config.lrSchedule, config.learningRate, context.update, context.totalUpdates);
    const mean = new StatsMean();

    const optimiseStarted = performance.now();
    // 3. Optimise the clipped objective: epochs x shuffled minibatches.
    let epochs = 0;
    for (let epoch = 0; epoch < config.updateEpochs && n > 0; epoch++) {
      epochs += 1;
      let epochKl = 0;
      for (const indices of shuffledMinibatches(n, config.numMinibatches, context.rng)) {
        const stats = gradientStep(policy.variables(), this.optimizer, () => {
          const evaluation = policy.evaluate(takeFeatures(samples, indices), takeColumn(samples.actions, indices));
          const oldLogProbs = takeColumn(samples.oldLogProbs, indices);
          let mbAdvantages = takeColumn(samples.advantages, indices);
          if (config.normAdvantages && indices.length > 1) {
            const { mean: m, variance } = tf.moments(mbAdvantages);
            mbAdvantages = tf.div(tf.sub(mbAdvantages, m), tf.add(tf.sqrt(variance), 1e-8));
          }
          const policyLoss = clippedPolicyLoss(evaluation.logProbs, oldLogProbs, mbAdvantages, config.clipCoef);
          const vLoss = valueLoss(evaluation.values, takeColumn(samples.returns, indices), takeColumn(samples.oldValues, indices), config.valueClip ?? undefined);
          const entropy = tf.mean(evaluation.entropy) as tf.Scalar;
          const klToReference = referenceLogProbs ? (tf.mean(klK3(evaluation.logProbs, takeColumn(referenceLogProbs, indices))) as tf.Scalar) : tf.scalar(0);
          const { approxKl, clipFraction } = ratioStatistics(evaluation.logProbs, oldLogProbs, config.clipCoef);
          const loss = tf.addN([policyLoss, tf.mul(-config.entCoef, entropy), tf.mul(config.vfCoef, vLoss), tf.mul(config.klCoef, klToReference)]) as tf.Scalar;
          return { loss, stats: { policyLoss, valueLoss: vLoss, entropy, klToReference, approxKl, clipFraction } };
        }, config.maxGradNorm, learningRate);
        mean.add(stats);
        epochKl = stats.approxKl!;
      }
      if (config.targetKl !== null && epochKl > config.targetKl) break;
    }

    return {
      episodes: rollout.episodes,
      envSteps: rollout.envSteps,
      seconds: { rollout: (optimiseStarted - started) / 1000, optimise: (performance.now() - optimiseStarted) / 1000 },
      stats: { ...mean.means(), explainedVariance: explainedVariance(samples.oldValues, samples.returns), learningRate, epochs, samples: n },
    };
  }
}

/** `1 - Var(returns - values) / Var(returns)`: how much of the return the critic predicts (CleanRL's metric). */
export function explainedVariance(values: ArrayLike<number>, returns: ArrayLike<number>): number {
  const n = returns.length;
  if (n === 0) return 0;
  let meanR = 0;
  let meanD = 0;
  for (let i = 0; i < n; i++) {
    meanR += returns[i]!;
    meanD += returns[i]! - values[i]!;
  }
  meanR /= n;
  meanD /= n;
  let varR = 0;
  let varD = 0;
  for (let i = 0; i < n; i++) {
    varR += (returns[i]! - meanR) ** 2;
    varD += (returns[i]! - values[i]! - meanD) ** 2;
  }
  return varR === 0 ? 0 : 1 - varD / varR;
}
