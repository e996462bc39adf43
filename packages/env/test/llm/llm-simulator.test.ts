import {
  InvalidOptionError,
  LlmOutputError,
  LlmSimulator,
  make,
  type ChatInfo,
  type DialogueState,
  type LlmAppraisal,
  type Persona,
} from '@rlver/env';
import { FakeOpenAIServer, appraisalAnswer, llmUserResponder, llmUserStage, utteranceAnswer } from '../../../../test/support/fake-openai-server';
import { QUICK_RETRIES, chinesePersona, englishPersona } from './fixtures';

function llmEnv(server: FakeOpenAIServer, persona: Persona, extra: Record<string, unknown> = {}, llm: Record<string, unknown> = {}) {
  return make('RLVER/EmpatheticChat-v0', {
    simulator: 'llm',
    personas: [persona],
    llm: { baseURL: server.url, model: 'user-model', ...QUICK_RETRIES, ...llm },
    ...extra,
  });
}

function state(persona: Persona, overrides: Partial<DialogueState> = {}): DialogueState {
  return {
    persona,
    language: persona.language,
    difficulty: 'vanilla',
    emotion: 40,
    initialEmotion: 40,
    turn: 0,
    maxTurns: 8,
    history: [{ role: 'user', content: persona.firstMessage ?? 'hi' }],
    appraisals: [],
    seed: 7,
    ...overrides,
  };
}

