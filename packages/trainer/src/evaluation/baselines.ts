import { STRATEGIES, builtinAgent, type Agent, type Persona } from '@rlver/env';
import { evaluateAgent, type EvaluateAgentOptions, type EvaluationSummary } from './evaluate-agent';

/** The baselines of issue 5: the random-strategy policy and every fixed single strategy, on the same personas. */
export interface BaselineResults {
  readonly random: EvaluationSummary;
  readonly fixed: readonly EvaluationSummary[];
}

/**
 * Evaluate `builtin:random` and every `builtin:fixed:<strategy>` agent of `@rlver/env` (the same template
 * realizer the policy uses) on the given personas.
 */
export async function evaluateBaselines(personas: readonly Persona[], options: EvaluateAgentOptions): Promise<BaselineResults> {
  const run = async (agent: Agent) => (await evaluateAgent(agent, personas, options)).summary;
  const random = await run(builtinAgent('random', { seed: options.seed }));
  const fixed: EvaluationSummary[] = [];
  for (const strategy of STRATEGIES) fixed.push(await run(builtinAgent(`fixed:${strategy}`, { seed: options.seed })));
  return { random, fixed };
}

/** The best fixed strategy overall, or in one language. */
export function bestFixed(fixed: readonly EvaluationSummary[], language?: string): EvaluationSummary {
  const score = (s: EvaluationSummary) => (language ? (s.byLanguage[language]?.meanEmotion ?? -Infinity) : s.meanEmotion);
  return fixed.reduce((best, s) => (score(s) > score(best) ? s : best));
}
