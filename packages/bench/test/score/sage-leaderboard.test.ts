import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { scoreFile } from '@rlver/bench';
import { describeWithData } from '../../../../test/support/shared-data';

const TRANSCRIPTS = ['gpt-4.1.jsonl', 'claude3.7.jsonl', 'gpt-4o-0808.jsonl', 'qwen2.5-72b.jsonl'].map((f) => `sage/transcripts/deepseek-v3/${f}`);

interface Leaderboard {
  models: { name: string; score: number; success: number; failure: number }[];
  transcripts_here: Record<string, string>;
}

describeWithData('score on the published SAGE transcripts', ['sage/leaderboard.json', ...TRANSCRIPTS], (paths) => {
  const leaderboard = JSON.parse(readFileSync(paths['sage/leaderboard.json'] as string, 'utf8')) as Leaderboard;

  it.each(TRANSCRIPTS)('%s gives exactly the leaderboard score, success and failure', async (relative) => {
    const model = leaderboard.transcripts_here[path.basename(relative)];
    const published = leaderboard.models.find((m) => m.name === model);
    expect(published).toBeDefined();
    const scored = await scoreFile(paths[relative] as string);
    expect({ score: scored.score, success: scored.success, failure: scored.failure }).toEqual({
      score: published?.score,
      success: published?.success,
      failure: published?.failure,
    });
    expect(scored.dialogues).toBe(100);
    expect(scored.errors).toBe(0);
  });

  it('breaks the scores down by the eight needs and three character types of the SAGE labels', async () => {
    const scored = await scoreFile(paths['sage/transcripts/deepseek-v3/gpt-4.1.jsonl'] as string);
    expect(Object.keys(scored.byNeed)).toEqual([
      'blameless-validation',
      'guided-reflection',
      'balanced-analysis',
      'deep-empathy',
      'attentive-listening',
      'others-motives',
      'practical-advice',
      'specific-praise',
    ]);
    // Counts of the SAGE test set: 11 / 13 / 12 / 13 / 12 / 11 / 15 / 13 profiles per need, 41 / 34 / 25 per type.
    expect(Object.values(scored.byNeed).map((g) => g.dialogues)).toEqual([11, 13, 12, 13, 12, 11, 15, 13]);
    expect(Object.fromEntries(Object.entries(scored.byCharacter).map(([k, g]) => [k, g.dialogues]))).toEqual({ negative: 41, passive: 34, avoidant: 25 });
    const successByNeed = Object.values(scored.byNeed).reduce((a, g) => a + g.success, 0);
    expect(successByNeed).toBe(scored.success);
    // Every SAGE dialogue has 9 appraised replies at most.
    expect(scored.turns).toBeGreaterThan(0);
    expect(scored.turns).toBeLessThanOrEqual(9);
    expect(scored.ci.dialogues?.n).toBe(100);
    expect(scored.ci.repeats).toBeUndefined();
  });
});
