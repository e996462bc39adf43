/**
 * How long to wait before retry number `retry` (1 for the first retry): exponential in the retry number, with
 * "equal jitter" (half fixed, half random) so that many clients that failed together do not retry together,
 * and never more than `maxMs`. A `Retry-After` from the server is a lower bound: the server knows best when it
 * can take the request again.
 *
 * @param random - a draw in [0, 1) (from a seeded `Rng`, so that even the waits are reproducible)
 */
export function backoffDelayMs(retry: number, baseMs: number, maxMs: number, random: number, retryAfterMs?: number): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  const jittered = exponential / 2 + (random * exponential) / 2;
  return Math.round(Math.min(maxMs, Math.max(jittered, retryAfterMs ?? 0)));
}

/** Anything with a case-insensitive `get` (the fetch `Headers` the openai SDK attaches to its errors). */
export interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The wait a server asked for, in milliseconds: `retry-after-ms` (OpenAI's), else `Retry-After` as seconds or
 * as an HTTP date. Undefined when there is no such header or it cannot be read.
 */
export function retryAfterMs(headers: HeaderSource | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const millis = headers.get('retry-after-ms');
  if (millis !== null && millis.trim() !== '') {
    const value = Number(millis);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const header = headers.get('retry-after');
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms` milliseconds, or rejects with the signal's reason as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
