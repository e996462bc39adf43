import { spawnSync } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { LlmClient, nodeHttpFetch } from '@rlver/env';
import { FakeOpenAIServer } from '../../../../test/support/fake-openai-server';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A plain HTTP server whose handler each test sets; records what it received. */
class PlainServer {
  readonly seen: Seen[] = [];
  handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void = (_req, res) => res.end('ok');
  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<PlainServer> {
    let self: PlainServer | undefined;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        self!.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        self!.handler(req, res, body);
      });
    });
    self = new PlainServer(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return self;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('nodeHttpFetch', () => {
  let server: PlainServer;
  beforeEach(async () => {
    server = await PlainServer.start();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('sends method, headers and body, and returns status, headers and the whole body', async () => {
    server.handler = (_req, res, body) => {
      res.writeHead(201, 'Made', { 'content-type': 'application/json', 'x-request-id': 'abc' });
      res.end(JSON.stringify({ echoed: body }));
    };
    const response = await nodeHttpFetch(`${server.url}/v1/chat/completions`, {
      method: 'post',
      headers: new Headers({ 'content-type': 'application/json', authorization: 'Bearer k' }),
      body: '{"q":"héllo"}',
    });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-request-id')).toBe('abc');
    expect(await response.json()).toEqual({ echoed: '{"q":"héllo"}' });
    expect(server.seen[0]).toMatchObject({ method: 'POST', url: '/v1/chat/completions', body: '{"q":"héllo"}' });
    expect(server.seen[0]!.headers).toMatchObject({ authorization: 'Bearer k', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength('{"q":"héllo"}')) });
  });

  it('reuses the connection for the next request (keep-alive)', async () => {
    const ports = new Set<number>();
    server.handler = (req, res) => {
      ports.add(req.socket.remotePort ?? -1);
      res.end('ok');
    };
    for (let i = 0; i < 3; i++) expect(await (await nodeHttpFetch(`${server.url}/x`)).text()).toBe('ok');
    expect(ports.size).toBe(1);
  });

  it('decodes a gzip body', async () => {
    server.handler = (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from('compressed answer')));
    };
    expect(await (await nodeHttpFetch(`${server.url}/`)).text()).toBe('compressed answer');
  });

  it('follows a 307 with the same method and body, and a 303 as a GET without body', async () => {
    server.handler = (req, res) => {
      if (req.url === '/old') res.writeHead(307, { location: '/new' }).end();
      else if (req.url === '/new') res.writeHead(303, { location: `${server.url}/final` }).end();
      else res.end(`${req.method} done`);
    };
    const response = await nodeHttpFetch(`${server.url}/old`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'payload' });
    expect(await response.text()).toBe('GET done');
    expect(server.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/old', 'payload'],
      ['POST', '/new', 'payload'],
      ['GET', '/final', ''],
    ]);
  });

  it('gives 4xx and 5xx answers back as responses, body included', async () => {
    server.handler = (_req, res) => res.writeHead(429, { 'retry-after': '2' }).end('slow down');
    const response = await nodeHttpFetch(`${server.url}/`);
    expect([response.status, response.ok, response.headers.get('retry-after'), await response.text()]).toEqual([429, false, '2', 'slow down']);
  });

  it('rejects with an AbortError when aborted before or while waiting', async () => {
    server.handler = () => undefined; // never answers
    const early = new AbortController();
    early.abort();
    await expect(nodeHttpFetch(`${server.url}/`, { signal: early.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const late = new AbortController();
    const pending = nodeHttpFetch(`${server.url}/`, { signal: late.signal });
    setTimeout(() => late.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects like fetch when nobody listens: TypeError "fetch failed" caused by ECONNREFUSED', async () => {
    const url = server.url;
    await server.stop();
    const error = (await nodeHttpFetch(`${url}/`).catch((e: unknown) => e)) as TypeError & { cause?: { code?: string } };
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect(error.cause?.code).toBe('ECONNREFUSED');
    server = await PlainServer.start(); // for afterEach
  });

  it('rejects when the server closes the connection in the middle of the body', async () => {
    server.handler = (req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('only part of it');
      setTimeout(() => req.socket.destroy(), 20);
    };
    await expect(nodeHttpFetch(`${server.url}/`)).rejects.toThrow('fetch failed');
  });

  it('hands a body it does not send itself (a Blob) to the global fetch', async () => {
    server.handler = (_req, res, body) => res.end(`got ${body}`);
    const response = await nodeHttpFetch(`${server.url}/`, { method: 'POST', body: new Blob(['blob body']) });
    expect(await response.text()).toBe('got blob body');
  });
});

describe('nodeHttpFetch over https', () => {
  // A child process, because Node reads extra trusted certificates (NODE_EXTRA_CA_CERTS) only at start; it
  // loads the build of @rlver/env, as a user would (npm test builds first).
  const tls = path.join(__dirname, 'tls');
  const script = `
    const https = require('node:https');
    const fs = require('node:fs');
    const { nodeHttpFetch } = require('@rlver/env');
    const server = https.createServer({ key: fs.readFileSync(${JSON.stringify(path.join(tls, 'key.pem'))}), cert: fs.readFileSync(${JSON.stringify(path.join(tls, 'cert.pem'))}) }, (req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => res.end(req.method + ' ' + body));
    });
    server.listen(0, '127.0.0.1', async () => {
      const url = 'https://127.0.0.1:' + server.address().port + '/v1';
      const outcome = await nodeHttpFetch(url, { method: 'POST', body: 'over tls' }).then(
        async (r) => ({ answer: await r.text() }),
        (e) => ({ error: e.message, cause: e.cause && e.cause.code }),
      );
      console.log(JSON.stringify(outcome));
      server.close();
      process.exit(0);
    });`;
  const run = (trustTestCertificate: boolean): unknown => {
    const env = { ...process.env };
    if (trustTestCertificate) env.NODE_EXTRA_CA_CERTS = path.join(tls, 'cert.pem');
    else delete env.NODE_EXTRA_CA_CERTS;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: path.resolve(__dirname, '../../../..'), encoding: 'utf8', env, timeout: 20_000 });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout);
  };

  it('speaks TLS to an https endpoint whose certificate is trusted', () => {
    expect(run(true)).toEqual({ answer: 'POST over tls' });
  });

  it('refuses an endpoint whose certificate is not trusted', () => {
    expect(run(false)).toEqual({ error: 'fetch failed', cause: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });
});

describe('LlmClient transports', () => {
  it('sends through Node http by default and through the global fetch with transport "fetch"', async () => {
    const openai = await FakeOpenAIServer.start();
    const globalFetch = jest.spyOn(globalThis, 'fetch');
    try {
      openai.respondWith(() => 'answer');
      const byHttp = new LlmClient({ baseURL: openai.url, model: 'm' });
      expect((await byHttp.complete({ messages: [{ role: 'user', content: 'a' }] })).text).toBe('answer');
      expect(globalFetch).not.toHaveBeenCalled();
      const byFetch = new LlmClient({ baseURL: openai.url, model: 'm', transport: 'fetch' });
      expect((await byFetch.complete({ messages: [{ role: 'user', content: 'a' }] })).text).toBe('answer');
      expect(globalFetch).toHaveBeenCalledTimes(1);
    } finally {
      globalFetch.mockRestore();
      await openai.stop();
    }
  });
});
