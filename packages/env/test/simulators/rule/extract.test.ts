import { EmpatheticChatEnv, RuleSimulator, builtinAgent, extractFeatures, lexiconFor, type Appraisal, type DialogueState } from '@rlver/env';
import { SAMPLE_REPLIES } from '../../../src/perf/sample-replies';

/** Dialogue states and replies the rule simulator appraises while built-in agents play it. */
async function appraisedStates(language: 'en' | 'zh'): Promise<Array<{ state: DialogueState; reply: string }>> {
  const seen: Array<{ state: DialogueState; reply: string }> = [];
  const rule = new RuleSimulator();
  const recording = Object.assign(Object.create(rule) as RuleSimulator, {
    async appraise(state: DialogueState, reply: string): Promise<Appraisal> {
      seen.push({ state, reply });
      return rule.appraise(state, reply);
    },
  });
  const env = new EmpatheticChatEnv({ language, simulator: recording, difficulty: 'challenging' });
  for (const name of ['need-aware', 'random', 'generic-polite', 'long-list', 'echo', 'always-question']) {
    for (let seed = 0; seed < 8; seed++) {
      const agent = builtinAgent(name, { seed });
      let [observation] = await env.reset({ seed: 500 + seed });
      for (let done = false, turn = 0; !done; turn++) {
        const reply = turn % 3 === 2 ? SAMPLE_REPLIES[language][seed % 8]! : await agent.respond(observation);
        const [next, , terminated, truncated] = await env.step(reply);
        observation = next;
        done = terminated || truncated;
      }
    }
  }
  return seen;
}

describe('extractFeatures', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`sets no feature outside the ones it lists as written (${language}), so scoring may read only those`, async () => {
      const states = await appraisedStates(language);
      let nonzero = 0;
      for (const { state, reply } of states) {
        const features = extractFeatures(state, reply, lexiconFor(language));
        const written = new Set(features.written);
        features.values.forEach((x, i) => {
          if (x !== 0) {
            nonzero++;
            if (!written.has(i)) throw new Error(`feature ${i} = ${x} is not listed as written`);
          }
        });
      }
      expect(states.length).toBeGreaterThan(200);
      expect(nonzero).toBeGreaterThan(states.length * 5);
    });
  }
});
