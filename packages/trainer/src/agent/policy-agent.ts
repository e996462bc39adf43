import { Rng, deriveSeed, languageOf, turnOf, type Agent, type AgentCallOptions, type ChatMessage, type ChatObservation, type Strategy } from '@rlver/env';
import { dialogueSeed } from '../policies/strategy-policy';
import type { Policy } from '../policies/types';
import type { Realizer } from '../realizers/types';

/** Options of {@link PolicyAgent}. */
export interface PolicyAgentOptions {
  /** Name recorded in results (default "policy"). */
  readonly name?: string;
  /** Take the most probable strategy (default) or sample one. */
  readonly greedy?: boolean;
  /** Seed of sampling and wording when a call gives none (default 0). */
  readonly seed?: number;
}

/**
 * A trained strategy policy as an {@link Agent}: the policy picks a strategy from the user's words, the realizer
 * writes the reply. Stateless across calls (everything comes from the messages and the call's seed), so one
 * agent serves concurrent dialogues, as the bench requires.
 */
export class PolicyAgent implements Agent {
  readonly name: string;
  private readonly greedy: boolean;
  private readonly seed: number;

  constructor(
    readonly policy: Policy<ChatObservation>,
    readonly realizer: Realizer,
    options: PolicyAgentOptions = {},
  ) {
    if (!policy.actionNames) throw new RangeError('PolicyAgent: the policy has no action names (strategies)');
    this.name = options.name ?? 'policy';
    this.greedy = options.greedy ?? true;
    this.seed = options.seed ?? 0;
  }

  /** The strategy the policy picks for this dialogue. */
  chooseStrategy(messages: readonly ChatMessage[], options?: AgentCallOptions): Strategy {
    const seed = options?.seed ?? this.seed;
    const rng = new Rng(deriveSeed(seed, turnOf(messages), 'policy-agent'));
    const { actions } = this.policy.act(this.policy.encode([messages]), rng, { greedy: this.greedy });
    return this.policy.actionNames![actions[0]!] as Strategy;
  }

  async respond(messages: readonly ChatMessage[], options?: AgentCallOptions): Promise<string> {
    const strategy = this.chooseStrategy(messages, options);
    return this.realizer.realize(strategy, messages, {
      language: languageOf(messages),
      // The call's seed when given (as the built-in strategy agents do), so that compared agents word alike.
      seed: options?.seed ?? dialogueSeed(this.seed, messages),
      turn: turnOf(messages),
      ...(options?.signal && { signal: options.signal }),
    });
  }

  async close(): Promise<void> {
    await this.realizer.close?.();
  }
}
