import * as tf from '@tensorflow/tfjs';
import { InvalidOptionError, Rng } from '@rlver/env';
import { Categorical, sampleFromLogProbs } from '../distributions/categorical';
import { DialogueEncoder, type DialogueEncoderOptions } from '../features/dialogue-encoder';
import type { ObservationEncoder } from '../features/encoder';
import { VectorEncoder } from '../features/vector-encoder';
import { Mlp } from '../nn/mlp';
import { ParameterSet } from '../nn/params';
import { loadTensors, saveTensors } from '../tensor-io/file-io-handler';
import type { ActOptions, FeatureBatch, Policy, PolicyDescription, PolicyEvaluation, PolicyOutput } from './types';

/** Which observation encoder an {@link MlpPolicy} uses, with its options. */
export type EncoderSpec = { readonly kind: 'dialogue'; readonly options?: DialogueEncoderOptions } | { readonly kind: 'vector'; readonly size: number };

/** Options of {@link MlpPolicy}: everything that determines its architecture and initial weights. */
export interface MlpPolicyOptions {
  readonly encoder: EncoderSpec;
  readonly numActions: number;
  /** Names of the actions, e.g. response strategies. */
  readonly actionNames?: readonly string[];
  /** Hidden layer sizes of the actor and of the critic (separate networks, as CleanRL). Default [64, 64]. */
  readonly hiddenSizes?: readonly number[];
  /** Whether to build a critic (default true; GRPO needs none). */
  readonly critic?: boolean;
  /** Seed of the initial weights. */
  readonly seed: number;
}

/** The registered kind of {@link MlpPolicy}. */
export const MLP_POLICY_KIND = 'mlp';

/**
 * An actor-critic over encoded observations: an encoder (text n-grams of the dialogue, or an identity for vector
 * observations), a tanh MLP to action logits and, when asked for, a separate tanh MLP to a value.
 */
export class MlpPolicy<O> implements Policy<O> {
  readonly numActions: number;
  readonly actionNames: readonly string[] | undefined;
  readonly featureSize: number;
  readonly hasCritic: boolean;
  readonly encoder: ObservationEncoder<O>;
  private readonly params = new ParameterSet();
  private readonly actor: Mlp;
  private readonly critic: Mlp | undefined;

  constructor(readonly options: MlpPolicyOptions) {
    validateOptions(options);
    this.encoder = createEncoder(options.encoder) as ObservationEncoder<O>;
    this.numActions = options.numActions;
    this.actionNames = options.actionNames ? [...options.actionNames] : undefined;
    this.featureSize = this.encoder.size;
    this.hasCritic = options.critic ?? true;
    const hiddenSizes = options.hiddenSizes ?? [64, 64];
    const rng = new Rng(options.seed);
    this.actor = new Mlp(this.params, 'actor', { inputSize: this.featureSize, hiddenSizes, outputSize: this.numActions, outputGain: 0.01 }, rng);
    this.critic = this.hasCritic ? new Mlp(this.params, 'critic', { inputSize: this.featureSize, hiddenSizes, outputSize: 1, outputGain: 1 }, rng) : undefined;
  }

  encode(observations: readonly O[]): FeatureBatch {
    const size = this.featureSize;
    const data = new Float32Array(observations.length * size);
    observations.forEach((observation, row) => this.encoder.encodeInto(observation, data, row * size));
    return { data, rows: observations.length, size };
  }

  act(features: FeatureBatch, rng: Rng, options: ActOptions = {}): PolicyOutput {
    this.checkFeatures(features);
    const [logProbs, values] = tf.tidy(() => {
      const input = tf.tensor2d(features.data, [features.rows, features.size]);
      const dist = new Categorical(this.actor.apply(input));
      const value = this.critic ? tf.reshape(this.critic.apply(input), [-1]) : tf.zeros([features.rows]);
      return [dist.logProbs.dataSync() as Float32Array, value.dataSync() as Float32Array];
    });
    const sampled = sampleFromLogProbs(logProbs, features.rows, this.numActions, rng, options.greedy);
    return { actions: sampled.actions, logProbs: sampled.logProbs, values: Float32Array.from(values) };
  }

