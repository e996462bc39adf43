import { EmpatheticChatEnv, builtinAgent, type Difficulty, type Language } from '@rlver/env';

/** Mean final emotion of a built-in agent over seeded generated personas. */
async function meanFinalEmotion(agentName: string, language: Language, difficulty: Difficulty, episodes: number): Promise<number> {
  const env = new EmpatheticChatEnv({ language, difficulty });
  let total = 0;
  for (let s = 0; s < episodes; s++) {
    const agent = builtinAgent(agentName, { seed: s });
    let [observation, info] = await env.reset({ seed: 5000 + s });
    for (let done = false; !done; ) {
      const reply = await agent.respond(observation, { seed: s });
      const [next, , terminated, truncated, stepInfo] = await env.step(reply);
      observation = next;
      info = stepInfo;
      done = terminated || truncated;
    }
    total += info.emotion;
  }
  await env.close();
  return total / episodes;
}

const ONE_TRICKS = ['same-phrase', 'always-advice', 'always-question', 'long-list', 'echo'] as const;

describe('rule simulator: no single trick wins', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`${language}: every one-trick agent ends far below a need-aware agent`, async () => {
      const episodes = 24;
      const needAware = await meanFinalEmotion('need-aware', language, 'vanilla', episodes);
      expect(needAware).toBeGreaterThan(45);
      // Tricks that come within 30 points of the need-aware agent, with their scores (expected: none).
      const tooClose: Record<string, number> = {};
      for (const trick of ONE_TRICKS) {
        const score = await meanFinalEmotion(trick, language, 'vanilla', episodes);
        if (needAware - score <= 30) tooClose[trick] = score;
      }
      expect({ needAware, tooClose }).toEqual({ needAware, tooClose: {} });
    });

    it(`${language}: a challenging user is harder to please, and still not won by tricks`, async () => {
      const episodes = 16;
      const vanilla = await meanFinalEmotion('need-aware', language, 'vanilla', episodes);
      const challenging = await meanFinalEmotion('need-aware', language, 'challenging', episodes);
      expect(challenging).toBeLessThan(vanilla);
      for (const trick of ['same-phrase', 'long-list'] as const) {
        expect(challenging - (await meanFinalEmotion(trick, language, 'challenging', episodes))).toBeGreaterThan(15);
      }
    });
  }
});
