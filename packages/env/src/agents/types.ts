import type { ChatMessage } from '../chat/messages';

/** Per-call options of an {@link Agent}. */
export interface AgentCallOptions {
  /** Aborts an in-flight call. */
  readonly signal?: AbortSignal;
  /** A seed for agents that sample. */
  readonly seed?: number;
}

/**
 * A dialogue agent: given the chat so far (the simulated user as `user`, the agent's earlier replies as
 * `assistant`), returns its next reply. This is the interface the bench runs and the env's observation/action
 * pair; any chatbot can implement it.
 */
export interface Agent {
  /** Name recorded in results. */
  readonly name: string;
  respond(messages: readonly ChatMessage[], options?: AgentCallOptions): Promise<string>;
  /** Release resources. */
  close?(): Promise<void>;
}
