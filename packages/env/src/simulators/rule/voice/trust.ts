import type { Difficulty } from '../../types';
import type { CharacterType } from '../../../personas/types';
import { EMOTION_MAX } from '../../bands';

/** Emotion the last revelation needs; the first needs the starting emotion of SAGE (40). */
const TOP_THRESHOLD = 85;
const FIRST_THRESHOLD = 40;

/**
 * The emotion a user must have reached (after a reply that raised it) before sharing revelation `k` of
 * `count`: thresholds climb evenly from 40 to 85, so surface facts come early and the most private ones only
 * to an agent that has earned them. Challenging users and avoidant ones hold back a little longer.
 */
export function revealThreshold(k: number, count: number, difficulty: Difficulty, characterType: CharacterType): number {
  const first = FIRST_THRESHOLD + (difficulty === 'challenging' ? 10 : 0) + (characterType === 'avoidant' ? 5 : 0);
  if (count <= 1) return first;
  return first + (k * (TOP_THRESHOLD - first)) / (count - 1);
}

/** Whether a turn with this change, ending at `emotionAfter`, is one where revelation `k` is shared. */
export function revealsNext(k: number, count: number, change: number, emotionAfter: number, difficulty: Difficulty, characterType: CharacterType): boolean {
  return k < count && change > 0 && emotionAfter >= revealThreshold(k, count, difficulty, characterType);
}

/**
 * How many revelations the user shared before this turn: the same rule replayed over the earlier appraisals,
 * so the voice keeps no state of its own (the env, a retry or a replay all get the same answer).
 */
export function revealedBefore(
  changes: ReadonlyArray<{ readonly change: number }>,
  initialEmotion: number,
  count: number,
  difficulty: Difficulty,
  characterType: CharacterType,
): number {
  let emotion = initialEmotion;
  let shared = 0;
  for (const { change } of changes) {
    const after = Math.min(EMOTION_MAX, emotion + change);
    if (revealsNext(shared, count, change, after, difficulty, characterType)) shared += 1;
    emotion = after;
  }
  return shared;
}

/** How many of the most recent earlier turns in a row missed the need (`missed` reads one appraisal). */
export function missStreak<T>(appraisals: readonly T[], missed: (appraisal: T) => boolean): number {
  let streak = 0;
  for (let i = appraisals.length - 1; i >= 0 && missed(appraisals[i] as T); i--) streak += 1;
  return streak;
}
