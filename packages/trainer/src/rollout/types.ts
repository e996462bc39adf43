import type { BatchedInfos, Info, VectorResetArgs } from '@rlver/env';

/**
 * The part of `@rlver/env`'s vector API that rollouts use (`VectorEnv`, `makeVec`): Gymnasium 1.x semantics
 * with next-step autoreset. Any vector env with this shape can be trained on.
 */
export interface VectorEnvLike<O, A> {
  readonly numEnvs: number;
  reset(args?: VectorResetArgs): Promise<[observations: O[], infos: BatchedInfos<Info>]>;
  step(actions: readonly A[]): Promise<[observations: O[], rewards: number[], terminations: boolean[], truncations: boolean[], infos: BatchedInfos<Info>]>;
  close(): Promise<void>;
}

/** Where in training an action is being decoded: gives decoders (e.g. a realizer) a reproducible seed. */
export interface DecodeContext {
  /** The update (0-based) the rollout belongs to. */
  readonly update: number;
  /** The vector step within the rollout. */
  readonly step: number;
}

/**
 * Turns the policy's discrete action indices into the env's actions: the identity for envs with discrete
 * actions, a realizer (strategy -> reply text) for the chat env.
 */
export type ActionDecoder<O, A> = (observations: readonly O[], actions: Int32Array, context: DecodeContext) => Promise<A[]>;

/** A finished episode, as seen by the metrics. */
export interface EpisodeRecord {
  readonly return: number;
  readonly length: number;
  /** The env's `info.outcome` on the last step, when it reports one (chat env: success, failure, goodbye, truncated). */
  readonly outcome?: string;
  /** The env's `info.emotion` on the last step, when it reports one (chat env: the final emotion). */
  readonly finalEmotion?: number;
  /** The env's `info.language`, when it reports one. */
  readonly language?: string;
}
