import type { ChatMessage } from '../../chat/messages';
import { deriveSeed } from '../../core/rng';
import { languageOf } from '../listening/language';
import { realizeStrategy } from '../realizer';
import { parseStrategy, STRATEGIES, type Strategy } from '../strategies';
import type { Agent, AgentCallOptions } from '../types';
import { checkBuiltinOptions, checkMessages, seedFor, turnOf, type BuiltinAgentOptions } from './common';

/** Always answers with the same response strategy (in varied wording): the "best fixed strategy" baseline. */
export class FixedStrategyAgent implements Agent {
  readonly name: string;
  readonly strategy: Strategy;
  private readonly options: BuiltinAgentOptions;

  /** @throws InvalidOptionError for an unknown strategy. */
  constructor(strategy: Strategy, options: BuiltinAgentOptions = {}) {
    this.strategy = parseStrategy(strategy);
    checkBuiltinOptions(options);
    this.options = options;
    this.name = `fixed:${this.strategy}`;
  }

  async respond(messages: readonly ChatMessage[], options?: AgentCallOptions): Promise<string> {
    checkMessages(messages);
    return realizeStrategy(this.strategy, messages, {
      language: languageOf(messages, this.options.language),
      seed: seedFor(this.options.seed ?? 0, options),
      turn: turnOf(messages),
    });
  }
}

/**
 * Picks a strategy uniformly at random every turn (seeded: the same seed and dialogue give the same
 * choices): the "random policy" baseline.
 */
export class RandomStrategyAgent implements Agent {
  readonly name = 'random';
  private readonly options: BuiltinAgentOptions;

  /** @param options the options, or just the seed (`new RandomStrategyAgent(7)`). */
  constructor(options: BuiltinAgentOptions | number = {}) {
    const resolved = typeof options === 'number' ? { seed: options } : options;
    checkBuiltinOptions(resolved);
    this.options = resolved;
  }

  /** The strategy this agent uses at `turn` with `seed`. */
  static strategyAt(seed: number, turn: number): Strategy {
    return STRATEGIES[deriveSeed(seed, turn, 'random-strategy') % STRATEGIES.length] as Strategy;
  }

  async respond(messages: readonly ChatMessage[], options?: AgentCallOptions): Promise<string> {
    checkMessages(messages);
    const seed = seedFor(this.options.seed ?? 0, options);
    const turn = turnOf(messages);
    return realizeStrategy(RandomStrategyAgent.strategyAt(seed, turn), messages, {
      language: languageOf(messages, this.options.language),
      seed,
      turn,
    });
  }
}
