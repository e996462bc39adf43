import { InvalidOptionError, STRATEGIES, measureNeedSensitivity, type NeedSensitivity } from '@rlver/env';

/**
 * The rule simulator's reward must depend on the hidden need (the env's core promise): an agent that knows the
 * need beats a random strategy and every fixed strategy by a wide margin, and an agent that infers the need
 * from the user's words beats random. Smaller samples than the benchmark (`npm run perf -- env/need-sensitivity`,
 * 100 episodes), with fixed seeds, so a regression fails here.
 */
describe.each(['en', 'zh'] as const)('rule simulator: the reward depends on the hidden need (%s)', (language) => {
  let vanilla: NeedSensitivity;
  beforeAll(async () => {
    vanilla = await measureNeedSensitivity({ language, difficulty: 'vanilla', episodes: 40, baseSeed: 70_000 });
  }, 120_000);

  // On failure the object shows the scores behind the margin.
  const atLeast = (margin: number, least: number, context: object): void => expect({ ...context, margin, least, holds: margin >= least }).toEqual({ ...context, margin, least, holds: true });

  it('knowing the need beats a random strategy by >= 25 points and the best fixed strategy by >= 15', () => {
    const { margins, scores, bestFixed } = vanilla;
    atLeast(margins.oracleOverRandom, 25, { oracle: scores.oracle, random: scores.random });
    atLeast(margins.oracleOverBestFixed, 15, { oracle: scores.oracle, bestFixed });
  });

  it("inferring the need from the user's words beats a random strategy by >= 8 points", () => {
    atLeast(vanilla.margins.needAwareOverRandom, 8, { needAware: vanilla.scores['need-aware'], random: vanilla.scores.random });
  });

  it('no single trick wins: every fixed strategy, generic politeness and each one-trick agent stay far below the oracle', () => {
    const oracle = vanilla.scores.oracle as number;
    const close = Object.entries(vanilla.scores).filter(([agent, score]) => agent !== 'oracle' && agent !== 'need-aware' && oracle - score < 15);
    expect(close).toEqual([]);
    expect(STRATEGIES.every((s) => vanilla.scores[`fixed:${s}`] !== undefined)).toBe(true);
  });

  it('keeps the same ordering for a challenging user', async () => {
    const hard = await measureNeedSensitivity({ language, difficulty: 'challenging', episodes: 24, baseSeed: 71_000, agents: ['oracle', 'random', 'need-aware', ...STRATEGIES.map((s) => `fixed:${s}`)] });
    expect(hard.margins.oracleOverRandom).toBeGreaterThan(15);
    expect(hard.margins.oracleOverBestFixed).toBeGreaterThan(10);
    expect(hard.margins.needAwareOverRandom).toBeGreaterThan(8);
    // Harder to please than a vanilla user.
    expect(hard.scores.oracle).toBeLessThan(vanilla.scores.oracle as number);
  }, 120_000);
});

describe('measureNeedSensitivity', () => {
  it('is deterministic: the same options give the same scores', async () => {
    const options = { language: 'en', difficulty: 'vanilla', episodes: 3, baseSeed: 123, agents: ['oracle', 'random', 'need-aware'] } as const;
    const a = await measureNeedSensitivity(options);
    expect(await measureNeedSensitivity(options)).toEqual(a);
    expect(Object.keys(a.scores)).toEqual(['oracle', 'random', 'need-aware']);
  });

  it('rejects a bad episode count or an unknown agent, naming it', async () => {
    await expect(measureNeedSensitivity({ language: 'en', difficulty: 'vanilla', episodes: 0 })).rejects.toThrow(InvalidOptionError);
    await expect(measureNeedSensitivity({ language: 'en', difficulty: 'vanilla', episodes: 1.5 })).rejects.toThrow(/episodes/);
    await expect(measureNeedSensitivity({ language: 'en', difficulty: 'vanilla', episodes: 1, agents: ['telepath'] })).rejects.toThrow(/telepath/);
  });
});
