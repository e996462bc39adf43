import { realizeStrategy, type ChatMessage } from '@rlver/env';
import { FakeOpenAIServer, fake } from '../../../../test/support/fake-openai-server';
import { LlmRealizer } from '../../src/realizers/llm-realizer';
import { TemplateRealizer } from '../../src/realizers/template-realizer';

const dialogue: ChatMessage[] = [{ role: 'user', content: 'My manager presented my project as his own in the meeting today.' }];

describe('TemplateRealizer', () => {
  it('is the env realizer: same strategy, dialogue and seed, same reply', async () => {
    const reply = await new TemplateRealizer().realize('validate', dialogue, { language: 'en', seed: 4, turn: 0 });
    expect(reply).toBe(realizeStrategy('validate', dialogue, { language: 'en', seed: 4, turn: 0 }));
    expect(reply.length).toBeGreaterThan(20);
  });
});

describe('LlmRealizer against the scripted OpenAI-compatible server', () => {
  let server: FakeOpenAIServer;
  beforeEach(async () => {
    server = await FakeOpenAIServer.start();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('asks the model for the chosen strategy in the user language and returns its reply', async () => {
    server.enqueue(fake.reply('  That must have stung, seeing your work under his name.  '));
    const realizer = new LlmRealizer({ baseURL: server.url, model: 'fake-writer', apiKey: 'k', seed: 3 });
    const reply = await realizer.realize('reflect-feelings', dialogue, { language: 'en', seed: 9, turn: 0 });
    expect(reply).toBe('That must have stung, seeing your work under his name.');
    expect(realizer.name).toBe('llm:fake-writer');
    const request = server.requests[0]!;
    expect(request.model).toBe('fake-writer');
    expect(request.messages[0]!.role).toBe('system');
    expect(request.systemMessage).toMatch(/Name the feeling the user expressed/);
    expect(request.messages.slice(1)).toEqual(dialogue);
    expect(typeof request.body?.seed).toBe('number');
    await realizer.close();
  });

  it('writes the prompt in Chinese for a Chinese dialogue', async () => {
    server.enqueue(fake.reply('听起来你真的很委屈。'));
    const realizer = new LlmRealizer({ baseURL: server.url, model: 'fake-writer', apiKey: 'k' });
    const reply = await realizer.realize('validate', [{ role: 'user', content: '领导把我的方案说成是他的。' }], { language: 'zh', seed: 1, turn: 0 });
    expect(reply).toBe('听起来你真的很委屈。');
    expect(server.requests[0]!.systemMessage).toMatch(/站在他这边/);
  });

  it('retries a server error and rejects an empty reply with a typed error', async () => {
    server.enqueue(fake.status(503), fake.reply('ok then'), fake.reply('   '));
    const realizer = new LlmRealizer({ baseURL: server.url, model: 'fake-writer', apiKey: 'k', retryBaseDelayMs: 1 });
    expect(await realizer.realize('share-support', dialogue, { language: 'en', seed: 1, turn: 0 })).toBe('ok then');
    await expect(realizer.realize('share-support', dialogue, { language: 'en', seed: 1, turn: 1 })).rejects.toThrow(/empty reply for strategy "share-support"/);
    expect(server.requests).toHaveLength(3);
  });
});
