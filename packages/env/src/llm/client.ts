import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { deriveSeed, Rng } from '../core/rng';
import { backoffDelayMs, sleep } from './backoff';
import { Cassette } from './cassette/cassette';
import { completionBody, type ChatCompletionRequest, type ChatCompletionResult, type CompletionBody, type CompletionCallOptions } from './completion';
import { endpointLimiter, type EndpointLimiter } from './endpoint-limits';
import { LlmRequestError } from './errors';
import { classifyFailure, type AttemptFailure } from './failure';
import { nodeHttpFetch } from './transport/node-http-fetch';
import { isResolvedLlmClientOptions, resolveLlmClientOptions, type LlmClientOptions, type ResolvedLlmClientOptions } from './options';
import type { RecordedResponse } from './cassette/cassette';

/** Counters of one {@link LlmClient}. */
export interface LlmClientStats {
  /** `complete` calls that returned. */
  completions: number;
  /** HTTP attempts made (first tries and retries). */
  attempts: number;
  /** Attempts that were retries. */
  retries: number;
  /** Answers replayed from the cassette. */
  replayed: number;
  /** Answers recorded into the cassette. */
  recorded: number;
}

/**
 * The one way rlver talks to an LLM: the official `openai` SDK pointed at `baseURL`, with rlver's own
 * reliability around it (the SDK's retries are off):
 * - bounded attempts with jittered exponential backoff on 408/409/429/5xx, timeouts and connection errors,
 *   waiting at least as long as `Retry-After` asks; then an {@link LlmRequestError} naming endpoint, model and
 *   last failure. Other statuses (400, 401, 404, ...) fail at once;
 * - a process-wide concurrency limit per endpoint (see `endpointLimiter`), held per attempt, not while
 *   backing off;
 * - an optional record/replay {@link Cassette}: in replay mode no request leaves the process.
 *
 * Stateless apart from counters, so one client serves any number of concurrent dialogues.
 */
export class LlmClient {
  readonly options: ResolvedLlmClientOptions;
  /** The cassette in use, if any. */
  readonly cassette: Cassette | undefined;
  private readonly openai: OpenAI;
  private readonly limiter: EndpointLimiter;
  private readonly jitter: Rng;
  private readonly counters: LlmClientStats = { completions: 0, attempts: 0, retries: 0, replayed: 0, recorded: 0 };

  /** @param options - raw options (validated; bad fields throw `InvalidOptionError` named `llm.<field>`) or resolved ones */
  constructor(options: LlmClientOptions | ResolvedLlmClientOptions) {
    this.options = isResolvedLlmClientOptions(options) ? options : resolveLlmClientOptions(options);
    const o = this.options;
    this.openai = new OpenAI({
      apiKey: o.apiKey,
      baseURL: o.baseURL,
      maxRetries: 0,
      timeout: o.timeoutMs,
      defaultHeaders: { ...o.headers },
      ...(o.transport === 'node-http' ? { fetch: nodeHttpFetch } : {}),
    });
    this.limiter = endpointLimiter(o.baseURL, o.model, o.concurrency);
    this.jitter = new Rng(deriveSeed('llm-backoff', o.seed, o.baseURL, o.model));
    this.cassette = o.cassette ? new Cassette(o.cassette, o.cassetteMode) : undefined;
  }

  /** Base URL of the endpoint. */
  get endpoint(): string {
    return this.options.baseURL;
  }

  get model(): string {
    return this.options.model;
  }

  /** A copy of the counters. */
  get stats(): LlmClientStats {
    return { ...this.counters };
  }

  /** The wire body `request` becomes with this client's model and sampling defaults (what cassettes key on). */
  body(request: ChatCompletionRequest): CompletionBody {
    return completionBody(this.options.model, request, this.options);
  }

  /** One chat completion (through the cassette when there is one). */
  async complete(request: ChatCompletionRequest, callOptions: CompletionCallOptions = {}): Promise<ChatCompletionResult> {
    const body = this.body(request);
    let attempts = 0;
    const send = async (): Promise<RecordedResponse> => {
      const sent = await this.sendWithRetries(body, callOptions.signal);
      attempts = sent.attempts;
      return sent.response;
    };
    let result: ChatCompletionResult;
    if (this.cassette) {
      const { response, replayed } = await this.cassette.resolve(body, send);
      if (replayed) this.counters.replayed += 1;
      else this.counters.recorded += 1;
      result = { ...response, source: replayed ? 'cassette' : 'endpoint', attempts };
    } else {
      const response = await send();
      result = { ...response, source: 'endpoint', attempts };
    }
    this.counters.completions += 1;
    return result;
  }

  /** Wait for pending cassette writes. */
  async close(): Promise<void> {
    await this.cassette?.flush();
  }

  private async sendWithRetries(body: CompletionBody, signal: AbortSignal | undefined): Promise<{ response: RecordedResponse; attempts: number }> {
    const { maxAttempts, retryBaseDelayMs, retryMaxDelayMs } = this.options;
    let failure: AttemptFailure | undefined;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        this.counters.retries += 1;
        const delay = backoffDelayMs(attempt - 1, retryBaseDelayMs, retryMaxDelayMs, this.jitter.next(), failure?.retryAfterMs);
        try {
          await sleep(delay, signal);
        } catch (error) {
          throw this.failed(attempt - 1, { kind: 'aborted', retryable: false, summary: 'aborted by the caller while waiting to retry' }, error);
        }
      }
      this.counters.attempts += 1;
      try {
        const completion = await this.limiter.run(() => this.attempt(body, signal));
        const choice = completion.choices?.[0];
        return { response: { text: choice?.message?.content ?? '', finishReason: choice?.finish_reason ?? 'unknown' }, attempts: attempt };
      } catch (error) {
        lastError = error;
        failure = error instanceof AttemptTimeout ? TIMEOUT_FAILURE : classifyFailure(error);
        if (signal?.aborted) failure = { kind: 'aborted', retryable: false, summary: 'aborted by the caller' };
        if (!failure.retryable) throw this.failed(attempt, failure, error);
      }
    }
    throw this.failed(maxAttempts, failure as AttemptFailure, lastError);
  }

  /**
   * One HTTP attempt. The time limit is ours, not the SDK's: the clock starts when the attempt gets its
   * endpoint slot (not while it queues), and a timeout is told apart from a caller's abort reliably.
   */
  private async attempt(body: CompletionBody, signal: AbortSignal | undefined): Promise<ChatCompletion> {
    const controller = new AbortController();
    const forwardAbort = (): void => controller.abort(signal?.reason);
    if (signal?.aborted) forwardAbort();
    signal?.addEventListener('abort', forwardAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    try {
      return await this.openai.chat.completions.create(body as ChatCompletionCreateParamsNonStreaming, {
        signal: controller.signal,
        // The SDK's own limit is only a backstop behind ours.
        timeout: this.options.timeoutMs + 1000,
        maxRetries: 0,
      });
    } catch (error) {
      throw timedOut ? new AttemptTimeout(error) : error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  private failed(attempts: number, failure: AttemptFailure, cause: unknown): LlmRequestError {
    return new LlmRequestError(this.options.baseURL, this.options.model, attempts, failure.kind, failure.summary, failure.status, { cause });
  }
}

/** Marks an attempt that ran out of time (internal to the retry loop). */
class AttemptTimeout extends Error {
  constructor(cause: unknown) {
    super('attempt timed out', { cause });
  }
}

const TIMEOUT_FAILURE: AttemptFailure = { kind: 'timeout', retryable: true, summary: 'timed out waiting for the response' };
