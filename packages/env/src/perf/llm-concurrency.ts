/**
 * Benchmark: throughput of the LLM simulated user under the per-endpoint concurrency limit. A local
 * OpenAI-compatible server (in a worker thread, so that its event loop does not share the client's) answers
 * every request after a fixed 50 ms; 64 dialogues run concurrently through `RLVER/EmpatheticChat-v0` with
 * `simulator: 'llm'`. With a limit of C requests in flight, no client can do better than C / 50 ms; the figure
 * is the requests per second reached and its share of that bound (target >= 85%).
 *
 * The figure is CPU-bound at high limits (SDK, env and HTTP cost about 1 ms of CPU per request on the client's
 * one thread), so the script also prints the CPU time per request, the load average, and the throughput of bare
 * `http` requests against the same server at the same limit (what the machine gives right now, without SDK or
 * env).
 *
 * Run: `npm run perf -- env/llm-concurrency` (after `npm run build`). `RLVER_PERF_SECONDS` sets the length of
 * each of the 5 measured windows per limit (default 2).
 */
import * as http from 'node:http';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EmpatheticChatEnv } from '../chat/empathetic-chat-env';
import { machineContext, printFigure, roundTo, runPerf } from '../io/perf-figure';
import { sleep } from '../llm/backoff';

const SECONDS = Number(process.env.RLVER_PERF_SECONDS ?? 2);
const WINDOWS = 5;
// Long enough for the JIT to settle with 64 dialogues in flight (0.5 s left the first limit measured ~20% low).
const WARMUP_SECONDS = 1.5;
const LATENCY_MS = 50;
const DIALOGUES = 64;
const LIMITS = [8, 16, 64];
const TARGET = 0.85;

/**
 * The server, as plain JavaScript for a worker thread: answers the LLM user's stages by the stage line of the
 * system prompt (see simulators/llm/OUTPUT_FORMAT.md), after LATENCY_MS, and counts the answers it sends.
 */
const SERVER_SOURCE = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const appraisal = JSON.stringify({ conveys: 'They listen.', stated_need: 'I wanted to be heard; I am.', stated_need_met: 'yes',
  hidden_need: 'Partly what I want.', hidden_need_met: 'partly', inner_reaction: 'Okay.', feeling: 'Steadier.', change: 0 });
const utterance = JSON.stringify({ plan: 'Keep talking.', reply: 'I suppose so. It still bothers me, though.' });
let answered = 0;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const system = body.messages[0].content;
    const content = system.includes('| stage: appraisal |') ? appraisal : utterance;
    setTimeout(() => {
      const text = JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }] });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      answered += 1;
    }, workerData.latencyMs);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'count') parentPort.postMessage({ answered });
  if (m === 'stop') server.close(() => process.exit(0));
});
`;

interface LatencyServer {
  readonly url: string;
  answered(): Promise<number>;
  stop(): Promise<void>;
}

async function startServer(latencyMs: number): Promise<LatencyServer> {
  const worker = new Worker(SERVER_SOURCE, { eval: true, workerData: { latencyMs } });
  const port = await new Promise<number>((resolve) => worker.once('message', (m: { port: number }) => resolve(m.port)));
  return {
    url: `http://127.0.0.1:${port}/v1`,
    answered: () =>
      new Promise((resolve) => {
        worker.once('message', (m: { answered: number }) => resolve(m.answered));
        worker.postMessage('count');
      }),
    stop: async () => {
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

const REPLIES = [
  "That sounds exhausting, and it makes sense that you're hurt. What part of it stays with you most?",
  'It seems he took something that mattered to you. How did you feel when you saw it happen?',
];

/** Run DIALOGUES dialogues until `stopAt`, each resetting when its episode ends. */
async function runDialogue(env: EmpatheticChatEnv, seed: number, stopAt: () => boolean): Promise<void> {
  await env.reset({ seed });
  let t = 0;
  while (!stopAt()) {
    const [, , terminated, truncated] = await env.step(REPLIES[t++ % REPLIES.length] as string);
    if (terminated || truncated) await env.reset();
  }
}

/**
 * The same server driven by bare `http` requests (no SDK, no env) with `limit` in flight, over a keep-alive
 * agent: the most a client gets from this machine right now, to tell our overhead apart from the machine's load.
 */
async function bareHttpRequestsPerSecond(limit: number): Promise<number> {
  const server = await startServer(LATENCY_MS);
  const body = JSON.stringify({ model: 'raw', messages: [{ role: 'system', content: 'RLVER simulated user | stage: appraisal |' }, { role: 'user', content: REPLIES[0] }] });
  const agent = new http.Agent({ keepAlive: true });
  const post = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const request = http.request(`${server.url}/chat/completions`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          JSON.parse(Buffer.concat(chunks).toString('utf8'));
          resolve();
        });
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    });
  let stop = false;
  const loops = Array.from({ length: limit }, async () => {
    while (!stop) await post();
  });
  await sleep(WARMUP_SECONDS * 1000);
  const startCount = await server.answered();
  const started = performance.now();
  await sleep(SECONDS * 1000);
  const endCount = await server.answered();
  const elapsed = (performance.now() - started) / 1000;
  stop = true;
  await Promise.all(loops);
  agent.destroy();
  await server.stop();
  return (endCount - startCount) / elapsed;
}

