import { InvalidOptionError, LLM_TRANSPORTS, LlmClient, LlmRequestError, backoffDelayMs, findEndpointLimiter, resolveLlmClientOptions, retryAfterMs } from '@rlver/env';
import { FakeOpenAIServer, fake } from '../../../../test/support/fake-openai-server';

const user = (content: string) => [{ role: 'user' as const, content }];

/** Fast retries so that failure tests take milliseconds. */
const quick = { retryBaseDelayMs: 5, retryMaxDelayMs: 5000 };

// Every behaviour holds for both ways of sending requests.
describe.each(LLM_TRANSPORTS)('LlmClient (%s transport) against a scripted OpenAI-compatible server', (transport) => {
  let server: FakeOpenAIServer;
  beforeEach(async () => {
    server = await FakeOpenAIServer.start();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('sends model, messages, sampling parameters and the API key through the openai SDK', async () => {
    server.enqueue('hello there');
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm-1', apiKey: 'sk-test', temperature: 0.3, topP: 0.9, maxTokens: 77, ...quick });
    const result = await client.complete({ messages: user('hi'), seed: 42 });
    expect(result).toEqual({ text: 'hello there', finishReason: 'stop', source: 'endpoint', attempts: 1 });
    const [request] = server.completionRequests;
    expect(request?.body).toEqual({ model: 'm-1', messages: [{ role: 'user', content: 'hi' }], temperature: 0.3, top_p: 0.9, max_tokens: 77, seed: 42 });
    expect(request?.headers.authorization).toBe('Bearer sk-test');
  });

  it('retries a 500 and returns the answer that follows', async () => {
    server.enqueue(fake.status(500, { message: 'boom' }), 'recovered');
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm', ...quick });
    const result = await client.complete({ messages: user('x') });
    expect(result.text).toBe('recovered');
    expect(result.attempts).toBe(2);
    expect(server.completionRequests).toHaveLength(2);
    expect(client.stats).toMatchObject({ completions: 1, attempts: 2, retries: 1 });
  });

  it('waits at least as long as Retry-After asks after a 429', async () => {
    server.enqueue(fake.status(429, { retryAfter: 1 }), 'ok');
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm', ...quick });
    const result = await client.complete({ messages: user('x') });
    expect(result.text).toBe('ok');
    const [first, second] = server.completionRequests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('honours retry-after-ms too', async () => {
    server.enqueue(fake.status(429, { retryAfterMs: 300 }), 'ok');
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm', retryBaseDelayMs: 1, retryMaxDelayMs: 5000 });
    await client.complete({ messages: user('x') });
    const [first, second] = server.completionRequests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(280);
  });

  it('retries a dropped connection', async () => {
    server.enqueue(fake.drop(), 'after the drop');
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm', ...quick });
    const result = await client.complete({ messages: user('x') });
    expect(result).toMatchObject({ text: 'after the drop', attempts: 2 });
  });

  it('gives up after maxAttempts with an error naming endpoint, model and last failure', async () => {
    server.respondWith(() => fake.status(503, { message: 'overloaded right now' }));
    const client = new LlmClient({ transport, baseURL: server.url, model: 'big-model', maxAttempts: 3, ...quick });
    const error = await client.complete({ messages: user('x') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmRequestError);
    const e = error as LlmRequestError;
    expect(e).toMatchObject({ endpoint: server.url, model: 'big-model', attempts: 3, kind: 'http-status', status: 503 });
    expect(e.message).toContain(server.url);
    expect(e.message).toContain('"big-model"');
    expect(e.message).toContain('after 3 attempts');
    expect(e.message).toContain('overloaded right now');
    expect(server.completionRequests).toHaveLength(3);
  });

  it('does not retry a 400: the request itself is wrong', async () => {
    server.respondWith(() => fake.status(400, { message: 'bad messages' }));
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm', maxAttempts: 5, ...quick });
    const error = (await client.complete({ messages: user('x') }).catch((e: unknown) => e)) as LlmRequestError;
    expect(error).toBeInstanceOf(LlmRequestError);
    expect(error.attempts).toBe(1);
    expect(error.status).toBe(400);
    expect(server.completionRequests).toHaveLength(1);
  });

  it('times out an attempt that gets no answer, retries, then fails with kind "timeout"', async () => {
    server.respondWith(() => fake.hang());
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm', timeoutMs: 150, maxAttempts: 2, ...quick });
    const started = performance.now();
    const error = (await client.complete({ messages: user('x') }).catch((e: unknown) => e)) as LlmRequestError;
    expect(error).toBeInstanceOf(LlmRequestError);
    expect(error.kind).toBe('timeout');
    expect(error.attempts).toBe(2);
    expect(error.message).toContain('timed out');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.completionRequests).toHaveLength(2);
  });

  it('recovers when an attempt times out and the next one is answered', async () => {
    server.enqueue(fake.hang(), 'late but fine');
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm', timeoutMs: 150, maxAttempts: 3, ...quick });
    await expect(client.complete({ messages: user('x') })).resolves.toMatchObject({ text: 'late but fine', attempts: 2 });
  });

  it('reports a server that is down as a connection failure after the allowed attempts', async () => {
    const url = server.url;
    await server.stop();
    const client = new LlmClient({ transport, baseURL: url, model: 'm', maxAttempts: 2, ...quick });
    const error = (await client.complete({ messages: user('x') }).catch((e: unknown) => e)) as LlmRequestError;
    expect(error).toBeInstanceOf(LlmRequestError);
    expect(error.kind).toBe('connection');
    expect(error.attempts).toBe(2);
    expect(error.message).toContain(url);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('stops waiting when the caller aborts', async () => {
    server.respondWith(() => fake.status(503));
    const client = new LlmClient({ transport, baseURL: server.url, model: 'm', retryBaseDelayMs: 5000, retryMaxDelayMs: 5000 });
    const controller = new AbortController();
    const pending = client.complete({ messages: user('x') }, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = (await pending) as LlmRequestError;
    expect(error).toBeInstanceOf(LlmRequestError);
    expect(error.kind).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('never has more requests in flight to one endpoint than its limit, across clients', async () => {
    server.setLatency(40).respondWith(() => 'ok');
    const options = { transport, baseURL: server.url, model: 'limited', concurrency: 3, ...quick };
    const a = new LlmClient(options);
    const b = new LlmClient(options);
    await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).complete({ messages: user(`q${i}`) })));
    expect(server.completionRequests).toHaveLength(16);
    expect(server.maxInFlight).toBe(3);
    expect(findEndpointLimiter(server.url, 'limited')?.peak).toBe(3);
  });

  it('gives a different model on the same server its own limit', async () => {
    server.setLatency(40).respondWith(() => 'ok');
    const a = new LlmClient({ transport, baseURL: server.url, model: 'one', concurrency: 2 });
    const b = new LlmClient({ transport, baseURL: server.url, model: 'two', concurrency: 2 });
    await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).complete({ messages: user(`q${i}`) })));
    expect(server.maxInFlight).toBe(4);
  });
});

describe('LLM client options', () => {
  const env = {};

  it('applies defaults and reads the API key and base URL from the environment', () => {
    const resolved = resolveLlmClientOptions({ model: 'm' }, 'llm', { RLVER_API_KEY: 'from-rlver', OPENAI_API_KEY: 'from-openai', OPENAI_BASE_URL: 'http://localhost:8000/v1/' });
    expect(resolved).toMatchObject({ model: 'm', apiKey: 'from-rlver', baseURL: 'http://localhost:8000/v1', maxAttempts: 5, timeoutMs: 60000, concurrency: 8, seed: 0, cassetteMode: 'auto', transport: 'node-http' });
    expect(resolveLlmClientOptions({ model: 'm', baseURL: 'http://h/v1' }, 'llm', { OPENAI_API_KEY: 'k2' }).apiKey).toBe('k2');
    expect(resolveLlmClientOptions({ model: 'm', baseURL: 'http://h/v1' }, 'llm', env).apiKey).toBe('no-key');
  });

  it('requires a key for the OpenAI API', () => {
    expect(() => resolveLlmClientOptions({ model: 'gpt-4o' }, 'llm', env)).toThrow(/llm\.apiKey.*RLVER_API_KEY/);
  });

  it.each([
    [{ model: 'm', temperature: 3 }, /"llm\.temperature": got 3, expected <= 2/],
    [{ model: 'm', maxAttempts: 0 }, /"llm\.maxAttempts": got 0/],
    [{ model: 'm', timeoutMs: 1.5 }, /"llm\.timeoutMs": got 1\.5, expected integer/],
    [{ model: 'm', cassetteMode: 'rewind' }, /"llm\.cassetteMode": got "rewind", expected one of \["record","replay","auto"\]/],
    [{ model: 'm', baseURL: 'localhost:8000' }, /"llm\.baseURL"/],
    [{ model: 'm', temprature: 0.5 }, /"llm\.temprature": got 0.5, expected a known option \(model, baseURL, .*temperature/],
    [{ temperature: 0.5 }, /"llm\.model": got undefined, expected a value \(it is required\)/],
    [{ model: 'm', headers: { x: 1 } }, /"llm\.headers\.x": got 1/],
    [{ model: 'm', transport: 'curl' }, /"llm\.transport": got "curl", expected one of \["node-http","fetch"\]/],
  ])('rejects %j naming the field', (raw, message) => {
    expect(() => resolveLlmClientOptions(raw, 'llm', env)).toThrow(InvalidOptionError);
    expect(() => resolveLlmClientOptions(raw, 'llm', env)).toThrow(message);
  });

  it('never shows the API key in an error', () => {
    expect(() => resolveLlmClientOptions({ model: 'm', apiKey: 12345 }, 'llm', env)).toThrow(/"llm\.apiKey": got "\(hidden\)"/);
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter and stays under the cap', () => {
    expect(backoffDelayMs(1, 100, 10_000, 0)).toBe(50);
    expect(backoffDelayMs(1, 100, 10_000, 0.999)).toBe(100);
    expect(backoffDelayMs(3, 100, 10_000, 0)).toBe(200);
    expect(backoffDelayMs(3, 100, 10_000, 0.5)).toBe(300);
    expect(backoffDelayMs(20, 100, 10_000, 0.999)).toBeLessThanOrEqual(10_000);
  });

  it('waits at least the Retry-After, but never more than the cap', () => {
    expect(backoffDelayMs(1, 100, 10_000, 0, 2500)).toBe(2500);
    expect(backoffDelayMs(1, 100, 10_000, 0, 60_000)).toBe(10_000);
  });

  it('reads retry-after-ms, Retry-After seconds and Retry-After dates', () => {
    const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] ?? null });
    expect(retryAfterMs(headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6000);
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(headers({}))).toBeUndefined();
  });
});
