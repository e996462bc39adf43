import { BUILTIN_AGENT_NAMES, builtinAgent, InvalidOptionError, type Agent } from '@rlver/env';
import { AgentSpecError } from './errors';

/** Names `builtin:NAME` accepts (the registry of @rlver/env). */
export function builtinAgentNames(): readonly string[] {
  return BUILTIN_AGENT_NAMES;
}

/**
 * A built-in agent of @rlver/env by name. It answers in the user's language and takes its wording seed from each
 * call (the bench passes a seed derived from the dialogue seed and turn), so its replies are reproducible.
 */
export function builtinAgentFor(name: string, spec: string): Agent {
  try {
    return builtinAgent(name);
  } catch (error) {
    if (error instanceof InvalidOptionError) throw new AgentSpecError(spec, `no built-in agent named ${JSON.stringify(name)}; built-in names: ${BUILTIN_AGENT_NAMES.join(', ')}`);
    throw error;
  }
}
