import { mkdtempSync, appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CassetteMissError, LlmRequestError, OpenAIChatAgent, make, type ChatInfo, type ChatObservation, type EmpatheticChatOptions, type StepResult } from '@rlver/env';
import { FakeOpenAIServer, appraisalAnswer, fake, llmUserStage, utteranceAnswer, type FakeRequest, type FakeResponder } from '../../../../test/support/fake-openai-server';
import { QUICK_RETRIES, englishPersona } from './fixtures';

const CHANGES = [5, -5, 10, 5, -10, 10];

/** The agent line number a request is about ("agent line N"), read from the request itself. */
function lineNumber(request: FakeRequest): number {
  const match = /agent line (\d+)(?![\s\S]*agent line)/.exec(request.lastMessage);
  return match ? Number(match[1]) : -1;
}

/**
 * Answers from the request content alone (not from a counter), so that failed attempts and concurrent
 * dialogues do not shift the script: the appraisal of "agent line N" changes emotion by CHANGES[N].
 */
function contentResponder(failures: { appraisal: number; reply: number }): FakeResponder {
  return (request) => {
    const stage = llmUserStage(request);
    if (stage === 'appraisal') {
      if (failures.appraisal > 0) {
        failures.appraisal -= 1;
        return fake.status(500, { message: 'appraisal stage down' });
      }
      return appraisalAnswer(CHANGES[lineNumber(request)] ?? 0);
    }
    if (stage === 'reply') {
      if (failures.reply > 0) {
        failures.reply -= 1;
        return fake.status(503, { message: 'reply stage down' });
      }
      return utteranceAnswer(`user answers line ${lineNumber(request)}`);
    }
    return fake.status(400, { message: 'unexpected request' });
  };
}

type Step = StepResult<ChatObservation, ChatInfo>;

describe('a failed LLM call never advances or corrupts a dialogue', () => {
  let server: FakeOpenAIServer;
  afterEach(async () => {
    await server.stop();
  });

  it('retrying the failed step gives exactly what an unfailed run gives', async () => {
    const failures = { appraisal: 0, reply: 0 };
    server = await FakeOpenAIServer.start({ responder: contentResponder(failures) });
    const options: EmpatheticChatOptions = { simulator: 'llm', personas: [englishPersona()], maxTurns: 4, llm: { baseURL: server.url, model: 'm', maxAttempts: 2, ...QUICK_RETRIES } };

    const clean = make('RLVER/EmpatheticChat-v0', options);
    await clean.reset({ seed: 21 });
    const expected: Step[] = [];
    for (let t = 0; t < 4; t++) expected.push(await clean.step(`agent line ${t}`));
    const requestsPerCleanRun = server.completionRequests.length;

    server.resetStats();
    const flaky = make('RLVER/EmpatheticChat-v0', options);
    await flaky.reset({ seed: 21 });
    const got: Step[] = [await flaky.step('agent line 0')];

    failures.appraisal = 2; // both attempts of the appraisal fail
    await expect(flaky.step('agent line 1')).rejects.toThrow(LlmRequestError);
    got.push(await flaky.step('agent line 1'));

    failures.reply = 2; // the appraisal succeeds, then both attempts of the reply fail: nothing may be kept
    const error = (await flaky.step('agent line 2').catch((e: unknown) => e)) as LlmRequestError;
    expect(error).toBeInstanceOf(LlmRequestError);
    expect(error.message).toContain('reply stage down');
    got.push(await flaky.step('agent line 2'));
    got.push(await flaky.step('agent line 3'));

    expect(got).toEqual(expected);
    expect(got.map((s) => s[4].emotion)).toEqual([45, 40, 50, 55]);
    expect(server.completionRequests.length).toBe(requestsPerCleanRun + 2 + 3);
  });
});

