import type { ChatMessage, Language } from '../../chat/messages';
import { InvalidOptionError } from '../../core/errors';
import type { AgentCallOptions } from '../types';

/** Options shared by the built-in agents. */
export interface BuiltinAgentOptions {
  /**
   * Language to answer in. By default each reply follows the user's latest message (Chinese characters ->
   * Chinese), so one agent serves both languages.
   */
  readonly language?: Language;
  /** Seed of the agent's wording (and, for the random agent, its choices); a call's `seed` overrides it. Default 0. */
  readonly seed?: number;
}

/** Validate the shared options; a bad one throws {@link InvalidOptionError} naming it. */
export function checkBuiltinOptions(options: BuiltinAgentOptions): void {
  if (options.language !== undefined && options.language !== 'en' && options.language !== 'zh') {
    throw new InvalidOptionError('language', options.language, '"en" or "zh" (or omit it to follow the user)');
  }
  if (options.seed !== undefined && !Number.isInteger(options.seed)) {
    throw new InvalidOptionError('seed', options.seed, 'an integer');
  }
}

/** The agent's turn index: how many replies it has already given in this dialogue. */
export function turnOf(messages: readonly ChatMessage[]): number {
  let n = 0;
  for (const message of messages) if (message.role === 'assistant') n++;
  return n;
}

/** The seed for this call: the call's own seed when given, else the agent's. */
export function seedFor(agentSeed: number, options: AgentCallOptions | undefined): number {
  const seed = options?.seed;
  if (seed === undefined) return agentSeed;
  if (!Number.isInteger(seed)) throw new InvalidOptionError('seed', seed, 'an integer');
  return seed;
}

/** The user's latest message ('' when there is none). */
export function lastUserMessage(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as ChatMessage;
    if (message.role === 'user') return message.content;
  }
  return '';
}

/** Reject a call whose messages are not chat messages, naming the bad entry. */
export function checkMessages(messages: unknown): asserts messages is readonly ChatMessage[] {
  if (!Array.isArray(messages)) throw new InvalidOptionError('messages', messages, 'an array of {role, content} chat messages');
  messages.forEach((m: unknown, i) => {
    const message = m as Partial<ChatMessage> | null;
    if (typeof message !== 'object' || message === null || typeof message.content !== 'string' || !['system', 'user', 'assistant'].includes(message.role as string)) {
      throw new InvalidOptionError(`messages[${i}]`, m, '{role: "system" | "user" | "assistant", content: string}');
    }
  });
}
