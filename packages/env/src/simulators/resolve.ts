import { InvalidOptionError } from '../core/errors';
import { LlmSimulator } from './llm/llm-simulator';
import { RuleSimulator } from './rule';
import type { LlmSimulatorOptions } from './llm/options';
import type { UserSimulator } from './types';

/** Names of the built-in simulated users. */
export type SimulatorSpec = 'rule' | 'llm';

/** Build a built-in simulated user by name. */
export function createSimulator(spec: SimulatorSpec, llmOptions?: Record<string, unknown>): UserSimulator {
  switch (spec) {
    case 'rule':
      return new RuleSimulator();
    case 'llm':
      // The LLM user's options are validated by its own schema, which names the bad field (llm.<field>).
      if (llmOptions === undefined) throw new InvalidOptionError('llm', llmOptions, 'LLM simulator options, at least { model }, when simulator is "llm"');
      return new LlmSimulator(llmOptions as unknown as LlmSimulatorOptions);
    default:
      throw new InvalidOptionError('simulator', spec, '"rule" or "llm"');
  }
}
