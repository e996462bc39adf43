import * as http from 'node:http';
import * as https from 'node:https';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';

/**
 * Keep-alive agents shared by every client in the process (as fetch shares its global dispatcher): requests to
 * one endpoint reuse its open connections. Idle sockets do not keep the process alive.
 */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
} as const;

/** Redirects followed before giving up, as fetch does. */
const MAX_REDIRECTS = 20;

/**
 * A `fetch` for the openai SDK over Node's `http`/`https` modules with keep-alive agents.
 *
 * Why: the global fetch (undici, with web streams) costs much more CPU per request than the same exchange
 * through `http` (LLM simulated user, 64 requests in flight, 2 cores: 2.25 against 1.35 ms per request, client
 * and server together); with a local model server answering in tens of milliseconds, that CPU, not the server,
 * bounds the throughput. The SDK needs only what this provides: a method, headers and a string or byte body;
 * the status, headers and whole body of the response; abort through the signal (its timeout). Anything else (a
 * streamed request body, another URL scheme) is passed to the global fetch.
 *
 * Like fetch: redirects are followed (303, and 301/302 after a POST, continue as GET without a body); a gzip,
 * deflate or brotli body is decoded (compression is not asked for: answers are small); an abort rejects with an
 * `AbortError`; a network failure rejects with `TypeError("fetch failed")` whose `cause` is the socket error (so
 * "connect ECONNREFUSED ..." reaches the error messages). Unlike fetch, the promise resolves once the whole body
 * has arrived (LLM answers are read whole anyway), so a timeout covers the body too.
 */
export async function nodeHttpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  if (typeof input !== 'string' && !(input instanceof URL)) return fetch(input, init);
  const body = init.body;
  if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) return fetch(input, init);
  let url = new URL(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fetch(input, init);
  let method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  let payload: string | Uint8Array | undefined = body ?? undefined;
  for (let redirects = 0; ; redirects++) {
    const response = await exchange(url, method, headers, payload, init.signal ?? undefined);
    const location = response.headers.get('location');
    if (!isRedirect(response.status) || location === null || init.redirect === 'manual') return response;
    if (init.redirect === 'error' || redirects >= MAX_REDIRECTS) throw new TypeError('fetch failed', { cause: new Error(`redirect refused or too many redirects (at ${url.href})`) });
    url = new URL(location, url);
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      payload = undefined;
      headers.delete('content-type');
      headers.delete('content-length');
    }
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** One request and its whole response. */
function exchange(url: URL, method: string, headers: Headers, payload: string | Uint8Array | undefined, signal: AbortSignal | undefined): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const outgoing: Record<string, string> = {};
    headers.forEach((value, name) => {
      outgoing[name] = value;
    });
    if (payload !== undefined) outgoing['content-length'] = String(typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength);
    const secure = url.protocol === 'https:';
    const request = (secure ? https : http).request(url, { method, headers: outgoing, agent: AGENTS[secure ? 'https:' : 'http:'] });
    let settled = false;
    /** Resolve with `outcome()` (or reject with what it throws) once: later events change nothing. */
    const settle = (outcome: () => Response): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      try {
        resolve(outcome());
      } catch (error) {
        reject(error);
      }
    };
    const fail = (error: unknown): void =>
      settle(() => {
        throw error;
      });
    const onAbort = (): void => {
      fail(abortError(signal as AbortSignal));
      request.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error) => fail(new TypeError('fetch failed', { cause: error })));
    request.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      const decoded = decode(incoming);
      const broken = (error: unknown): void => fail(new TypeError('fetch failed', { cause: error }));
      decoded.on('data', (chunk: Buffer) => chunks.push(chunk));
      decoded.on('error', broken);
      // A connection closed before the body is complete surfaces as an error of the response ("aborted").
      if (decoded !== incoming) incoming.on('error', broken);
      decoded.on('end', () => settle(() => responseOf(incoming, Buffer.concat(chunks), method)));
    });
    request.end(payload);
  });
}

/** The fetch `Response` of a finished exchange; a `TypeError("fetch failed")` when one cannot be made. */
function responseOf(incoming: http.IncomingMessage, body: Buffer, method: string): Response {
  const status = incoming.statusCode ?? 0;
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const nullBody = status === 204 || status === 205 || status === 304 || method === 'HEAD';
  try {
    return new Response(nullBody ? null : body, { status, statusText: incoming.statusMessage ?? '', headers });
  } catch (error) {
    throw new TypeError('fetch failed', { cause: error });
  }
}

/** The response body, decoded as fetch decodes it (the encoding header stays, as in fetch). */
function decode(incoming: http.IncomingMessage): Readable {
  const encoding = (incoming.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return incoming.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return incoming.pipe(zlib.createInflate());
  if (encoding === 'br') return incoming.pipe(zlib.createBrotliDecompress());
  return incoming;
}
