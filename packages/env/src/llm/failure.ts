import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { retryAfterMs } from './backoff';
import type { LlmFailureKind } from './errors';

/** What a failed attempt means for the retry loop. */
export interface AttemptFailure {
  readonly kind: LlmFailureKind;
  /** Worth another attempt: 408, 409, 429, 5xx, timeouts, connection errors. */
  readonly retryable: boolean;
  /** One line for the final error message. */
  readonly summary: string;
  readonly status?: number;
  /** The wait the server asked for (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;
}

/** Statuses that say "try again later" rather than "this request is wrong". */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Classify an error thrown by the openai SDK (called with `maxRetries: 0`, so every failure reaches us). */
export function classifyFailure(error: unknown): AttemptFailure {
  if (error instanceof APIUserAbortError) return { kind: 'aborted', retryable: false, summary: 'aborted by the caller' };
  if (error instanceof APIConnectionTimeoutError) return { kind: 'timeout', retryable: true, summary: 'timed out waiting for the response' };
  if (error instanceof APIConnectionError) return { kind: 'connection', retryable: true, summary: `connection error: ${rootCauseMessage(error)}` };
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const after = retryAfterMs(error.headers);
    return {
      kind: 'http-status',
      retryable: isRetryableStatus(status),
      summary: `HTTP ${error.message}`,
      status,
      ...(after !== undefined ? { retryAfterMs: after } : {}),
    };
  }
  return { kind: 'other', retryable: false, summary: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** The innermost cause's message: "connect ECONNREFUSED 127.0.0.1:4000" rather than "Connection error.". */
function rootCauseMessage(error: Error): string {
  // Duck-typed, not instanceof: fetch's errors may come from another realm (e.g. under jest).
  let current: unknown = error;
  const seen = new Set<unknown>();
  let message = error.message;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { message: text, code, cause } = current as { message?: unknown; code?: unknown; cause?: unknown };
    if (typeof text === 'string' && text) message = typeof code === 'string' && !text.includes(code) ? `${code} ${text}` : text;
    current = cause;
  }
  return message;
}
