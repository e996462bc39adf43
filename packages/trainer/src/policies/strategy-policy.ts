import { STRATEGIES, deriveSeed, languageOf, turnOf, type ChatObservation, type Strategy } from '@rlver/env';
import type { DialogueEncoderOptions } from '../features/dialogue-encoder';
import type { Realizer } from '../realizers/types';
import type { ActionDecoder } from '../rollout/types';
import { MlpPolicy } from './mlp-policy';

/** Options of {@link createStrategyPolicy}. */
export interface StrategyPolicyOptions {
  readonly encoder?: DialogueEncoderOptions;
  readonly hiddenSizes?: readonly number[];
  /** Build a critic (PPO) or not (GRPO). Default true. */
  readonly critic?: boolean;
  readonly seed: number;
}

/**
 * The first dialogue policy: a bag-of-n-grams encoder over the user's words and a categorical choice among the
 * response strategies of `@rlver/env` (`STRATEGIES`), which a {@link Realizer} turns into the reply.
 */
export function createStrategyPolicy(options: StrategyPolicyOptions): MlpPolicy<ChatObservation> {
  return new MlpPolicy<ChatObservation>({
    encoder: { kind: 'dialogue', ...(options.encoder && { options: options.encoder }) },
    numActions: STRATEGIES.length,
    actionNames: STRATEGIES,
    ...(options.hiddenSizes && { hiddenSizes: options.hiddenSizes }),
    critic: options.critic ?? true,
    seed: options.seed,
  });
}

/**
 * The wording seed of a dialogue: fixed for the whole dialogue (derived from its opening message), so that the
 * template realizer walks through its variants turn by turn without repeating itself, as a person would.
 */
export function dialogueSeed(baseSeed: number, messages: ChatObservation): number {
  const opening = messages.find((m) => m.role === 'user')?.content ?? '';
  return deriveSeed(baseSeed, opening);
}

/** The action decoder of the chat env: strategy index -> reply in the user's language, by the realizer. */
export function strategyDecoder(realizer: Realizer, actionNames: readonly string[], baseSeed: number): ActionDecoder<ChatObservation, string> {
  return (observations, actions) =>
    Promise.all(
      observations.map((messages, env) =>
        realizer.realize(actionNames[actions[env]!] as Strategy, messages, {
          language: languageOf(messages),
          seed: dialogueSeed(baseSeed, messages),
          turn: turnOf(messages),
        }),
      ),
    );
}