  evaluate(features: tf.Tensor2D, actions: tf.Tensor1D): PolicyEvaluation {
    const dist = new Categorical(this.actor.apply(features));
    const values = this.critic ? (tf.reshape(this.critic.apply(features), [-1]) as tf.Tensor1D) : (tf.zeros([features.shape[0]]) as tf.Tensor1D);
    return { logProbs: dist.logProb(actions), entropy: dist.entropy(), values };
  }

  variables(): tf.Variable[] {
    return this.params.variables();
  }

  variableNames(): string[] {
    return this.params.names();
  }

  describe(): PolicyDescription {
    const encoder: EncoderSpec =
      this.options.encoder.kind === 'dialogue' ? { kind: 'dialogue', options: this.encoder.describe() as DialogueEncoderOptions } : { kind: 'vector', size: this.featureSize };
    return {
      kind: MLP_POLICY_KIND,
      options: {
        encoder,
        numActions: this.numActions,
        ...(this.actionNames && { actionNames: [...this.actionNames] }),
        hiddenSizes: [...(this.options.hiddenSizes ?? [64, 64])],
        critic: this.hasCritic,
        seed: this.options.seed,
      },
    };
  }

  copy(): MlpPolicy<O> {
    const twin = new MlpPolicy<O>(this.options);
    twin.params.copyFrom(this.params);
    return twin;
  }

  copyWeightsFrom(other: Policy<O>): void {
    if (!(other instanceof MlpPolicy)) throw new InvalidOptionError('other', other, 'an MlpPolicy of the same architecture');
    this.params.copyFrom(other.params);
  }

  async save(dir: string): Promise<void> {
    const tensors = this.params.snapshot();
    try {
      await saveTensors(dir, tensors, { policy: this.describe() });
    } finally {
      tf.dispose(tensors);
    }
  }

  async load(dir: string): Promise<void> {
    const { tensors } = await loadTensors(dir);
    try {
      this.params.assign(tensors, dir);
    } finally {
      tf.dispose(tensors);
    }
  }

  dispose(): void {
    this.params.dispose();
  }

  private checkFeatures(features: FeatureBatch): void {
    if (features.size !== this.featureSize || features.data.length !== features.rows * features.size) {
      throw new InvalidOptionError('features', `${features.rows} x ${features.size}`, `rows x ${this.featureSize} features`);
    }
  }
}

function createEncoder(spec: EncoderSpec): ObservationEncoder<unknown> {
  switch (spec.kind) {
    case 'dialogue':
      return new DialogueEncoder(spec.options) as ObservationEncoder<unknown>;
    case 'vector':
      return new VectorEncoder(spec.size) as ObservationEncoder<unknown>;
    default:
      throw new InvalidOptionError('encoder.kind', (spec as { kind: unknown }).kind, '"dialogue" or "vector"');
  }
}

function validateOptions(options: MlpPolicyOptions): void {
  if (!Number.isInteger(options.numActions) || options.numActions < 2) throw new InvalidOptionError('numActions', options.numActions, 'an integer >= 2');
  if (options.actionNames && options.actionNames.length !== options.numActions) {
    throw new InvalidOptionError('actionNames', options.actionNames, `${options.numActions} names, one per action`);
  }
  const hidden = options.hiddenSizes ?? [64, 64];
  if (!Array.isArray(hidden) || hidden.some((h) => !Number.isInteger(h) || h < 1)) throw new InvalidOptionError('hiddenSizes', hidden, 'an array of positive integers');
  if (!Number.isInteger(options.seed)) throw new InvalidOptionError('seed', options.seed, 'an integer');
}
