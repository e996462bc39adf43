/**
 * A scripted OpenAI-compatible server for tests: a real HTTP server on 127.0.0.1 (an ephemeral port) that
 * speaks the chat-completions protocol, so code under test goes through the real `openai` SDK and network
 * stack, never the internet.
 *
 * ```ts
 * const server = await FakeOpenAIServer.start();
 * server.enqueue(fake.status(500), 'hello');          // first request: HTTP 500, second: "hello"
 * server.respondWith((req) => fake.reply(`echo: ${req.lastMessage}`)); // then this for every other request
 * const client = new LlmClient({ baseURL: server.url, model: 'fake-model' });
 * ...
 * expect(server.requests).toHaveLength(2);
 * await server.stop();
 * ```
 *
 * What each request gets: the next action of the FIFO queue (`enqueue`), else the responder's answer, else an
 * HTTP 400 saying that nothing was scripted (not retryable, so a missing script fails a test quickly).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One message of a chat-completions request body. */
export interface FakeChatMessage {
  readonly role: string;
  readonly content: string;
}

/** A request as the server received it. */
export interface FakeRequest {
  /** 0-based arrival index. */
  readonly index: number;
  /** Arrival time (`performance.now()` of the test process, in milliseconds). */
  readonly receivedAt: number;
  readonly method: string;
  /** The URL path, e.g. `/v1/chat/completions`. */
  readonly path: string;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body (undefined for GET). */
  readonly body: Readonly<Record<string, unknown>> | undefined;
  /** `body.model` when it is a string. */
  readonly model: string | undefined;
  /** `body.messages` with string contents (other shapes are dropped). */
  readonly messages: readonly FakeChatMessage[];
  /** Content of the last message ('' when there is none). */
  readonly lastMessage: string;
  /** Content of the system message ('' when there is none). */
  readonly systemMessage: string;
}

/** Answer with an assistant message. */
export interface FakeReply {
  readonly type: 'reply';
  readonly content: string;
  /** Default `stop`. */
  readonly finishReason?: string;
  /** Wait this long before answering (on top of the server's `latencyMs`). */
  readonly delayMs?: number;
}

/** Answer with an HTTP error status and an OpenAI-style error body. */
export interface FakeStatus {
  readonly type: 'status';
  readonly status: number;
  readonly message?: string;
  /** Sent as the `Retry-After` header (seconds, or an HTTP date). */
  readonly retryAfter?: string | number;
  /** Sent as the `retry-after-ms` header. */
  readonly retryAfterMs?: number;
  readonly delayMs?: number;
}

/** Never answer: the client times out. The connection is closed when the server stops. */
export interface FakeHang {
  readonly type: 'hang';
}

/** Close the connection without an answer (a crashed or restarted server). */
export interface FakeDrop {
  readonly type: 'drop';
  readonly delayMs?: number;
}

/** Answer with an arbitrary status and body (e.g. invalid JSON). */
export interface FakeRaw {
  readonly type: 'raw';
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
  readonly delayMs?: number;
}

/** What the server does with one request. */
export type FakeAction = FakeReply | FakeStatus | FakeHang | FakeDrop | FakeRaw;

/** A script step: an action, or a string as shorthand for `fake.reply(string)`. */
export type FakeScriptStep = FakeAction | string;

/** Decides the answer to requests the queue does not cover. */
export type FakeResponder = (request: FakeRequest) => FakeScriptStep | Promise<FakeScriptStep>;

/** Builders of {@link FakeAction}s. */
export const fake = {
  reply: (content: string, options: { finishReason?: string; delayMs?: number } = {}): FakeReply => ({ type: 'reply', content, ...options }),
  status: (status: number, options: { message?: string; retryAfter?: string | number; retryAfterMs?: number; delayMs?: number } = {}): FakeStatus => ({
    type: 'status',
    status,
    ...options,
  }),
  hang: (): FakeHang => ({ type: 'hang' }),
  drop: (options: { delayMs?: number } = {}): FakeDrop => ({ type: 'drop', ...options }),
  raw: (status: number, body: string, options: { contentType?: string; delayMs?: number } = {}): FakeRaw => ({ type: 'raw', status, body, ...options }),
};

/** Options of {@link FakeOpenAIServer.start}. */
export interface FakeServerOptions {
  /** Answers requests the queue does not cover. */
  readonly responder?: FakeResponder;
  /** Added delay before every answer, in milliseconds (default 0). */
  readonly latencyMs?: number;
  /** Port to listen on (default: an ephemeral one); e.g. to bring a stopped server back on the same URL. */
  readonly port?: number;
  /** Model id listed by `GET /v1/models` (default `fake-model`). */
  readonly model?: string;
}

