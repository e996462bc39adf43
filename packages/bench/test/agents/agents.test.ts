import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { AgentCallError, AgentSpecError, callAgent, createAgent, HttpAgent, loadCheckpointAgent, loadModuleAgent, parseAgentSpec, runBenchmark, scoreFile, type BenchResultRow } from '@rlver/bench';
import type { Agent, ChatMessage } from '@rlver/env';
import { personas, ReplyScriptedSimulator, sortedRows, tempDir } from '../support/scripted';

const MESSAGES: ChatMessage[] = [{ role: 'user', content: 'My manager took credit for my work.' }];

describe('agent specs', () => {
  it('parses every form, and bare http(s) URLs', () => {
    expect(parseAgentSpec('openai:gpt-4o')).toEqual({ spec: 'openai:gpt-4o', kind: 'openai', target: 'gpt-4o' });
    expect(parseAgentSpec('http:http://127.0.0.1:8080/reply').target).toBe('http://127.0.0.1:8080/reply');
    expect(parseAgentSpec('https://agents.example/reply')).toEqual({ spec: 'https://agents.example/reply', kind: 'http', target: 'https://agents.example/reply' });
    expect(parseAgentSpec('module:./my-agent.ts').target).toBe('./my-agent.ts');
    expect(parseAgentSpec('builtin:need-aware').kind).toBe('builtin');
    expect(parseAgentSpec('checkpoint:runs/ppo/checkpoint').kind).toBe('checkpoint');
  });

  it('rejects an unknown spec with the list of valid forms', () => {
    for (const bad of ['gpt-4o', 'python:agent.py', '']) {
      expect(() => parseAgentSpec(bad)).toThrow(AgentSpecError);
    }
    expect(() => parseAgentSpec('python:agent.py')).toThrow(/unknown kind "python"; expected one of:\n {2}openai:MODEL.*\n {2}http:URL.*\n {2}module:PATH.*\n {2}builtin:NAME.*\n {2}checkpoint:DIR/s);
    expect(() => parseAgentSpec('module:')).toThrow(/nothing after "module:"/);
    expect(() => parseAgentSpec('http:localhost:8080')).toThrow(/"localhost:8080" is not an http:\/\/ or https:\/\/ URL/);
  });
});

describe('built-in agents', () => {
  it('builds the baselines of @rlver/env by name and lists the names for an unknown one', async () => {
    const { agent, spec } = await createAgent('builtin:need-aware');
    expect(spec.kind).toBe('builtin');
    const reply = await agent.respond(MESSAGES, { seed: 1 });
    expect(typeof reply).toBe('string');
    expect(reply.length).toBeGreaterThan(0);
    await expect(createAgent('builtin:oracle')).rejects.toThrow(/no built-in agent named "oracle"; built-in names: generic-polite, need-aware, random, fixed:reflect-feelings/);
  });
});

describe('callAgent', () => {
  it('passes the seed and an abort signal, and aborts it at the time limit', async () => {
    let signal: AbortSignal | undefined;
    const slow: Agent = { name: 'slow', respond: (_m, options) => ((signal = options?.signal), new Promise<string>(() => undefined)) };
    await expect(callAgent(slow, MESSAGES, { timeoutMs: 50 })).rejects.toThrow(new AgentCallError('agent slow did not answer within 50 ms', true));
    expect(signal?.aborted).toBe(true);
    const seeded: Agent = { name: 'seeded', respond: async (_m, options) => `seed ${options?.seed}` };
    await expect(callAgent(seeded, MESSAGES, { timeoutMs: 0, seed: 9 })).resolves.toBe('seed 9');
  });
});

