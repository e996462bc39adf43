import pLimit from 'p-limit';

/**
 * The process-wide concurrency limit of one endpoint (base URL + model). Every client pointing at the same
 * endpoint shares it, so a vector env of 64 LLM users, an LLM agent and a bench run together never exceed
 * what the server was sized for.
 */
export interface EndpointLimiter {
  /** `baseURL|model`. */
  readonly key: string;
  /** Requests allowed in flight at once. */
  readonly concurrency: number;
  /** Run `task` when a slot is free; the slot is held until the task settles. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Requests in flight now. */
  readonly active: number;
  /** Requests waiting for a slot now. */
  readonly pending: number;
  /** Most requests ever in flight at once. */
  readonly peak: number;
}

const limiters = new Map<string, EndpointLimiter>();
const warned = new Set<string>();

/** The key requests to one endpoint share. */
export function endpointKey(baseURL: string, model: string): string {
  return `${baseURL.replace(/\/+$/, '')}|${model}`;
}

/**
 * The shared limiter of an endpoint, created with `concurrency` by the first caller. A later caller asking for
 * a different limit gets the existing one (a limit cannot change under requests in flight) and a one-time
 * warning.
 */
export function endpointLimiter(baseURL: string, model: string, concurrency: number): EndpointLimiter {
  const key = endpointKey(baseURL, model);
  const existing = limiters.get(key);
  if (existing) {
    const note = `${key}|${concurrency}`;
    if (existing.concurrency !== concurrency && !warned.has(note)) {
      warned.add(note);
      console.warn(`rlver llm: endpoint ${key} keeps its concurrency limit ${existing.concurrency} (a client asked for ${concurrency}; the first client of an endpoint fixes it)`);
    }
    return existing;
  }
  const limiter = createLimiter(key, concurrency);
  limiters.set(key, limiter);
  return limiter;
}

/** The limiter of an endpoint if one exists (for diagnostics and tests). */
export function findEndpointLimiter(baseURL: string, model: string): EndpointLimiter | undefined {
  return limiters.get(endpointKey(baseURL, model));
}

function createLimiter(key: string, concurrency: number): EndpointLimiter {
  const limit = pLimit(concurrency);
  let active = 0;
  let peak = 0;
  return {
    key,
    concurrency,
    run<T>(task: () => Promise<T>): Promise<T> {
      return limit(async () => {
        active += 1;
        if (active > peak) peak = active;
        try {
          return await task();
        } finally {
          active -= 1;
        }
      });
    },
    get active() {
      return active;
    },
    get pending() {
      return limit.pendingCount;
    },
    get peak() {
      return peak;
    },
  };
}
