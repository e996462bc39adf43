/** Who speaks a chat message. From the agent's side, the simulated user is `user` and the agent `assistant`. */
export type ChatRole = 'system' | 'user' | 'assistant';

/** One OpenAI-style chat message. */
export interface ChatMessage {
  readonly role: ChatRole;
  readonly content: string;
}

/** Languages of personas, simulated users and built-in agents. */
export type Language = 'en' | 'zh';

/** All supported languages. */
export const LANGUAGES: readonly Language[] = ['en', 'zh'];
