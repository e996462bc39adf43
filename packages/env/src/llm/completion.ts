import type { ChatMessage } from '../chat/messages';

/** One chat-completion request as rlver callers make it; unset sampling fields fall back to the client's options. */
export interface ChatCompletionRequest {
  readonly messages: readonly ChatMessage[];
  readonly temperature?: number;
  readonly topP?: number;
  readonly maxTokens?: number;
  /** Per-request seed (callers derive it from the client's base seed). */
  readonly seed?: number;
  readonly stop?: readonly string[];
}

/**
 * The request body sent to `POST {baseURL}/chat/completions` (OpenAI wire names), with every unset field left
 * out. It is also what a cassette key hashes, so it holds exactly what determines the answer: model, messages
 * and sampling parameters (not the endpoint URL, key or headers).
 */
export interface CompletionBody {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly temperature?: number;
  readonly top_p?: number;
  readonly max_tokens?: number;
  readonly seed?: number;
  readonly stop?: readonly string[];
}

/** What a completion produced. */
export interface ChatCompletionResult {
  /** The assistant message's text (empty when the endpoint returned none). */
  readonly text: string;
  /** `stop`, `length`, ... as the endpoint reported it (`unknown` when absent). */
  readonly finishReason: string;
  /** Where the answer came from. */
  readonly source: 'endpoint' | 'cassette';
  /** HTTP attempts made (0 when replayed from a cassette). */
  readonly attempts: number;
}

/** Per-call options. */
export interface CompletionCallOptions {
  /** Aborts the request and any wait between attempts. */
  readonly signal?: AbortSignal;
}

/** Sampling defaults a body is built with. */
export interface SamplingDefaults {
  readonly temperature: number | undefined;
  readonly topP: number | undefined;
  readonly maxTokens: number | undefined;
}

/** Build the wire body of `request` for `model`, filling unset sampling fields from `defaults`. */
export function completionBody(model: string, request: ChatCompletionRequest, defaults: SamplingDefaults): CompletionBody {
  const body: {
    model: string;
    messages: ChatMessage[];
    temperature?: number;
    top_p?: number;
    max_tokens?: number;
    seed?: number;
    stop?: string[];
  } = { model, messages: request.messages.map((m) => ({ role: m.role, content: m.content })) };
  const temperature = request.temperature ?? defaults.temperature;
  const topP = request.topP ?? defaults.topP;
  const maxTokens = request.maxTokens ?? defaults.maxTokens;
  if (temperature !== undefined) body.temperature = temperature;
  if (topP !== undefined) body.top_p = topP;
  if (maxTokens !== undefined) body.max_tokens = maxTokens;
  if (request.seed !== undefined) body.seed = request.seed;
  if (request.stop !== undefined && request.stop.length > 0) body.stop = [...request.stop];
  return body;
}
