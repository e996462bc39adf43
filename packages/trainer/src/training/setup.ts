import { EMPATHETIC_CHAT_ID, deriveSeed, makeVec, STRATEGIES, type ChatObservation, type EmpatheticChatOptions, type Persona } from '@rlver/env';
import type { TrainConfig } from '../config/types';
import type { EvaluateAgentOptions } from '../evaluation/evaluate-agent';
import { Adam } from '../nn/adam';
import { createStrategyPolicy, strategyDecoder } from '../policies/strategy-policy';
import type { Policy } from '../policies/types';
import { createRealizer } from '../realizers/create-realizer';
import type { Realizer } from '../realizers/types';
import type { ActionDecoder, VectorEnvLike } from '../rollout/types';

/** Options of the chat env for a config, with the given personas. */
export function envOptions(config: TrainConfig, personas: readonly Persona[] | undefined): EmpatheticChatOptions {
  const env = config.env;
  return {
    simulator: env.simulator,
    difficulty: env.difficulty,
    maxTurns: env.maxTurns,
    initialEmotion: env.initialEmotion,
    reward: env.reward,
    ...(env.llm && { llm: { ...env.llm } }),
    ...(personas && { personas: [...personas] }),
  };
}

/** How a config's agents are evaluated on held-out personas: its env options and the seed derived for evaluation. */
export function evaluationOptions(config: TrainConfig): EvaluateAgentOptions {
  return { env: envOptions(config, undefined), seed: deriveSeed(config.seed, 'evaluation') };
}

/** Everything a run trains with, built from its config. */
export interface RunParts {
  readonly vec: VectorEnvLike<ChatObservation, string>;
  readonly policy: Policy<ChatObservation>;
  /** The frozen copy of the initial policy for the KL penalty (absent when the penalty is off). */
  readonly reference: Policy<ChatObservation> | undefined;
  readonly optimizer: Adam;
  readonly realizer: Realizer;
  readonly decode: ActionDecoder<ChatObservation, string>;
}

/** Build env, policy, reference, optimiser and realizer for a config (fresh weights from the config's seed). */
export function buildRun(config: TrainConfig, trainPersonas: readonly Persona[]): RunParts {
  const vec = makeVec<ChatObservation, string>(EMPATHETIC_CHAT_ID, config.env.numEnvs, envOptions(config, trainPersonas) as Record<string, unknown>, {
    ...(config.env.concurrency !== null && { concurrency: config.env.concurrency }),
  });
  const policy = createStrategyPolicy({
    encoder: { hashBuckets: config.policy.hashBuckets, maxTurns: config.env.maxTurns },
    hiddenSizes: config.policy.hiddenSizes,
    critic: config.algorithm === 'ppo',
    seed: deriveSeed(config.seed, 'policy-init'),
  });
  const klCoef = config.algorithm === 'ppo' ? config.ppo.klCoef : config.grpo.klCoef;
  const reference = klCoef > 0 ? policy.copy() : undefined;
  const optimizer = new Adam(policy.variableNames(), policy.variables());
  const realizer = createRealizer(config.policy);
  const decode = strategyDecoder(realizer, STRATEGIES, deriveSeed(config.seed, 'wording'));
  return { vec, policy, reference, optimizer, realizer, decode };
}

/** The config as written to disk: API keys removed (they come from the environment again on resume). */
export function sanitizeConfig(config: TrainConfig): TrainConfig {
  const strip = <T extends { apiKey?: string } | undefined>(llm: T): T => {
    if (!llm) return llm;
    const { apiKey: _drop, ...rest } = llm;
    void _drop;
    return rest as T;
  };
  return { ...config, env: { ...config.env, llm: strip(config.env.llm) }, policy: { ...config.policy, llm: strip(config.policy.llm) } };
}
