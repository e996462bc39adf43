import { ONE_TRICK_AGENTS, measureNeedSensitivity, type Difficulty, type Language } from '@rlver/env';

/** Mean final emotion per agent over the same seeded generated personas (reset seeds 5000, 5001, ...). */
async function meanFinalEmotions(agents: readonly string[], language: Language, difficulty: Difficulty, episodes: number): Promise<Readonly<Record<string, number>>> {
  return (await measureNeedSensitivity({ language, difficulty, episodes, baseSeed: 5000, agents })).scores;
}

describe('rule simulator: no single trick wins', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`${language}: every one-trick agent ends far below a need-aware agent`, async () => {
      const scores = await meanFinalEmotions(['need-aware', ...ONE_TRICK_AGENTS], language, 'vanilla', 24);
      const needAware = scores['need-aware']!;
      expect(needAware).toBeGreaterThan(45);
      // Tricks that come within 30 points of the need-aware agent, with their scores (expected: none).
      const tooClose: Record<string, number> = {};
      for (const trick of ONE_TRICK_AGENTS) {
        const score = scores[trick]!;
        if (needAware - score <= 30) tooClose[trick] = score;
      }
      expect({ needAware, tooClose }).toEqual({ needAware, tooClose: {} });
    });

    it(`${language}: a challenging user is harder to please, and still not won by tricks`, async () => {
      const episodes = 16;
      const vanilla = (await meanFinalEmotions(['need-aware'], language, 'vanilla', episodes))['need-aware']!;
      const challenging = await meanFinalEmotions(['need-aware', 'same-phrase', 'long-list'], language, 'challenging', episodes);
      expect(challenging['need-aware']!).toBeLessThan(vanilla);
      for (const trick of ['same-phrase', 'long-list'] as const) {
        expect(challenging['need-aware']! - challenging[trick]!).toBeGreaterThan(15);
      }
    });
  }
});
