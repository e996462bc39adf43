import { DEFAULT_AGENT_SYSTEM_PROMPTS, InvalidOptionError, LlmOutputError, OpenAIChatAgent, dialogueLanguage } from '@rlver/env';
import { FakeOpenAIServer } from '../../../../test/support/fake-openai-server';
import { QUICK_RETRIES } from './fixtures';

describe('OpenAIChatAgent', () => {
  let server: FakeOpenAIServer;
  beforeEach(async () => {
    server = await FakeOpenAIServer.start();
  });
  afterEach(async () => {
    await server.stop();
  });

  const dialogue = [
    { role: 'user' as const, content: 'My sister forgot my birthday again.' },
    { role: 'assistant' as const, content: 'That must sting.' },
    { role: 'user' as const, content: 'It does. Every year.' },
  ];

  it('sends its system prompt then the dialogue, and returns the reply', async () => {
    server.enqueue('Every year is a lot to swallow.');
    const agent = new OpenAIChatAgent({ baseURL: server.url, model: 'agent-model', systemPrompt: 'Be kind.', temperature: 0.2 });
    expect(await agent.respond(dialogue)).toBe('Every year is a lot to swallow.');
    expect(agent.name).toBe('openai:agent-model');
    const [request] = server.completionRequests;
    expect(request?.messages).toEqual([{ role: 'system', content: 'Be kind.' }, ...dialogue]);
    expect(request?.body).toMatchObject({ model: 'agent-model', temperature: 0.2 });
  });

  it('in think-then-say mode asks for a thought first and returns only the reply, the thought on request', async () => {
    server.enqueue('<think>She feels forgotten; name that.</think>\nBeing forgotten by family hurts in its own way.');
    const agent = new OpenAIChatAgent({ baseURL: server.url, model: 'm', thinkThenSay: true, name: 'thinker' });
    const result = await agent.respondWithThought(dialogue);
    expect(result).toEqual({
      reply: 'Being forgotten by family hurts in its own way.',
      thought: 'She feels forgotten; name that.',
      thinkFormat: 'ok',
      raw: '<think>She feels forgotten; name that.</think>\nBeing forgotten by family hurts in its own way.',
    });
    const system = server.completionRequests[0]?.messages[0]?.content ?? '';
    expect(system.startsWith(DEFAULT_AGENT_SYSTEM_PROMPTS.en)).toBe(true);
    expect(system).toContain('<think>...</think>');
    expect(agent.name).toBe('thinker');
  });

  it('uses the Chinese default prompt for a Chinese dialogue', async () => {
    server.enqueue('听起来你很委屈。');
    const agent = new OpenAIChatAgent({ baseURL: server.url, model: 'm' });
    await agent.respond([{ role: 'user', content: '我妹妹又忘了我的生日。' }]);
    expect(server.completionRequests[0]?.messages[0]?.content).toBe(DEFAULT_AGENT_SYSTEM_PROMPTS.zh);
    expect(dialogueLanguage([{ role: 'user', content: 'I said 你好 once' }])).toBe('en');
  });

  it('asks again when the reply is empty, and fails with LlmOutputError when it stays empty', async () => {
    server.enqueue('<think>hmm</think>', 'There you are.');
    const agent = new OpenAIChatAgent({ baseURL: server.url, model: 'm', ...QUICK_RETRIES });
    expect(await agent.respond(dialogue)).toBe('There you are.');
    server.enqueue('<think>still thinking', '   ');
    const error = (await agent.respond(dialogue).catch((e: unknown) => e)) as LlmOutputError;
    expect(error).toBeInstanceOf(LlmOutputError);
    expect(error.stage).toBe('agent reply');
    expect(error.rejectedOutputs).toEqual(['<think>still thinking', '   ']);
  });

  it('derives the request seed from the call seed, so two sampled episodes differ and each replays', async () => {
    server.respondWith(() => 'ok');
    const agent = new OpenAIChatAgent({ baseURL: server.url, model: 'm' });
    await agent.respond(dialogue, { seed: 1 });
    await agent.respond(dialogue, { seed: 2 });
    await agent.respond(dialogue, { seed: 1 });
    const seeds = server.completionRequests.map((r) => r.body?.seed);
    expect(seeds[0]).not.toBe(seeds[1]);
    expect(seeds[2]).toBe(seeds[0]);
  });

  it('validates its options, naming the field', () => {
    expect(() => new OpenAIChatAgent({ baseURL: server.url, model: 'm', thinkThenSay: 'yes' } as never)).toThrow(InvalidOptionError);
    expect(() => new OpenAIChatAgent({ baseURL: server.url, model: 'm', thinkThenSay: 'yes' } as never)).toThrow(/"agent\.thinkThenSay": got "yes", expected boolean/);
  });
});