describe('record, then replay with the server stopped', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rlver-cassette-'));
  });

  /** A dialogue where both sides are LLMs (agent and simulated user) on the same endpoint and cassette. */
  async function dialogue(url: string, cassette: string, cassetteMode: 'record' | 'replay' | 'auto', seed = 31) {
    const llm = { baseURL: url, model: 'm', maxAttempts: 2, ...QUICK_RETRIES, cassette, cassetteMode, temperature: 0.7 };
    const env = make('RLVER/EmpatheticChat-v0', { simulator: 'llm', personas: [englishPersona()], maxTurns: 4, llm });
    const agent = new OpenAIChatAgent({ ...llm, thinkThenSay: true });
    let [obs] = await env.reset({ seed });
    const steps: Step[] = [];
    for (let t = 0; t < 4; t++) {
      const reply = await agent.respond(obs);
      const step = await env.step(reply);
      steps.push(step);
      obs = step[0];
      if (step[2] || step[3]) break;
    }
    await env.close();
    await agent.close();
    return { steps, transcript: obs };
  }

  function responder(): FakeResponder {
    let agentTurns = 0;
    return (request) => {
      const stage = llmUserStage(request);
      if (stage === undefined) return `<think>turn ${agentTurns}</think>agent line ${agentTurns++}`;
      return contentResponder({ appraisal: 0, reply: 0 })(request);
    };
  }

  it('reproduces every emotion and message exactly, offline', async () => {
    const server = await FakeOpenAIServer.start({ responder: responder() });
    const cassette = path.join(dir, 'run.jsonl');
    const recorded = await dialogue(server.url, cassette, 'record');
    const requests = server.completionRequests.length;
    await server.stop();
    expect(requests).toBe(4 * 3);
    expect(recorded.steps.map((s) => s[4].emotion)).toEqual([45, 40, 50, 55]);
    expect(readFileSync(cassette, 'utf8').trim().split('\n')).toHaveLength(requests);

    const replayed = await dialogue(server.url, cassette, 'replay');
    expect(replayed).toEqual(recorded);
    expect(replayed.transcript.filter((m) => m.role === 'assistant').map((m) => m.content)).toEqual(['agent line 0', 'agent line 1', 'agent line 2', 'agent line 3']);
  });

  it('names the missing request when replay meets one it never recorded', async () => {
    const server = await FakeOpenAIServer.start({ responder: responder() });
    const cassette = path.join(dir, 'run.jsonl');
    await dialogue(server.url, cassette, 'record');
    await server.stop();
    const error = (await dialogue(server.url, cassette, 'replay', 32).catch((e: unknown) => e)) as CassetteMissError;
    expect(error).toBeInstanceOf(CassetteMissError);
    expect(error.message).toContain(cassette);
    expect(error.message).toMatch(/model "m", 2 messages, last \(user\)/);
    expect(error.request).toContain('seed');
  });

  it('replays a cassette whose last line was torn by a crash, with a warning', async () => {
    const server = await FakeOpenAIServer.start({ responder: responder() });
    const cassette = path.join(dir, 'run.jsonl');
    const recorded = await dialogue(server.url, cassette, 'record');
    await server.stop();
    appendFileSync(cassette, '{"v":1,"key":"00ab');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await dialogue(server.url, cassette, 'replay')).toEqual(recorded);
      expect(warn.mock.calls.some(([m]) => String(m).includes('ignoring a torn line'))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  it('in auto mode replays what it holds and records the rest', async () => {
    const first = await FakeOpenAIServer.start({ responder: responder() });
    const cassette = path.join(dir, 'run.jsonl');
    const recorded = await dialogue(first.url, cassette, 'auto');
    await first.stop();
    const second = await FakeOpenAIServer.start({ responder: responder() });
    try {
      expect(await dialogue(second.url, cassette, 'auto')).toEqual(recorded);
      expect(second.completionRequests).toHaveLength(0);
      await dialogue(second.url, cassette, 'auto', 99);
      expect(second.completionRequests.length).toBeGreaterThan(0);
    } finally {
      await second.stop();
    }
  });
});

describe('the endpoint limit holds across concurrent dialogues', () => {
  it('never has more LLM-user requests in flight than the limit', async () => {
    const server = await FakeOpenAIServer.start({ responder: contentResponder({ appraisal: 0, reply: 0 }), latencyMs: 15 });
    try {
      const llm = { baseURL: server.url, model: 'shared', concurrency: 2, ...QUICK_RETRIES };
      const envs = Array.from({ length: 8 }, () => make('RLVER/EmpatheticChat-v0', { simulator: 'llm', personas: [englishPersona()], maxTurns: 3, llm }));
      await Promise.all(
        envs.map(async (env, i) => {
          await env.reset({ seed: i });
          for (let t = 0; t < 3; t++) await env.step(`agent line ${t}`);
        }),
      );
      expect(server.completionRequests).toHaveLength(8 * 3 * 2);
      expect(server.maxInFlight).toBe(2);
    } finally {
      await server.stop();
    }
  });
});
