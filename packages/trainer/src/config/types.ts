import type { Difficulty, LlmClientOptions, RewardMode } from '@rlver/env';
import type { GrpoConfig } from '../algorithms/grpo';
import type { PpoConfig } from '../algorithms/ppo';
import type { BackendChoice } from '../backend/select-backend';
import type { PersonaPoolSpec } from '../personas/pools';

/** The environment side of a training run: `RLVER/EmpatheticChat-v0` through `makeVec`. */
export interface EnvConfig {
  /** Sub-envs of the vector env. */
  readonly numEnvs: number;
  /** Sub-env calls in flight at once (null: all); matters for LLM simulators. */
  readonly concurrency: number | null;
  readonly simulator: 'rule' | 'llm';
  /** LLM simulator options (when `simulator` is "llm"). */
  readonly llm?: LlmClientOptions;
  readonly difficulty: Difficulty;
  /** Agent replies per episode (RLVER trains with 8). */
  readonly maxTurns: number;
  readonly initialEmotion: number;
  /** "terminal" (RLVER: final emotion / 100 at the end) or "delta" (per-turn emotion change / 100). */
  readonly reward: RewardMode;
  /** The training personas. */
  readonly personas: PersonaPoolSpec;
}

/** The policy and how its actions become replies. */
export interface PolicyConfig {
  /** Hash buckets per text block of the dialogue encoder. */
  readonly hashBuckets: number;
  /** Hidden layer sizes of the actor (and critic). */
  readonly hiddenSizes: readonly number[];
  /** "template" (offline, bilingual) or "llm" (an OpenAI-compatible model writes the reply). */
  readonly realizer: 'template' | 'llm';
  /** LLM realizer options (when `realizer` is "llm"). */
  readonly llm?: LlmClientOptions;
}

/** Held-out evaluation of the trained policy. */
export interface EvaluationConfig {
  /** Held-out personas: never trained on (checked against the training pool). */
  readonly personas: PersonaPoolSpec;
  /** Evaluate every this many updates (0: only when training ends). */
  readonly every: number;
  /** Take the most probable strategy instead of sampling. */
  readonly greedy: boolean;
}

/**
 * Everything a training run needs, in one typed object (CleanRL's "all hyperparameters in one place"). Loaded
 * from JSON (`rlver-train --config FILE`), validated against {@link trainConfigSchema}, completed with
 * {@link DEFAULT_TRAIN_CONFIG}, and written next to the checkpoints.
 */
export interface TrainConfig {
  readonly algorithm: 'ppo' | 'grpo';
  /** Seeds the initial weights, the rollouts, the sampling and the minibatches. */
  readonly seed: number;
  readonly backend: BackendChoice;
  /** Number of updates (each: one rollout, then optimisation). Default 600 for PPO, 1500 for GRPO. */
  readonly totalUpdates: number;
  /** Stop after the update that crosses this wall-clock budget (null: no limit). Not part of reproducibility. */
  readonly maxMinutes: number | null;
  /** Run directory: config, metrics, learning curve, checkpoints. */
  readonly outDir: string;
  /** Checkpoint every this many updates (the last update is always checkpointed). */
  readonly checkpointEvery: number;
  /** Checkpoints kept on disk (oldest removed first). */
  readonly keepCheckpoints: number;
  readonly env: EnvConfig;
  readonly policy: PolicyConfig;
  readonly ppo: PpoConfig;
  readonly grpo: GrpoConfig;
  readonly evaluation: EvaluationConfig;
}

/** A partial config as written in a file: any subset of the keys, nested. */
export type TrainConfigInput = DeepPartial<TrainConfig>;

/** Every key optional, recursively (arrays are replaced whole). */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { -readonly [K in keyof T]?: DeepPartial<T[K]> } : T;
