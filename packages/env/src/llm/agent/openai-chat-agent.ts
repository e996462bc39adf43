import type { Agent, AgentCallOptions } from '../../agents/types';
import type { ChatMessage, Language } from '../../chat/messages';
import { deriveSeed, Rng } from '../../core/rng';
import { compileValidator } from '../../validation/schema';
import { splitThought, type ThinkFormat } from '../../wrappers/think-then-say';
import { backoffDelayMs, sleep } from '../backoff';
import { LlmClient } from '../client';
import type { ChatCompletionResult } from '../completion';
import { LlmOutputError } from '../errors';
import { applyClientDefaults, llmOptionsSchema, validateLlmOptions, type LlmClientOptions } from '../options';
import { DEFAULT_AGENT_SYSTEM_PROMPTS, THINK_THEN_SAY_INSTRUCTIONS, dialogueLanguage } from './system-prompts';

/** Options of {@link OpenAIChatAgent}: the client options plus the agent's own. */
export interface OpenAIChatAgentOptions extends LlmClientOptions {
  /**
   * The system prompt. Default: a listener prompt written for this project, in the dialogue's language (Chinese
   * when the user writes Chinese).
   */
  systemPrompt?: string;
  /**
   * Think-then-say: ask the model to think inside `<think>...</think>` before its reply. Only the reply is
   * returned by `respond`; {@link OpenAIChatAgent.respondWithThought} also returns the thought. (Think blocks
   * are stripped in either mode, so reasoning models that think unasked are handled too.)
   */
  thinkThenSay?: boolean;
  /** Name recorded in results (default `openai:<model>`). */
  name?: string;
  /** Requests per reply before giving up when the model's reply is empty (default 2). */
  maxOutputAttempts?: number;
}

/** One reply with what came with it. */
export interface AgentReply {
  /** What the user is told. */
  readonly reply: string;
  /** The model's thought (empty when there was none). */
  readonly thought: string;
  readonly thinkFormat: ThinkFormat;
  /** The raw model text. */
  readonly raw: string;
}

const validateAgentOptions = compileValidator<OpenAIChatAgentOptions>(
  llmOptionsSchema({
    systemPrompt: { type: 'string' },
    thinkThenSay: { type: 'boolean' },
    name: { type: 'string', minLength: 1 },
    maxOutputAttempts: { type: 'integer', minimum: 1, maximum: 20 },
  }),
);

/**
 * An {@link Agent} backed by any OpenAI-compatible chat model, through the same {@link LlmClient} (retries,
 * endpoint limit, cassette) as the LLM simulated user. The dialogue is sent as it is (the user's turns as
 * `user`, the agent's as `assistant`) after the system prompt.
 */
export class OpenAIChatAgent implements Agent {
  readonly name: string;
  readonly client: LlmClient;
  readonly thinkThenSay: boolean;
  private readonly systemPrompt: string | undefined;
  private readonly maxOutputAttempts: number;
  private readonly jitter: Rng;

  /**
   * @param options - validated; a bad field throws `InvalidOptionError` named `<prefix>.<field>`
   * @param prefix - the options' name in error messages (default `"agent"`)
   */
  constructor(options: OpenAIChatAgentOptions, prefix = 'agent') {
    const checked = validateLlmOptions(validateAgentOptions, options, prefix);
    const { systemPrompt, thinkThenSay, name, maxOutputAttempts, ...clientOptions } = checked;
    this.client = new LlmClient(applyClientDefaults(clientOptions, prefix, process.env));
    this.systemPrompt = systemPrompt;
    this.thinkThenSay = thinkThenSay ?? false;
    this.maxOutputAttempts = maxOutputAttempts ?? 2;
    this.name = name ?? `openai:${this.client.model}`;
    this.jitter = new Rng(deriveSeed('openai-agent-output-backoff', this.client.options.seed));
  }

  /** The system prompt sent for a dialogue in `language`. */
  systemPromptFor(language: Language): string {
    const base = this.systemPrompt ?? DEFAULT_AGENT_SYSTEM_PROMPTS[language];
    return this.thinkThenSay ? `${base}\n\n${THINK_THEN_SAY_INSTRUCTIONS[language]}` : base;
  }

  async respond(messages: readonly ChatMessage[], options: AgentCallOptions = {}): Promise<string> {
    return (await this.respondWithThought(messages, options)).reply;
  }

  /** Like `respond`, with the thought and the raw text. */
  async respondWithThought(messages: readonly ChatMessage[], options: AgentCallOptions = {}): Promise<AgentReply> {
    const request: ChatMessage[] = [{ role: 'system', content: this.systemPromptFor(dialogueLanguage(messages)) }, ...messages.map((m) => ({ role: m.role, content: m.content }))];
    const rejected: string[] = [];
    let previous: ChatCompletionResult | undefined;
    for (let attempt = 1; attempt <= this.maxOutputAttempts; attempt++) {
      if (previous?.source === 'endpoint') {
        const { retryBaseDelayMs, retryMaxDelayMs } = this.client.options;
        await sleep(backoffDelayMs(attempt - 1, retryBaseDelayMs, retryMaxDelayMs, this.jitter.next()), options.signal);
      }
      const seed = deriveSeed(this.client.options.seed, 'agent', options.seed ?? 0, messages.length, attempt) & 0x7fffffff;
      const answer = await this.client.complete({ messages: request, seed }, options.signal ? { signal: options.signal } : {});
      previous = answer;
      const { say, thought, format } = splitThought(answer.text);
      if (say.length > 0) return { reply: say, thought, thinkFormat: format, raw: answer.text };
      rejected.push(answer.text);
    }
    throw new LlmOutputError('agent reply', this.maxOutputAttempts, 'the reply is empty (nothing outside <think>...</think>)', rejected);
  }

  /** Waits for pending cassette writes. */
  async close(): Promise<void> {
    await this.client.close();
  }
}
