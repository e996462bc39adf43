import { builtinAgent, generatePersona } from '@rlver/env';
import { evaluateAgent, summarize, type EvaluatedEpisode } from '../../src/evaluation/evaluate-agent';

const personas = [0, 1, 2, 3, 4].flatMap((seed) => [generatePersona({ language: 'en', seed }), generatePersona({ language: 'zh', seed })]);
const env = { simulator: 'rule' as const, difficulty: 'vanilla' as const, maxTurns: 4 };

describe('evaluateAgent', () => {
  it('plays one dialogue per persona; results do not depend on the concurrency', async () => {
    const agent = builtinAgent('fixed:validate', { seed: 1 });
    const one = await evaluateAgent(agent, personas, { env, seed: 3, concurrency: 1 });
    const four = await evaluateAgent(agent, personas, { env, seed: 3, concurrency: 4 });
    expect(four.episodes).toEqual(one.episodes);
    expect(one.episodes.map((e) => e.personaId)).toEqual(personas.map((p) => p.id));
    expect(one.summary.episodes).toBe(10);
    expect(one.summary.byLanguage.en!.episodes).toBe(5);
    for (const e of one.episodes) expect(e.turns).toBeLessThanOrEqual(4);
  });
});

describe('summarize', () => {
  it('averages the final emotion and counts success (>= 100) and failure (< 10)', () => {
    const episode = (finalEmotion: number, language: string, hiddenNeed: string): EvaluatedEpisode => ({ personaId: 'p', language, hiddenNeed, characterType: 'negative', finalEmotion, outcome: 'x', turns: 1 });
    const s = summarize('a', [episode(100, 'en', 'n1'), episode(5, 'en', 'n2'), episode(60, 'zh', 'n1')]);
    expect(s.meanEmotion).toBeCloseTo(55, 6);
    expect(s.successRate).toBeCloseTo(1 / 3, 6);
    expect(s.failureRate).toBeCloseTo(1 / 3, 6);
    expect(s.byLanguage.en!.meanEmotion).toBeCloseTo(52.5, 6);
    expect(s.byNeed.n1!.episodes).toBe(2);
  });
});
