import type { EpisodeRecord } from '../rollout/types';

/** One line of `metrics.jsonl`: what happened in one update. */
export interface MetricsRow {
  /** Updates completed (1 for the first). */
  readonly update: number;
  /** Env steps so far. */
  readonly envSteps: number;
  /** Episodes finished so far. */
  readonly episodes: number;
  /** Episodes finished in this update. */
  readonly updateEpisodes: number;
  /** Mean undiscounted return of those episodes. */
  readonly meanReturn: number | null;
  /** Mean final emotion (chat env), overall and per language. */
  readonly meanFinalEmotion: number | null;
  readonly meanFinalEmotionByLanguage: Readonly<Record<string, number>>;
  /** Share of episodes that reached emotion 100 / fell below 10. */
  readonly successRate: number | null;
  readonly failureRate: number | null;
  readonly meanEpisodeLength: number | null;
  /** Algorithm diagnostics: policyLoss, valueLoss, entropy, approxKl, klToReference, clipFraction, ... */
  readonly stats: Readonly<Record<string, number>>;
  /** Env steps per second of this update, rollout and optimisation included. */
  readonly stepsPerSecond: number;
  readonly updateSeconds: number;
  /** Of which: collecting the rollout (env, policy, realizer) and optimising. */
  readonly rolloutSeconds: number;
  readonly optimiseSeconds: number;
  readonly elapsedSeconds: number;
}

/** Fields of a row that depend on timing, not on the computation (excluded when comparing runs). */
export const TIMING_FIELDS: readonly (keyof MetricsRow)[] = ['stepsPerSecond', 'updateSeconds', 'rolloutSeconds', 'optimiseSeconds', 'elapsedSeconds'];

/** Summary statistics of finished episodes. */
export function summarizeEpisodes(episodes: readonly EpisodeRecord[]): Pick<MetricsRow, 'meanReturn' | 'meanFinalEmotion' | 'meanFinalEmotionByLanguage' | 'successRate' | 'failureRate' | 'meanEpisodeLength'> {
  if (episodes.length === 0) {
    return { meanReturn: null, meanFinalEmotion: null, meanFinalEmotionByLanguage: {}, successRate: null, failureRate: null, meanEpisodeLength: null };
  }
  const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
  const emotions = episodes.filter((e) => e.finalEmotion !== undefined);
  const byLanguage: Record<string, number> = {};
  for (const language of [...new Set(emotions.map((e) => e.language).filter((l): l is string => l !== undefined))].sort()) {
    byLanguage[language] = mean(emotions.filter((e) => e.language === language).map((e) => e.finalEmotion!))!;
  }
  const withOutcome = episodes.filter((e) => e.outcome !== undefined);
  return {
    meanReturn: mean(episodes.map((e) => e.return)),
    meanFinalEmotion: mean(emotions.map((e) => e.finalEmotion!)),
    meanFinalEmotionByLanguage: byLanguage,
    successRate: withOutcome.length ? withOutcome.filter((e) => e.outcome === 'success').length / withOutcome.length : null,
    failureRate: withOutcome.length ? withOutcome.filter((e) => e.outcome === 'failure').length / withOutcome.length : null,
    meanEpisodeLength: mean(episodes.map((e) => e.length)),
  };
}
