import type * as tf from '@tensorflow/tfjs';
import type { Rng } from '@rlver/env';

/** Encoded observations: `rows x size` features, row-major. */
export interface FeatureBatch {
  readonly data: Float32Array;
  readonly rows: number;
  readonly size: number;
}

/** What {@link Policy.act} returns for a batch. */
export interface PolicyOutput {
  /** The chosen action index per row. */
  readonly actions: Int32Array;
  /** `log pi(action | observation)` per row, under the current weights. */
  readonly logProbs: Float32Array;
  /** Critic value per row (zeros for a policy without a critic). */
  readonly values: Float32Array;
}

/** Differentiable quantities of {@link Policy.evaluate}; call it inside `tf.tidy` or a gradient function. */
export interface PolicyEvaluation {
  /** `log pi(action | observation)`: `[batch]`. */
  readonly logProbs: tf.Tensor1D;
  /** Entropy of `pi(. | observation)` in nats: `[batch]`. */
  readonly entropy: tf.Tensor1D;
  /** Critic values `[batch]` (zeros without a critic). */
  readonly values: tf.Tensor1D;
}

/** Options of {@link Policy.act}. */
export interface ActOptions {
  /** Take the most probable action instead of sampling (evaluation). */
  readonly greedy?: boolean;
}

/** How to rebuild a policy's architecture: a registered kind and its JSON options (saved with the weights). */
export interface PolicyDescription {
  readonly kind: string;
  readonly options: Record<string, unknown>;
}

/**
 * A stochastic policy over a discrete set of actions, with an optional critic. This is all the algorithms
 * know about a policy: a new policy (another encoder, another network) plugs in by implementing it and
 * registering its kind (`registerPolicyKind`) so that checkpoints can rebuild it.
 *
 * Observations are first encoded to features (stored in rollout buffers), so that `evaluate` can recompute
 * log-probabilities of stored actions without re-reading the raw observations.
 *
 * @typeParam O - the environment's observation type
 */
export interface Policy<O> {
  /** Number of discrete actions. */
  readonly numActions: number;
  /** Names of the actions (e.g. response strategies), when they have names. */
  readonly actionNames: readonly string[] | undefined;
  /** Length of an encoded observation. */
  readonly featureSize: number;
  /** Whether {@link Policy.evaluate} returns trained values (PPO needs a critic; GRPO does not). */
  readonly hasCritic: boolean;
  /** Encode raw observations. */
  encode(observations: readonly O[]): FeatureBatch;
  /** Choose actions for a batch (sampled from `rng`, or greedy). No gradient is recorded. */
  act(features: FeatureBatch, rng: Rng, options?: ActOptions): PolicyOutput;
  /** Log-probabilities and entropy of the given actions, and values, as differentiable tensors. */
  evaluate(features: tf.Tensor2D, actions: tf.Tensor1D): PolicyEvaluation;
  /** Trainable variables, in a fixed order. */
  variables(): tf.Variable[];
  /** Stable names of {@link Policy.variables}, in the same order (for optimiser state and checkpoints). */
  variableNames(): string[];
  /** Kind and options that rebuild this architecture. */
  describe(): PolicyDescription;
  /** An independent copy with the same weights (e.g. the frozen reference of a KL penalty). */
  copy(): Policy<O>;
  /** Copy the weights of another policy of the same architecture. */
  copyWeightsFrom(other: Policy<O>): void;
  /** Save architecture and weights to a directory (atomic files, no tfjs-node needed). */
  save(dir: string): Promise<void>;
  /** Load weights saved by {@link Policy.save} from a policy of the same architecture. */
  load(dir: string): Promise<void>;
  dispose(): void;
}