async function measure(limit: number): Promise<void> {
  const server = await startServer(LATENCY_MS);
  // A model name per limit gives each run its own endpoint limiter (limiters are per baseURL + model).
  const llm = { baseURL: server.url, model: `bench-${limit}`, concurrency: limit, maxAttempts: 1, timeoutMs: 10_000 };
  const envs = Array.from({ length: DIALOGUES }, () => new EmpatheticChatEnv({ simulator: 'llm', llm, maxTurns: 8 }));
  let stop = false;
  const running = envs.map((env, i) => runDialogue(env, i, () => stop));
  await sleep(WARMUP_SECONDS * 1000);
  // Consecutive windows of the same run; the figure is the median window (one window swings with GC pauses
  // and the scheduler at high limits, where the client's one thread is nearly saturated).
  const windows: Array<{ requestsPerSecond: number; cpuMsPerRequest: number }> = [];
  for (let w = 0; w < WINDOWS; w++) {
    const startCount = await server.answered();
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    await sleep(SECONDS * 1000);
    const cpu = process.cpuUsage(cpuStart);
    const answered = (await server.answered()) - startCount;
    const elapsed = (performance.now() - started) / 1000;
    windows.push({ requestsPerSecond: answered / elapsed, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, answered) });
  }
  stop = true;
  await Promise.all(running);
  await server.stop();

  windows.sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const median = windows[Math.floor(WINDOWS / 2)]!;
  const requestsPerSecond = median.requestsPerSecond;
  const bound = limit / (LATENCY_MS / 1000);
  // The load average says how much of the machine this process had: the figure is CPU-bound at high limits.
  const context = { concurrency: limit, latencyMs: LATENCY_MS, dialogues: DIALOGUES, boundRequestsPerSecond: bound, windows: WINDOWS, secondsPerWindow: SECONDS, statistic: 'median window', loadAverage1m: round(loadavg()[0] ?? 0), ...machineContext() };
  const range = { minRequestsPerSecond: round(windows[0]!.requestsPerSecond), maxRequestsPerSecond: round(windows[WINDOWS - 1]!.requestsPerSecond) };
  printFigure({ name: `llm-concurrency/requests-per-second/limit-${limit}`, value: round(requestsPerSecond), unit: 'req/s', ...range, ...context });
  printFigure({ name: `llm-concurrency/share-of-bound/limit-${limit}`, value: round((100 * requestsPerSecond) / bound), unit: '%', target: 100 * TARGET, ...context });
  // CPU time per request (client and server thread together), independent of how busy the machine is: the
  // bound is reachable only if (bound x this) fits in the cores this process gets.
  printFigure({ name: `llm-concurrency/cpu-ms-per-request/limit-${limit}`, value: roundTo(median.cpuMsPerRequest, 2), unit: 'ms', ...context });
  const bare = await bareHttpRequestsPerSecond(limit);
  printFigure({ name: `llm-concurrency/bare-http-requests-per-second/limit-${limit}`, value: round(bare), unit: 'req/s', ...context, loadAverage1m: round(loadavg()[0] ?? 0) });
  printFigure({ name: `llm-concurrency/share-of-bare-http/limit-${limit}`, value: round((100 * requestsPerSecond) / bare), unit: '%', ...context });
}

function round(x: number): number {
  return roundTo(x, 1);
}

async function main(): Promise<void> {
  for (const limit of LIMITS) await measure(limit);
}

runPerf(main);
