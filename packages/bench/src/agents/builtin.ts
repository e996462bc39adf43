import type { Agent } from '@rlver/env';
import { AgentSpecError } from './errors';

// Wired to @rlver/env's builtinAgent(name) registry once it lands (AGENTS engineer).
export function builtinAgentNames(): readonly string[] {
  return [];
}

export function builtinAgentFor(name: string, spec: string): Agent {
  throw new AgentSpecError(spec, `no built-in agent named ${JSON.stringify(name)}`);
}
