import { describeValue, type Agent, type AgentCallOptions, type ChatMessage } from '@rlver/env';
import { AgentCallError } from './errors';

/** Options of {@link callAgent}. */
export interface CallAgentOptions {
  /** Give up after this many milliseconds (0: never). The agent's `signal` is aborted at the same moment. */
  readonly timeoutMs: number;
  readonly seed?: number;
}

/**
 * Ask an agent for its reply with a time limit. The agent gets an abort signal that fires at the limit; an agent
 * that ignores it is abandoned (its eventual answer is dropped), so one stuck call cannot stall a run. Any failure
 * becomes an {@link AgentCallError} whose message says what happened.
 */
export async function callAgent(agent: Agent, messages: readonly ChatMessage[], options: CallAgentOptions): Promise<string> {
  const controller = new AbortController();
  const callOptions: AgentCallOptions = { signal: controller.signal, ...(options.seed !== undefined ? { seed: options.seed } : {}) };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    if (options.timeoutMs > 0) {
      timer = setTimeout(() => {
        controller.abort();
        reject(new AgentCallError(`agent ${agent.name} did not answer within ${options.timeoutMs} ms`, true));
      }, options.timeoutMs);
    }
  });
  try {
    const reply: unknown = await Promise.race([Promise.resolve().then(() => agent.respond(messages, callOptions)), timeout]);
    if (typeof reply !== 'string') throw new AgentCallError(`agent ${agent.name} returned ${describeValue(reply)} (${typeof reply}): expected a string reply`, false);
    return reply;
  } catch (error) {
    if (error instanceof AgentCallError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new AgentCallError(`agent ${agent.name} failed: ${message}`, false, { cause: error });
  } finally {
    if (timer) clearTimeout(timer);
  }
}
