import type { PolicyConfig } from '../config/types';
import { LlmRealizer } from './llm-realizer';
import { TemplateRealizer } from './template-realizer';
import type { Realizer } from './types';

/** The realizer a config asks for. */
export function createRealizer(config: Pick<PolicyConfig, 'realizer' | 'llm'>): Realizer {
  if (config.realizer === 'llm') {
    if (!config.llm) throw new RangeError('policy.llm is required for the LLM realizer');
    return new LlmRealizer(config.llm);
  }
  return new TemplateRealizer();
}