describe('LLM simulated user through the env', () => {
  let server: FakeOpenAIServer;
  beforeEach(async () => {
    server = await FakeOpenAIServer.start();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('plays a full dialogue with the scripted emotion changes, two requests per turn', async () => {
    server.respondWith(llmUserResponder({ changes: [5, -5, 10, 10], reply: (n) => `user line ${n}` }));
    const env = llmEnv(server, englishPersona(), { maxTurns: 4 });
    const [obs0, info0] = await env.reset({ seed: 11 });
    expect(obs0).toEqual([{ role: 'user', content: 'Tom presented my design to the client like it was his.' }]);
    expect(info0.emotion).toBe(40);
    expect(server.completionRequests).toHaveLength(0); // the persona's own first message needs no request

    const emotions: number[] = [];
    const rewards: number[] = [];
    let last: ChatInfo | undefined;
    let lastObs = obs0;
    for (let t = 0; t < 4; t++) {
      const [obs, reward, terminated, truncated, info] = await env.step(`agent line ${t}`);
      emotions.push(info.emotion);
      rewards.push(reward);
      last = info;
      lastObs = obs;
      expect(terminated).toBe(false);
      expect(truncated).toBe(t === 3);
    }
    expect(emotions).toEqual([45, 40, 50, 60]);
    expect(rewards).toEqual([0, 0, 0, 0.6]);
    expect(lastObs.filter((m) => m.role === 'user').map((m) => m.content)).toEqual([
      'Tom presented my design to the client like it was his.',
      'user line 0',
      'user line 1',
      'user line 2',
      'user line 3',
    ]);
    expect(server.completionRequests.map(llmUserStage)).toEqual(['appraisal', 'reply', 'appraisal', 'reply', 'appraisal', 'reply', 'appraisal', 'reply']);

    const appraisal = last?.appraisal as LlmAppraisal;
    expect(appraisal.raw).toBe(appraisalAnswer(10));
    expect(appraisal).toMatchObject({ change: 10, attempts: 1, rejectedOutputs: [], statedNeedMet: 'yes', hiddenNeedMet: 'partly', feeling: 'A bit lighter.' });
    expect(appraisal.clamped).toBeUndefined();
    expect(last?.reasons?.map((r) => r.cue)).toEqual(['stated-need-met', 'hidden-need-partly-met', 'llm-feeling']);
    expect(last?.reasons?.find((r) => r.cue === 'hidden-need-partly-met')?.need).toBe('others-motives');
  });

  it('tells the model who it is, how it feels and what was said, and sends the reply stage the appraisal', async () => {
    server.respondWith(llmUserResponder({ changes: [-5] }));
    const env = llmEnv(server, englishPersona(), { maxTurns: 3 });
    await env.reset({ seed: 1 });
    await env.step('Have you tried talking to HR?');
    const [appraisal, reply] = server.completionRequests;
    expect(appraisal?.body?.model).toBe('user-model');
    const system = appraisal?.systemMessage ?? '';
    expect(system).toContain('You are playing Mira');
    expect(system).toContain('Her colleague Tom presented her design');
    expect(system).toContain('Tom (colleague)');
    expect(system).toContain('You want to understand why the other people involved acted as they did.');
    expect(system).toContain('Negative: you tend to see things darkly');
    expect(system).toContain('Right now it is 40 (unsettled)');
    expect(system).toContain('reply 1 of at most 3');
    expect(system).not.toMatch(/\{\{\w+\}\}/);
    expect(appraisal?.lastMessage).toContain('Mira (you): Tom presented my design');
    expect(appraisal?.lastMessage).toContain("## The listener's latest reply\nHave you tried talking to HR?");

    const replySystem = reply?.systemMessage ?? '';
    expect(replySystem).toContain('Your emotion moved by -5 and is now 35 (upset)');
    expect(replySystem).toContain('- How it left you feeling: Let down.');
    expect(replySystem).not.toMatch(/\{\{\w+\}\}/);
  });

  it('writes the opening when the persona has none', async () => {
    server.respondWith(llmUserResponder({ changes: [5], opening: 'So... my colleague did something.' }));
    const env = llmEnv(server, englishPersona({ firstMessage: undefined }));
    const [obs] = await env.reset({ seed: 2 });
    expect(obs).toEqual([{ role: 'user', content: 'So... my colleague did something.' }]);
    expect(server.completionRequests.map(llmUserStage)).toEqual(['opening']);
    expect(server.completionRequests[0]?.lastMessage).toContain('Start the conversation as Mira');
  });

  it('retries malformed appraisals, showing the model its answer and the problem, then uses the good one', async () => {
    server.respondWith(llmUserResponder({ changes: [0] }));
    const missingField = JSON.stringify({ conveys: 'x', stated_need: 'y', stated_need_met: 'yes', hidden_need: 'z', hidden_need_met: 'no', feeling: 'meh', change: 5 });
    server.enqueue('I feel fine, thanks.', missingField, `Sure! \`\`\`json\n${appraisalAnswer(-5)}\n\`\`\``);
    const env = llmEnv(server, englishPersona());
    await env.reset({ seed: 3 });
    const [, , , , info] = await env.step('Calm down.');
    const appraisal = info.appraisal as LlmAppraisal;
    expect(info.change).toBe(-5);
    expect(appraisal.attempts).toBe(3);
    expect(appraisal.rejectedOutputs).toEqual(['I feel fine, thanks.', missingField]);
    const [first, second, third] = server.completionRequests;
    expect(first?.messages).toHaveLength(2);
    expect(second?.messages.slice(2)).toEqual([
      { role: 'assistant', content: 'I feel fine, thanks.' },
      { role: 'user', content: expect.stringContaining('no JSON object found in the answer') },
    ]);
    expect(second?.messages[3]?.content).toContain('attempt 2 of 3');
    expect(third?.messages[5]?.content).toContain('field /inner_reaction is required but missing');
    // Each attempt is a distinct request (its own seed), so a cassette replays them in order.
    expect(new Set([first, second, third].map((r) => r?.body?.seed)).size).toBe(3);
  });

  it('clamps a change of +37 to +10 after the retries, and records the clamping', async () => {
    server.respondWith((request) => (llmUserStage(request) === 'appraisal' ? appraisalAnswer(37) : utteranceAnswer('Wow, okay.')));
    const env = llmEnv(server, englishPersona());
    await env.reset({ seed: 4 });
    const [, , , , info] = await env.step('You did nothing wrong, Tom is a thief.');
    const appraisal = info.appraisal as LlmAppraisal;
    expect(info.change).toBe(10);
    expect(info.emotion).toBe(50);
    expect(appraisal).toMatchObject({ change: 10, proposedChange: 37, clamped: true, attempts: 3 });
    expect(appraisal.raw).toBe(appraisalAnswer(37));
    expect(appraisal.rejectedOutputs).toHaveLength(2);
    expect(server.completionRequests.filter((r) => llmUserStage(r) === 'appraisal')).toHaveLength(3);
    expect(server.completionRequests[1]?.lastMessage).toContain('field /change is 37, outside [-10, 10]');
  });

  it.each([
    [-0.5, 0],
    [7.9, 7],
    [-40, -10],
  ])('when every answer proposes %p, uses %p (truncated, clamped) and records it', async (proposed, used) => {
    server.respondWith((request) => (llmUserStage(request) === 'appraisal' ? appraisalAnswer(proposed) : utteranceAnswer('Hm.')));
    const env = llmEnv(server, englishPersona(), {}, { maxOutputAttempts: 2 });
    await env.reset({ seed: 4 });
    const [, , , , info] = await env.step('Okay.');
    expect(Object.is(info.appraisal?.change, used)).toBe(true);
    expect(info.change).toBe(used);
    expect(info.appraisal).toMatchObject({ proposedChange: proposed, clamped: true, attempts: 2 });
  });

  it('uses a later in-range change rather than clamping an earlier out-of-range one', async () => {
    server.respondWith(llmUserResponder({ changes: [0] }));
    server.enqueue(appraisalAnswer(-25), appraisalAnswer(2.5), appraisalAnswer(-5));
    const env = llmEnv(server, englishPersona());
    await env.reset({ seed: 5 });
    const [, , , , info] = await env.step('Whatever.');
    expect(info.change).toBe(-5);
    expect((info.appraisal as LlmAppraisal).clamped).toBeUndefined();
    expect(server.completionRequests[2]?.lastMessage).toContain('field /change is 2.5, not a whole number');
  });

  it('fails the step with LlmOutputError when no answer is usable, leaving the dialogue as it was', async () => {
    server.respondWith(llmUserResponder({ changes: [5] }));
    const wrongType = appraisalAnswer(5).replace('"conveys":"They are trying to understand me."', '"conveys":1');
    server.enqueue('nope', '{"change": }', wrongType);
    const env = llmEnv(server, englishPersona());
    const [obs0] = await env.reset({ seed: 6 });
    const error = (await env.step('Hello?').catch((e: unknown) => e)) as LlmOutputError;
    expect(error).toBeInstanceOf(LlmOutputError);
    expect(error.stage).toBe('appraisal');
    expect(error.rejectedOutputs).toEqual(['nope', '{"change": }', wrongType]);
    expect(error.message).toContain('field /conveys must be string');
    const [obs, , , , info] = await env.step('Hello?');
    expect(obs).toEqual([...obs0, { role: 'assistant', content: 'Hello?' }, { role: 'user', content: 'reply 0' }]);
    expect(info).toMatchObject({ turn: 1, emotion: 45 });
  });

  it('uses the challenging prompt for the challenging variant', async () => {
    server.respondWith(llmUserResponder({ changes: [5] }));
    for (const difficulty of ['vanilla', 'challenging'] as const) {
      const env = llmEnv(server, englishPersona(), { difficulty });
      await env.reset({ seed: 7 });
      await env.step('I see.');
    }
    const [vanilla, , challenging] = server.completionRequests;
    expect(vanilla?.systemMessage).toContain('You are willing to open up.');
    expect(challenging?.systemMessage).toContain('You are guarded and hard to please.');
    expect(challenging?.systemMessage).not.toContain('You are willing to open up.');
  });

  it('speaks Chinese to a Chinese persona, with its SAGE profile and scene, and ends on 拜拜', async () => {
    server.respondWith(llmUserResponder({ changes: [5], reply: () => '好吧，我先走了，拜拜。' }));
    const env = llmEnv(server, chinesePersona());
    await env.reset({ seed: 8 });
    const [, reward, terminated, truncated, info] = await env.step('听起来你很困惑。');
    expect([terminated, truncated, info.outcome, info.goodbye, reward]).toEqual([true, false, 'goodbye', true, 0.45]);
    const system = server.completionRequests[0]?.systemMessage ?? '';
    expect(system).toContain('你正在扮演王小云');
    expect(system).toContain('* 职业：时尚博主');
    expect(system).toContain('## 剧本背景故事');
    expect(system).toContain('原始表述：你想知道对方为什么这样做');
    expect(system).toContain('回避型');
    expect(server.completionRequests[0]?.lastMessage).toContain('你（王小云）：最近张浩那个态度');
    expect(server.completionRequests[1]?.systemMessage).toContain('再见');
  });

  it('rejects bad llm options naming the field, and a missing llm block', () => {
    expect(() => make('RLVER/EmpatheticChat-v0', { simulator: 'llm', llm: { model: 'm', baseURL: server.url, temperature: 'hot' } })).toThrow(
      /invalid option "llm\.temperature": got "hot", expected number/,
    );
    expect(() => make('RLVER/EmpatheticChat-v0', { simulator: 'llm', llm: { baseURL: server.url, maxOutputAttempts: 0 } })).toThrow(InvalidOptionError);
    expect(() => make('RLVER/EmpatheticChat-v0', { simulator: 'llm', llm: { model: 'm', baseURL: server.url, maxOutputAttempts: 0 } })).toThrow(/llm\.maxOutputAttempts/);
    expect(() => make('RLVER/EmpatheticChat-v0', { simulator: 'llm' })).toThrow(/invalid option "llm".*at least \{ model \}/);
  });
});

describe('LlmSimulator called directly', () => {
  let server: FakeOpenAIServer;
  beforeAll(async () => {
    server = await FakeOpenAIServer.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('is stateless: the same state sends the same requests, whatever came in between', async () => {
    server.respondWith(llmUserResponder({ changes: [5, -10] }));
    const simulator = new LlmSimulator({ baseURL: server.url, model: 'm', seed: 3 });
    const s = state(englishPersona());
    const first = await simulator.appraise(s, 'I hear you.');
    await simulator.appraise(state(englishPersona(), { seed: 99, emotion: 70 }), 'Something else.');
    const again = await simulator.appraise(s, 'I hear you.');
    const [a, b, c] = server.completionRequests.slice(-3);
    expect(c?.body).toEqual(a?.body);
    expect(b?.body?.seed).not.toBe(a?.body?.seed);
    expect([first.change, again.change]).toEqual([5, 5]);
    expect(simulator.name).toBe('llm:m');
  });

  it('answers goodbye only for farewell words', async () => {
    const farewell = ['Okay. Goodbye.', 'bye then', 'Good bye', '那我先走了，再见', '拜拜'];
    const staying = ['I bought a byelaw book', 'Tell me more.', '我还想再聊聊'];
    for (const words of [...farewell, ...staying]) {
      server.enqueue(utteranceAnswer(words));
      const utterance = await new LlmSimulator({ baseURL: server.url, model: 'm' }).respond(state(englishPersona()), 'ok', { change: 0, reasons: [] }, 40);
      expect([words, utterance.goodbye]).toEqual([words, farewell.includes(words)]);
      expect(utterance.raw).toBe(utteranceAnswer(words));
    }
  });

  it('summarises an appraisal from another appraiser for the reply stage', async () => {
    server.enqueue(utteranceAnswer('Hm.'));
    const simulator = new LlmSimulator({ baseURL: server.url, model: 'm' });
    await simulator.respond(state(englishPersona()), 'ok', { change: 3, reasons: [{ cue: 'reflects-feelings', effect: 3, detail: 'It named my anger.' }] }, 43);
    const system = server.completionRequests[server.completionRequests.length - 1]?.systemMessage ?? '';
    expect(system).toContain('- Your judgement of the reply: It named my anger.');
    expect(system).toContain('moved by +3 and is now 43 (unsettled)');
  });
});
