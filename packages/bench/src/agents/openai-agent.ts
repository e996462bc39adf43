import type { Agent } from '@rlver/env';
import { AgentSpecError } from './errors';

// Wired to @rlver/env's OpenAIChatAgent once it lands (LLM engineer).
export interface OpenAIAgentOptions {
  readonly baseURL?: string;
  readonly apiKeyEnv?: string;
}

export async function openAIAgentFor(model: string, _options: OpenAIAgentOptions): Promise<{ agent: Agent; recorded: Record<string, unknown> }> {
  throw new AgentSpecError(`openai:${model}`, 'the OpenAI agent is not available yet');
}
