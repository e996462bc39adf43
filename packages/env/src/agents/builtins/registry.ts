import { InvalidOptionError } from '../../core/errors';
import { STRATEGIES, isStrategy } from '../strategies';
import type { Agent } from '../types';
import { checkBuiltinOptions, type BuiltinAgentOptions } from './common';
import { GenericPoliteAgent } from './generic-polite';
import { NeedAwareAgent } from './need-aware';
import { AlwaysAdviceAgent, AlwaysQuestionAgent, EchoAgent, LongListAgent, SamePhraseAgent } from './one-trick';
import { FixedStrategyAgent, RandomStrategyAgent } from './strategy-agents';

const FACTORIES: Readonly<Record<string, (options: BuiltinAgentOptions) => Agent>> = {
  'generic-polite': (o) => new GenericPoliteAgent(o),
  'need-aware': (o) => new NeedAwareAgent(o),
  random: (o) => new RandomStrategyAgent(o),
  'same-phrase': (o) => new SamePhraseAgent(o),
  'always-advice': (o) => new AlwaysAdviceAgent(o),
  'always-question': (o) => new AlwaysQuestionAgent(o),
  'long-list': (o) => new LongListAgent(o),
  echo: (o) => new EchoAgent(o),
};

/**
 * Every name {@link builtinAgent} accepts: the baselines (`generic-polite`, `need-aware`, `random`), one
 * `fixed:<strategy>` per strategy, and the one-trick agents used to test simulators (`same-phrase`,
 * `always-advice`, `always-question`, `long-list`, `echo`).
 */
export const BUILTIN_AGENT_NAMES: readonly string[] = [
  'generic-polite',
  'need-aware',
  'random',
  ...STRATEGIES.map((s) => `fixed:${s}`),
  'same-phrase',
  'always-advice',
  'always-question',
  'long-list',
  'echo',
];

/**
 * A built-in agent by name (see {@link BUILTIN_AGENT_NAMES}).
 *
 * @throws InvalidOptionError for an unknown name (the message lists the valid ones) or a bad option.
 */
export function builtinAgent(name: string, options: BuiltinAgentOptions = {}): Agent {
  checkBuiltinOptions(options);
  if (typeof name === 'string' && name.startsWith('fixed:')) {
    const strategy = name.slice('fixed:'.length);
    if (isStrategy(strategy)) return new FixedStrategyAgent(strategy, options);
  } else if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(FACTORIES, name)) {
    return (FACTORIES[name] as (o: BuiltinAgentOptions) => Agent)(options);
  }
  throw new InvalidOptionError('agent', name, `a built-in agent name: ${BUILTIN_AGENT_NAMES.join(', ')}`);
}
