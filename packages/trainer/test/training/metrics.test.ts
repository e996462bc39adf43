import { learningCurveSvg, movingAverage } from '../../src/training/learning-curve';
import { summarizeEpisodes } from '../../src/training/metrics';

describe('summarizeEpisodes', () => {
  it('averages returns, final emotions (overall and by language), lengths and outcome rates', () => {
    const s = summarizeEpisodes([
      { return: 1, length: 3, outcome: 'success', finalEmotion: 100, language: 'en' },
      { return: 0.05, length: 8, outcome: 'failure', finalEmotion: 5, language: 'zh' },
      { return: 0.6, length: 8, outcome: 'truncated', finalEmotion: 60, language: 'en' },
      { return: 0.4, length: 2, outcome: 'goodbye', finalEmotion: 40, language: 'zh' },
    ]);
    expect(s.meanReturn).toBeCloseTo(0.5125, 6);
    expect(s.meanFinalEmotion).toBeCloseTo(51.25, 6);
    expect(s.meanFinalEmotionByLanguage).toEqual({ en: 80, zh: 22.5 });
    expect(s.successRate).toBe(0.25);
    expect(s.failureRate).toBe(0.25);
    expect(s.meanEpisodeLength).toBe(5.25);
  });

  it('reports nulls when no episode ended and leaves chat fields empty for other envs', () => {
    expect(summarizeEpisodes([]).meanReturn).toBeNull();
    const bandit = summarizeEpisodes([{ return: 1, length: 1 }]);
    expect(bandit.meanFinalEmotion).toBeNull();
    expect(bandit.successRate).toBeNull();
  });
});

describe('learning curve', () => {
  it('draws one polyline per contiguous stretch, reference lines and an escaped title', () => {
    const svg = learningCurveSvg(
      [{ label: 'emotion', color: '#000', points: [[0, 10], [1, 20], [2, null], [3, 40], [4, 50]] }],
      { title: 'PPO <rule> & co', xLabel: 'steps', yLabel: 'emotion', yRange: [0, 100], references: [{ label: 'random', y: 30, color: '#f00' }] },
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('PPO &lt;rule&gt; &amp; co');
    expect(svg).toContain('random (30)');
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('smooths with a trailing moving average that skips gaps', () => {
    expect(movingAverage([[0, 1], [1, 3], [2, null], [3, 5]], 2)).toEqual([[0, 1], [1, 2], [2, 3], [3, 5]]);
  });
});
