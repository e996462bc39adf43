import { InvalidOptionError } from '../core/errors';
import { RuleSimulator } from './rule';
import type { UserSimulator } from './types';

/** Names of the built-in simulated users. */
export type SimulatorSpec = 'rule' | 'llm';

/** Build a built-in simulated user by name. */
export function createSimulator(spec: SimulatorSpec, llmOptions?: Record<string, unknown>): UserSimulator {
  switch (spec) {
    case 'rule':
      return new RuleSimulator();
    case 'llm':
      void llmOptions;
      throw new InvalidOptionError('simulator', spec, '"rule" (the LLM simulator is not available yet)');
    default:
      throw new InvalidOptionError('simulator', spec, '"rule" or "llm"');
  }
}