/** The scripted OpenAI-compatible server. */
export class FakeOpenAIServer {
  /** Every request received, in arrival order (chat completions and others). */
  readonly requests: FakeRequest[] = [];
  private readonly queue: FakeScriptStep[] = [];
  private responder: FakeResponder | undefined;
  private latencyMs: number;
  private active = 0;
  private peak = 0;
  private stopped = false;
  private boundPort = 0;

  private constructor(
    private readonly server: http.Server,
    options: FakeServerOptions,
  ) {
    this.responder = options.responder;
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** Start a server on 127.0.0.1. */
  static async start(options: FakeServerOptions = {}): Promise<FakeOpenAIServer> {
    const server = http.createServer();
    const fakeServer = new FakeOpenAIServer(server, options);
    const model = options.model ?? 'fake-model';
    server.on('request', (req, res) => {
      void fakeServer.handle(req, res, model);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        fakeServer.boundPort = (server.address() as AddressInfo).port;
        resolve();
      });
    });
    return fakeServer;
  }

  /** The port listened on (still known after {@link stop}, e.g. to point a client at a server that is down). */
  get port(): number {
    return this.boundPort;
  }

  /** Base URL to give a client: `http://127.0.0.1:<port>/v1` (valid after {@link stop} too). */
  get url(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Chat-completion requests only. */
  get completionRequests(): FakeRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions'));
  }

  /** Requests being handled right now. */
  get inFlight(): number {
    return this.active;
  }

  /** Most requests handled at once since start (or the last {@link resetStats}). */
  get maxInFlight(): number {
    return this.peak;
  }

  /** Script the next answers, in order (before the responder is asked). */
  enqueue(...steps: FakeScriptStep[]): this {
    this.queue.push(...steps);
    return this;
  }

  /** Script steps not yet consumed. */
  get queued(): number {
    return this.queue.length;
  }

  /** Replace the responder. */
  respondWith(responder: FakeResponder | undefined): this {
    this.responder = responder;
    return this;
  }

  /** Change the delay added before every answer. */
  setLatency(ms: number): this {
    this.latencyMs = ms;
    return this;
  }

  /** Forget recorded requests and the in-flight peak. */
  resetStats(): void {
    this.requests.length = 0;
    this.peak = this.active;
  }

  /** Stop listening and close every connection (hanging requests included). Safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, model: string): Promise<void> {
    this.active += 1;
    if (this.active > this.peak) this.peak = this.active;
    let settled = false;
    const done = (): void => {
      if (!settled) {
        settled = true;
        this.active -= 1;
      }
    };
    res.on('close', done);
    try {
      const text = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] as string;
      let body: Record<string, unknown> | undefined;
      if (text.length > 0) {
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          sendJson(res, 400, errorBody('request body is not valid JSON', 'invalid_request_error'));
          return;
        }
      }
      const request = this.record(req, path, body);
      if (req.method === 'GET' && path.endsWith('/models')) {
        sendJson(res, 200, { object: 'list', data: [{ id: model, object: 'model', created: 0, owned_by: 'fake' }] });
        return;
      }
      if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
        sendJson(res, 404, errorBody(`no route ${req.method} ${path}`, 'not_found'));
        return;
      }
      const problem = checkChatBody(body);
      if (problem) {
        sendJson(res, 400, errorBody(problem, 'invalid_request_error'));
        return;
      }
      const step = this.queue.length > 0 ? (this.queue.shift() as FakeScriptStep) : this.responder ? await this.responder(request) : undefined;
      const action: FakeAction =
        step === undefined
          ? fake.status(400, { message: `fake server: nothing scripted for request #${request.index}` })
          : typeof step === 'string'
            ? fake.reply(step)
            : step;
      await this.perform(action, request, req, res);
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, errorBody(`fake server error: ${(error as Error).message}`, 'server_error'));
    } finally {
      if (res.writableEnded || res.destroyed) done();
    }
  }

  private record(req: http.IncomingMessage, path: string, body: Record<string, unknown> | undefined): FakeRequest {
    const rawMessages = Array.isArray(body?.messages) ? (body?.messages as unknown[]) : [];
    const messages: FakeChatMessage[] = [];
    for (const m of rawMessages) {
      const message = m as { role?: unknown; content?: unknown };
      if (typeof message?.role === 'string' && typeof message.content === 'string') messages.push({ role: message.role, content: message.content });
    }
    const request: FakeRequest = {
      index: this.requests.length,
      receivedAt: performance.now(),
      method: req.method ?? 'GET',
      path,
      headers: { ...req.headers },
      body,
      model: typeof body?.model === 'string' ? body.model : undefined,
      messages,
      lastMessage: messages[messages.length - 1]?.content ?? '',
      systemMessage: messages.find((m) => m.role === 'system')?.content ?? '',
    };
    this.requests.push(request);
    return request;
  }

  private async perform(action: FakeAction, request: FakeRequest, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (action.type === 'hang') return;
    const delay = this.latencyMs + (action.delayMs ?? 0);
    if (delay > 0) await wait(delay);
    if (res.destroyed) return;
    switch (action.type) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'raw':
        res.writeHead(action.status, { 'content-type': action.contentType ?? 'application/json' });
        res.end(action.body);
        return;
      case 'status': {
        const headers: Record<string, string> = {};
        if (action.retryAfter !== undefined) headers['retry-after'] = String(action.retryAfter);
        if (action.retryAfterMs !== undefined) headers['retry-after-ms'] = String(action.retryAfterMs);
        sendJson(res, action.status, errorBody(action.message ?? `scripted status ${action.status}`, action.status === 429 ? 'rate_limit_exceeded' : 'server_error'), headers);
        return;
      }
      case 'reply':
        sendJson(res, 200, completionBody(request, action));
        return;
    }
  }
}

function completionBody(request: FakeRequest, action: FakeReply): Record<string, unknown> {
  const promptChars = request.messages.reduce((n, m) => n + m.content.length, 0);
  const promptTokens = Math.ceil(promptChars / 4);
  const completionTokens = Math.ceil(action.content.length / 4);
  return {
    id: `chatcmpl-fake-${request.index}`,
    object: 'chat.completion',
    created: 0,
    model: request.model ?? 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', content: action.content, refusal: null }, finish_reason: action.finishReason ?? 'stop', logprobs: null }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

function checkChatBody(body: Record<string, unknown> | undefined): string | undefined {
  if (!body) return 'request body is required';
  if (typeof body.model !== 'string' || body.model === '') return 'field "model" is required';
  if (!Array.isArray(body.messages) || body.messages.length === 0) return 'field "messages" must be a non-empty array';
  if (body.stream === true) return 'streaming is not supported by the fake server';
  return undefined;
}

function errorBody(message: string, type: string): Record<string, unknown> {
  return { error: { message, type, param: null, code: null } };
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for scripting the LLM simulated user (its prompts and output format: packages/env/src/simulators/llm).

/** The LLM simulated user's stage a request belongs to, read from its system prompt's first line. */
export function llmUserStage(request: FakeRequest): 'opening' | 'appraisal' | 'reply' | undefined {
  const match = /^RLVER simulated user \| stage: (opening|appraisal|reply) \|/.exec(request.systemMessage);
  return match ? (match[1] as 'opening' | 'appraisal' | 'reply') : undefined;
}

