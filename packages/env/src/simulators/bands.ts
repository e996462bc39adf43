/** SAGE emotion bands: S = 100, A >= 70, B >= 40, C >= 10, F < 10. */
export type EmotionBand = 'S' | 'A' | 'B' | 'C' | 'F';

/** Emotion at which a dialogue ends in success. */
export const EMOTION_MAX = 100;
/** Emotion below which a dialogue ends in failure. */
export const EMOTION_FAILURE_BELOW = 10;
/** The largest per-turn change a simulator may make, in either direction (SAGE clamps to [-10, 10]). */
export const MAX_EMOTION_CHANGE = 10;

/** The SAGE band of an emotion value. */
export function emotionBand(emotion: number): EmotionBand {
  if (emotion >= 100) return 'S';
  if (emotion >= 70) return 'A';
  if (emotion >= 40) return 'B';
  if (emotion >= 10) return 'C';
  return 'F';
}

/** Clamp a proposed change to the allowed integer range [-10, 10] (rounding toward zero first; never -0). */
export function clampChange(change: number): number {
  const whole = Math.trunc(change);
  // + 0 turns the -0 of trunc(-0.4) into 0, so a change prints and compares as the integer it is.
  return Math.max(-MAX_EMOTION_CHANGE, Math.min(MAX_EMOTION_CHANGE, whole)) + 0;
}