describe('http agents', () => {
  let server: Server;
  let url: string;
  const received: unknown[] = [];
  let mode: 'ok' | 'status' | 'not-json' = 'ok';

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const parsed = JSON.parse(body) as { messages: ChatMessage[]; seed?: number };
        received.push({ method: req.method, type: req.headers['content-type'], auth: req.headers.authorization, body: parsed });
        if (mode === 'status') {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('overloaded');
        } else if (mode === 'not-json') {
          res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
        } else {
          const last = parsed.messages[parsed.messages.length - 1]?.content ?? '';
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ reply: `I hear you (${parsed.messages.length}): ${last.slice(0, 10)} [+10]` }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reply`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    received.length = 0;
    mode = 'ok';
  });

  it('POSTs {messages, seed} as JSON with the extra headers and returns the reply', async () => {
    const { agent } = await createAgent(`http:${url}`, { headers: { authorization: 'Bearer t0k3n' } });
    await expect(agent.respond(MESSAGES, { seed: 5 })).resolves.toBe('I hear you (1): My manager [+10]');
    expect(received).toEqual([{ method: 'POST', type: 'application/json', auth: 'Bearer t0k3n', body: { messages: MESSAGES, seed: 5 } }]);
  });

  it('fails with the status or the body when the endpoint misbehaves', async () => {
    const agent = new HttpAgent(url);
    mode = 'status';
    await expect(agent.respond(MESSAGES)).rejects.toThrow(`POST ${url} answered 503 Service Unavailable: overloaded`);
    mode = 'not-json';
    await expect(agent.respond(MESSAGES)).rejects.toThrow(/answered with a body that is not JSON: hello/);
  });

  it('runs a benchmark through the endpoint; a failing endpoint gives error rows, not a crash', async () => {
    const out = tempDir();
    const summary = await runBenchmark({ agent: url, profiles: personas(3), out, simulator: new ReplyScriptedSimulator(), workers: 2 });
    expect([summary.ran, summary.errors]).toEqual([3, 0]);
    expect(received.length).toBe(3 * 6); // +10 per reply: 40 -> 100 in 6 replies
    expect(summary.score.success).toBe(3);
    const [row] = sortedRows(summary.file);
    expect(row?.settings.agent).toEqual(expect.objectContaining({ spec: url, name: url, options: { url } }));

    mode = 'status';
    const failing = tempDir();
    const broken = await runBenchmark({ agent: `http:${url}`, profiles: personas(2), out: failing, simulator: new ReplyScriptedSimulator() });
    expect(broken.errors).toBe(2);
    expect(sortedRows(broken.file).map((r) => r.error?.message)).toEqual([expect.stringMatching(/answered 503/), expect.stringMatching(/answered 503/)]);
  });
});

describe('module agents', () => {
  const dir = tempDir('rlver-module-agent-');

  it('loads a CommonJS module exporting respond', async () => {
    const file = path.join(dir, 'echo.js');
    writeFileSync(file, "exports.name = 'echo';\nexports.respond = async (messages, options) => `echo ${messages.length} ${options.seed}: ${messages[messages.length - 1].content}`;\n");
    const agent = loadModuleAgent(file);
    expect(agent.name).toBe('echo');
    await expect(agent.respond(MESSAGES, { seed: 3 })).resolves.toBe('echo 1 3: My manager took credit for my work.');
  });

  it('takes a default export object with respond', async () => {
    const file = path.join(dir, 'default-object.js');
    writeFileSync(file, "module.exports = { default: { respond(messages) { return 'default ' + messages.length; } } };\n");
    await expect(loadModuleAgent(file).respond(MESSAGES)).resolves.toBe('default 1');
  });

  it('loads a TypeScript module and the TypeScript files it imports', async () => {
    const sub = path.join(dir, 'ts-agent');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'phrase.ts'), "export const PHRASE: string = 'that sounds hard';\n");
    writeFileSync(
      path.join(sub, 'agent.ts'),
      "import { PHRASE } from './phrase';\ninterface Msg { role: string; content: string }\nexport const name = 'ts-agent';\nexport async function respond(messages: readonly Msg[]): Promise<string> {\n  const last: Msg | undefined = messages[messages.length - 1];\n  return `${PHRASE}: ${last?.content.length ?? 0}`;\n}\n",
    );
    const agent = loadModuleAgent('ts-agent/agent.ts', dir);
    expect(agent.name).toBe('ts-agent');
    await expect(agent.respond(MESSAGES)).resolves.toBe('that sounds hard: 35');
  });

  it('names the problem: missing file, no respond export, a module that throws on load', () => {
    expect(() => loadModuleAgent(path.join(dir, 'nope.js'))).toThrow(/invalid agent spec "module:.*nope\.js": no such file/);
    writeFileSync(path.join(dir, 'empty.js'), 'exports.hello = 1;\n');
    expect(() => loadModuleAgent(path.join(dir, 'empty.js'))).toThrow(/exports no respond\(messages\) function/);
    writeFileSync(path.join(dir, 'broken.js'), "throw new Error('boom at load');\n");
    expect(() => loadModuleAgent(path.join(dir, 'broken.js'))).toThrow(/the module failed to load: boom at load/);
  });

  it('runs a benchmark through createAgent("module:...") relative to cwd', async () => {
    writeFileSync(path.join(dir, 'plus.js'), "module.exports = async () => 'steady [+10]';\n");
    const out = tempDir();
    const summary = await runBenchmark({ agent: 'module:plus.js', agentOptions: { cwd: dir }, profiles: personas(2), out, simulator: new ReplyScriptedSimulator() });
    expect(summary.score).toEqual(expect.objectContaining({ dialogues: 2, score: 100, success: 2 }));
    const rows: BenchResultRow[] = sortedRows(summary.file);
    expect(rows[0]?.settings.agent.name).toBe('plus.js');
    expect((await scoreFile(out)).turns).toBe(6);
  });
});

describe('checkpoint agents', () => {
  const dir = tempDir('rlver-checkpoint-');

  it('loads the agent through @rlver/trainer loadCheckpointAgent(dir)', async () => {
    const seen: string[] = [];
    const trainer = { loadCheckpointAgent: async (d: string): Promise<Agent> => (seen.push(d), { name: 'ppo-policy', respond: async () => 'hi' }) };
    const agent = await loadCheckpointAgent(dir, process.cwd(), () => trainer);
    expect(agent.name).toBe('ppo-policy');
    expect(seen).toEqual([dir]);
  });

  it('says what to install or update when the trainer is missing or too old', async () => {
    const missing = (): unknown => {
      throw Object.assign(new Error("Cannot find module '@rlver/trainer'"), { code: 'MODULE_NOT_FOUND' });
    };
    await expect(loadCheckpointAgent(dir, process.cwd(), missing)).rejects.toThrow(/checkpoint agents need the optional package @rlver\/trainer: npm install @rlver\/trainer/);
    await expect(loadCheckpointAgent(dir, process.cwd(), () => ({}))).rejects.toThrow(/does not export loadCheckpointAgent\(dir\)/);
    await expect(loadCheckpointAgent(path.join(dir, 'absent'), process.cwd(), () => ({}))).rejects.toThrow(/no such checkpoint directory/);
    const failing = { loadCheckpointAgent: async (): Promise<Agent> => Promise.reject(new Error('weights.bin is truncated')) };
    await expect(loadCheckpointAgent(dir, process.cwd(), () => failing)).rejects.toThrow(/the checkpoint could not be loaded: weights\.bin is truncated/);
  });
});
