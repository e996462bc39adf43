/**
 * Agents: the {@link Agent} interface, response strategies and their bilingual realizer, need inference from
 * the user's words, and the built-in agents (baselines and one-trick agents for tests).
 *
 * @packageDocumentation
 */
export type { Agent, AgentCallOptions } from './types';
export { STRATEGIES, STRATEGY_FOR_NEED, isStrategy, parseStrategy, type Strategy } from './strategies';
export { realizeStrategy, realizeHeard, replyLength, REPLY_LENGTH, type RealizeOptions } from './realizer';
export { listen, detectLanguage, languageOf, pushesBack, type Heard } from './listening';
export { inferNeeds, needCuesIn, type NeedInference, type InferNeedsOptions } from './need-inference';
export { turnOf, type BuiltinAgentOptions } from './builtins/common';
export { GenericPoliteAgent } from './builtins/generic-polite';
export { NeedAwareAgent, type NeedAwarePlan } from './builtins/need-aware';
export { FixedStrategyAgent, RandomStrategyAgent } from './builtins/strategy-agents';
export { SamePhraseAgent, AlwaysAdviceAgent, AlwaysQuestionAgent, LongListAgent, EchoAgent } from './builtins/one-trick';
export { builtinAgent, BUILTIN_AGENT_NAMES } from './builtins/registry';
