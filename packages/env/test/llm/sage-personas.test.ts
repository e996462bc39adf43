import { LlmSimulator, loadPersonasSync, make, type Persona } from '@rlver/env';
import { describeWithData } from '../../../../test/support/shared-data';
import { FakeOpenAIServer, llmUserResponder, llmUserStage } from '../../../../test/support/fake-openai-server';

describeWithData('LLM simulated user on the real SAGE profiles', ['sage/profiles.jsonl'], (paths) => {
  let server: FakeOpenAIServer;
  let personas: Persona[];
  beforeAll(async () => {
    server = await FakeOpenAIServer.start({ responder: llmUserResponder({ changes: [5] }) });
    personas = loadPersonasSync(paths['sage/profiles.jsonl'] as string);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('opens with first_talk and prompts in Chinese with the full SAGE profile and scene', async () => {
    const persona = personas[0] as Persona;
    const env = make('RLVER/EmpatheticChat-v0', { simulator: 'llm', personas, llm: { baseURL: server.url, model: 'judge' } });
    const [obs] = await env.reset({ seed: 1, options: { personaId: persona.id } });
    expect(obs[0]?.content).toBe(persona.firstMessage);
    await env.step('听起来你很困惑，他的态度让你心里没底。');
    const [appraisal, reply] = server.completionRequests.slice(-2);
    expect([appraisal, reply].map((r) => r && llmUserStage(r))).toEqual(['appraisal', 'reply']);
    const system = appraisal?.systemMessage ?? '';
    expect(system).toContain(`你正在扮演${persona.name}`);
    expect(system).toContain((persona.profileText ?? '').trim().slice(0, 40));
    expect(system).toContain((persona.sceneText ?? '').trim().slice(0, 40));
    expect(system).toContain(persona.hiddenNeedText ?? '');
    expect(system).not.toMatch(/\{\{\w+\}\}/);
  });

  it('builds a complete prompt for every one of the 100 profiles', async () => {
    const simulator = new LlmSimulator({ baseURL: server.url, model: 'judge' });
    expect(personas).toHaveLength(100);
    for (const persona of personas) {
      expect(persona.firstMessage).toBeTruthy();
      const state = { persona, language: persona.language, difficulty: 'vanilla' as const, emotion: 40, initialEmotion: 40, turn: 0, maxTurns: 10, history: [{ role: 'user' as const, content: persona.firstMessage as string }], appraisals: [], seed: 1 };
      await simulator.appraise(state, '我在听。');
    }
    const prompts = server.completionRequests.slice(-100);
    for (const request of prompts) expect(request.systemMessage).not.toMatch(/\{\{\w+\}\}|undefined/);
  });
});
