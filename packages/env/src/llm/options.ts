import type { Schema } from 'ajv';
import { InvalidOptionError, SchemaValidationError } from '../core/errors';
import { compileValidator, type Validator } from '../validation/schema';

/** How a cassette is used: see {@link LlmClientOptions.cassetteMode}. */
export type CassetteMode = 'record' | 'replay' | 'auto';

/** All cassette modes. */
export const CASSETTE_MODES: readonly CassetteMode[] = ['record', 'replay', 'auto'];

/** How requests reach the endpoint: see {@link LlmClientOptions.transport}. */
export type LlmTransport = 'node-http' | 'fetch';

/** All transports. */
export const LLM_TRANSPORTS: readonly LlmTransport[] = ['node-http', 'fetch'];

/** The OpenAI API, used when neither `baseURL` nor an environment variable names another endpoint. */
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * Options of every LLM caller in rlver (the LLM simulated user, {@link OpenAIChatAgent}, the trainer's and the
 * bench's LLM agents). All traffic goes through the official `openai` package, pointed at any
 * OpenAI-compatible endpoint (OpenAI, vLLM, SGLang, Ollama, llama.cpp server) by `baseURL`.
 *
 * Environment variables (read when the option is absent):
 * - `apiKey`: `RLVER_API_KEY`, then `OPENAI_API_KEY`. Local servers that ignore keys need neither; a
 *   placeholder key is sent. The OpenAI API itself requires one.
 * - `baseURL`: `RLVER_BASE_URL`, then `OPENAI_BASE_URL`, then {@link DEFAULT_BASE_URL}.
 */
export interface LlmClientOptions {
  /** Model name as the endpoint knows it, e.g. `"gpt-4o"` or `"Qwen/Qwen2.5-7B-Instruct"`. Required. */
  model: string;
  /** Base URL of the OpenAI-compatible API, including `/v1`, e.g. `"http://127.0.0.1:8000/v1"`. */
  baseURL?: string;
  /** API key (see the environment variables above). Never written to cassettes or error messages. */
  apiKey?: string;
  /** Sampling temperature in [0, 2]; absent: the endpoint's default. */
  temperature?: number;
  /** Nucleus sampling in (0, 1]; absent: the endpoint's default. */
  topP?: number;
  /** Upper bound of generated tokens per request, sent as `max_tokens`; absent: the endpoint's default. */
  maxTokens?: number;
  /**
   * Base seed (default 0). Callers send a per-request `seed` derived from it (and, for the simulated user, from
   * the episode seed, turn and stage), so endpoints that honour `seed` sample reproducibly and identical prompts
   * in different episodes stay distinct requests for the cassette.
   */
  seed?: number;
  /** Time limit of one HTTP attempt in milliseconds (default 60000). A timed-out attempt is retried. */
  timeoutMs?: number;
  /**
   * Attempts per request before giving up with `LlmRequestError` (default 5). Retried: HTTP 408, 409, 429 and
   * 5xx, timeouts and connection errors, with jittered exponential backoff that honours `Retry-After`.
   */
  maxAttempts?: number;
  /** Backoff before the first retry, in milliseconds (default 500); doubled on each further retry. */
  retryBaseDelayMs?: number;
  /** Longest wait between attempts, in milliseconds (default 30000), `Retry-After` included. */
  retryMaxDelayMs?: number;
  /**
   * Requests in flight at once to this endpoint (baseURL + model), shared by every client in the process that
   * points at it (default 8). The first client of an endpoint fixes its limit.
   */
  concurrency?: number;
  /** Path of a JSONL cassette that records and/or replays every request (see {@link CassetteMode}). */
  cassette?: string;
  /**
   * `"record"`: always call the endpoint and append each exchange; `"replay"`: answer only from the cassette
   * (a request it lacks is a `CassetteMissError`; no network); `"auto"` (default): replay what the cassette
   * holds, record the rest.
   */
  cassetteMode?: CassetteMode;
  /** Extra HTTP headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * How the SDK's requests are sent. `"node-http"` (default): Node's `http`/`https` modules with keep-alive
   * connections (`nodeHttpFetch`), several times cheaper in CPU per request than the global fetch, which is
   * what bounds throughput with dozens of requests in flight. `"fetch"`: the global `fetch`, e.g. when undici's
   * `setGlobalDispatcher` routes traffic through a proxy.
   */
  transport?: LlmTransport;
}

/** {@link LlmClientOptions} after defaults and environment variables. */
export interface ResolvedLlmClientOptions {
  readonly model: string;
  readonly baseURL: string;
  readonly apiKey: string;
  readonly temperature: number | undefined;
  readonly topP: number | undefined;
  readonly maxTokens: number | undefined;
  readonly seed: number;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly concurrency: number;
  readonly cassette: string | undefined;
  readonly cassetteMode: CassetteMode;
  readonly headers: Readonly<Record<string, string>>;
  readonly transport: LlmTransport;
}

/** Sent as the API key to endpoints that need none (local servers ignore the Authorization header). */
export const PLACEHOLDER_API_KEY = 'no-key';

/** Defaults of the client options that have one. */
export const LLM_CLIENT_DEFAULTS = {
  seed: 0,
  timeoutMs: 60_000,
  maxAttempts: 5,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 30_000,
  concurrency: 8,
  cassetteMode: 'auto',
  transport: 'node-http',
} as const;

/**
 * JSON Schema properties of {@link LlmClientOptions}; option objects that extend the client options (the
 * simulated user's, the agent's) spread these into their own schema.
 */
export const llmClientOptionProperties = {
  model: { type: 'string', minLength: 1 },
  baseURL: { type: 'string', pattern: '^https?://' },
  apiKey: { type: 'string' },
  temperature: { type: 'number', minimum: 0, maximum: 2 },
  topP: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
  maxTokens: { type: 'integer', minimum: 1 },
  seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
  timeoutMs: { type: 'integer', minimum: 1 },
  maxAttempts: { type: 'integer', minimum: 1, maximum: 100 },
  retryBaseDelayMs: { type: 'integer', minimum: 0 },
  retryMaxDelayMs: { type: 'integer', minimum: 0 },
  concurrency: { type: 'integer', minimum: 1, maximum: 10000 },
  cassette: { type: 'string', minLength: 1 },
  cassetteMode: { type: 'string', enum: [...CASSETTE_MODES] },
  headers: { type: 'object', additionalProperties: { type: 'string' } },
  transport: { type: 'string', enum: [...LLM_TRANSPORTS] },
} as const;

/** Build the schema of an options object: the client options plus `extra` properties; `model` required. */
export function llmOptionsSchema(extra: Record<string, object> = {}): Schema {
  return {
    type: 'object',
    properties: { ...llmClientOptionProperties, ...extra },
    required: ['model'],
    additionalProperties: false,
  };
}

const clientOptionsValidator = compileValidator<LlmClientOptions>(llmOptionsSchema());

/**
 * Validate options with `validator`; a bad field becomes an {@link InvalidOptionError} named
 * `<prefix>.<field>` (e.g. `llm.temperature`) with the value and what was expected.
 */
export function validateLlmOptions<T>(validator: Validator<T>, raw: unknown, prefix: string): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InvalidOptionError(prefix, raw, 'an object of LLM options (at least { model })');
  try {
    return validator(raw, prefix);
  } catch (error) {
    if (!(error instanceof SchemaValidationError)) throw error;
    const field = error.path.replace(/^\//, '').split('/').filter(Boolean);
    let value: unknown = raw;
    for (const part of field) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
    const name = [prefix, ...field].join('.');
    if (field[0] === 'apiKey') value = '(hidden)';
    throw new InvalidOptionError(name, value, expectedFromProblem(error.problem, validator));
  }
}

/** Turn an ajv problem ("must be <= 2") into what was expected ("<= 2"). */
function expectedFromProblem(problem: string, validator: Validator<unknown>): string {
  if (problem === 'is required but missing') return 'a value (it is required)';
  if (problem === 'is not an allowed field') {
    const known = Object.keys((validator.schema as { properties?: object }).properties ?? {});
    return `a known option (${known.join(', ')})`;
  }
  const pattern = /^must match pattern "(.*)"$/.exec(problem);
  if (pattern) return `a string matching ${pattern[1]}`;
  return problem.replace(/^must (be )?/, '');
}

/**
 * Validate {@link LlmClientOptions} and apply defaults and environment variables. Throws
 * {@link InvalidOptionError} naming the bad field, e.g. `llm.temperature`.
 *
 * @param prefix - how the options object is called in messages (default `"llm"`)
 * @param env - environment variables to read (default `process.env`)
 */
export function resolveLlmClientOptions(raw: unknown, prefix = 'llm', env: NodeJS.ProcessEnv = process.env): ResolvedLlmClientOptions {
  const options = validateLlmOptions(clientOptionsValidator, raw, prefix);
  return applyClientDefaults(options, prefix, env);
}

/** Defaults and environment variables for already validated options. */
export function applyClientDefaults(options: LlmClientOptions, prefix: string, env: NodeJS.ProcessEnv): ResolvedLlmClientOptions {
  const baseURL = (options.baseURL ?? nonEmpty(env.RLVER_BASE_URL) ?? nonEmpty(env.OPENAI_BASE_URL) ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseURL)) throw new InvalidOptionError(`${prefix}.baseURL`, baseURL, 'an http:// or https:// URL (from the option, RLVER_BASE_URL or OPENAI_BASE_URL)');
  let apiKey = options.apiKey ?? nonEmpty(env.RLVER_API_KEY) ?? nonEmpty(env.OPENAI_API_KEY);
  if (apiKey === undefined) {
    if (new URL(baseURL).hostname === 'api.openai.com') {
      throw new InvalidOptionError(`${prefix}.apiKey`, undefined, `an API key for ${baseURL} (the option, or RLVER_API_KEY / OPENAI_API_KEY in the environment)`);
    }
    apiKey = PLACEHOLDER_API_KEY;
  }
  const retryMaxDelayMs = options.retryMaxDelayMs ?? LLM_CLIENT_DEFAULTS.retryMaxDelayMs;
  const retryBaseDelayMs = options.retryBaseDelayMs ?? Math.min(LLM_CLIENT_DEFAULTS.retryBaseDelayMs, retryMaxDelayMs);
  if (retryBaseDelayMs > retryMaxDelayMs) {
    throw new InvalidOptionError(`${prefix}.retryBaseDelayMs`, retryBaseDelayMs, `at most retryMaxDelayMs (${retryMaxDelayMs})`);
  }
  const resolved: ResolvedLlmClientOptions = Object.freeze({
    model: options.model,
    baseURL,
    apiKey,
    temperature: options.temperature,
    topP: options.topP,
    maxTokens: options.maxTokens,
    seed: options.seed ?? LLM_CLIENT_DEFAULTS.seed,
    timeoutMs: options.timeoutMs ?? LLM_CLIENT_DEFAULTS.timeoutMs,
    maxAttempts: options.maxAttempts ?? LLM_CLIENT_DEFAULTS.maxAttempts,
    retryBaseDelayMs,
    retryMaxDelayMs,
    concurrency: options.concurrency ?? LLM_CLIENT_DEFAULTS.concurrency,
    cassette: options.cassette,
    cassetteMode: options.cassetteMode ?? LLM_CLIENT_DEFAULTS.cassetteMode,
    headers: Object.freeze({ ...(options.headers ?? {}) }),
    transport: options.transport ?? LLM_CLIENT_DEFAULTS.transport,
  });
  resolvedOptions.add(resolved);
  return resolved;
}

const resolvedOptions = new WeakSet<object>();

/** True for option objects produced by {@link resolveLlmClientOptions} / {@link applyClientDefaults} (already checked). */
export function isResolvedLlmClientOptions(options: unknown): options is ResolvedLlmClientOptions {
  return typeof options === 'object' && options !== null && resolvedOptions.has(options);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