/** A well-formed appraisal answer with the given change (other fields filled with plain defaults). */
export function appraisalAnswer(change: number, fields: Partial<Record<'conveys' | 'stated_need' | 'stated_need_met' | 'hidden_need' | 'hidden_need_met' | 'inner_reaction' | 'feeling', string>> = {}): string {
  return JSON.stringify({
    conveys: fields.conveys ?? 'They are trying to understand me.',
    stated_need: fields.stated_need ?? 'I wanted to be heard; it listens.',
    stated_need_met: fields.stated_need_met ?? 'yes',
    hidden_need: fields.hidden_need ?? 'It touches what I want, a little.',
    hidden_need_met: fields.hidden_need_met ?? 'partly',
    inner_reaction: fields.inner_reaction ?? 'Maybe this person gets it.',
    feeling: fields.feeling ?? (change >= 0 ? 'A bit lighter.' : 'Let down.'),
    change,
  });
}

/** A well-formed reply/opening answer. */
export function utteranceAnswer(reply: string, plan = 'Answer honestly.'): string {
  return JSON.stringify({ plan, reply });
}

/** Script of {@link llmUserResponder}. */
export interface LlmUserScript {
  /** Change of the nth appraisal request (cycled). */
  readonly changes: readonly number[];
  /** Words of the nth reply request (default `"reply <n>"`). */
  readonly reply?: (n: number, request: FakeRequest) => string;
  /** Words of the opening (default `"opening"`). */
  readonly opening?: string;
}

/**
 * A responder that plays the LLM simulated user: the nth appraisal request gets `changes[n]`, the nth reply
 * request `reply(n)`. Counts are per responder, so use one per sequential dialogue (or answer from the request
 * content with your own responder when dialogues run concurrently).
 */
export function llmUserResponder(script: LlmUserScript): FakeResponder {
  let appraisals = 0;
  let replies = 0;
  return (request) => {
    switch (llmUserStage(request)) {
      case 'appraisal':
        return appraisalAnswer(script.changes[appraisals++ % script.changes.length] as number);
      case 'reply': {
        const n = replies++;
        return utteranceAnswer(script.reply ? script.reply(n, request) : `reply ${n}`);
      }
      case 'opening':
        return utteranceAnswer(script.opening ?? 'opening');
      default:
        return fake.status(400, { message: 'fake server: not a request of the LLM simulated user' });
    }
  };
}
