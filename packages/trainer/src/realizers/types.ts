import type { ChatMessage, Language, Strategy } from '@rlver/env';

/** What a realizer is told besides the strategy and the dialogue. */
export interface RealizeContext {
  /** Language of the reply (the user's language). */
  readonly language: Language;
  /** Seed of any wording choice; the same seed, strategy and dialogue give the same reply. */
  readonly seed: number;
  /** Agent replies so far. */
  readonly turn: number;
  /** Aborts an in-flight call (LLM realizers). */
  readonly signal?: AbortSignal;
}

/**
 * Turns a response strategy chosen by the policy into the reply text the simulated user reads: offline from
 * bilingual templates, or online by an LLM told to write in that strategy.
 */
export interface Realizer {
  /** Short name recorded with checkpoints and results, e.g. "template" or "llm:gpt-4o-mini". */
  readonly name: string;
  realize(strategy: Strategy, messages: readonly ChatMessage[], context: RealizeContext): Promise<string>;
  /** Release resources (flush an LLM cassette). */
  close?(): Promise<void>;
}
