import { EmpatheticChatEnv, RuleSimulator, builtinAgent, createSimulator, type ChatInfo, type ChatMessage, type DialogueState, type Language } from '@rlver/env';
import { persona, stateFor } from './support';

/** Play one episode with a built-in agent; returns the infos and the final transcript. */
async function episode(env: EmpatheticChatEnv, seed: number): Promise<{ infos: ChatInfo[]; transcript: readonly ChatMessage[] }> {
  const agent = builtinAgent('need-aware', { seed });
  let [observation, info] = await env.reset({ seed });
  const infos = [info];
  for (let done = false; !done; ) {
    const [next, , terminated, truncated, stepInfo] = await env.step(await agent.respond(observation, { seed }));
    observation = next;
    infos.push(stepInfo);
    done = terminated || truncated;
  }
  return { infos, transcript: observation };
}

describe('RuleSimulator', () => {
  it('is the built-in "rule" simulator', () => {
    const simulator = createSimulator('rule');
    expect(simulator).toBeInstanceOf(RuleSimulator);
    expect(simulator.name).toBe('rule');
  });

  it('opens with the persona’s own first message', async () => {
    const p = persona('zh', 'others-motives');
    expect(await new RuleSimulator().open(stateFor(p, { history: [] }))).toEqual({ text: p.firstMessage, goodbye: false });
  });

  it('keeps no state between calls: interleaved dialogues on one instance match dialogues on separate instances', async () => {
    const shared = new RuleSimulator();
    const run = async (simulator: RuleSimulator, language: Language, replies: readonly string[]): Promise<unknown[]> => {
      const p = persona(language, 'deep-empathy');
      const history: ChatMessage[] = [{ role: 'user', content: p.firstMessage! }];
      const out: unknown[] = [];
      for (const reply of replies) {
        const state: DialogueState = { ...stateFor(p, { history: history.slice() }) };
        const appraisal = await simulator.appraise(state, reply);
        const utterance = await simulator.respond(state, reply, appraisal, Math.min(100, state.emotion + appraisal.change));
        out.push(appraisal, utterance);
        history.push({ role: 'assistant', content: reply }, { role: 'user', content: utterance.text });
      }
      return out;
    };
    const en = ['That sounds painful.', 'What happened next?', 'You should move on.'];
    const zh = ['听起来很难受。', '后来呢？', '你应该想开点。'];
    const separate = [await run(new RuleSimulator(), 'en', en), await run(new RuleSimulator(), 'zh', zh)];
    const interleaved = await Promise.all([run(shared, 'en', en), run(shared, 'zh', zh)]);
    expect(interleaved).toEqual(separate);
  });

  it.each(['en', 'zh'] as const)('%s: the same seed and the same replies give the same episode, with integer changes and their reasons', async (language) => {
    const a = await episode(new EmpatheticChatEnv({ language }), 31);
    const b = await episode(new EmpatheticChatEnv({ language }), 31);
    expect(b).toEqual(a);
    for (const info of a.infos.slice(1)) {
      expect(Number.isInteger(info.change)).toBe(true);
      expect(info.reasons?.length).toBeGreaterThan(0);
      expect(info.reasons).toBe(info.appraisal?.reasons);
    }
  });
});
