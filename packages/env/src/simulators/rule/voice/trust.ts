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

/**
 * Whether a turn with this change, ending at `emotionAfter`, is one where revelation `k` is shared: trust grew
 * past the next threshold on a reply that gave the user what they want (a user does not open up to an agent
 * that keeps missing the point, however pleasant it is).
 */
export function revealsNext(k: number, count: number, change: number, emotionAfter: number, difficulty: Difficulty, characterType: CharacterType, needMet = true): boolean {
  return needMet && k < count && change > 0 && emotionAfter >= revealThreshold(k, count, difficulty, characterType);
}

/**
 * How many revelations the user shared before this turn: the same rule replayed over the earlier appraisals,
 * so the voice keeps no state of its own (the env, a retry or a replay all get the same answer). `metNeed`
 * tells whether an earlier reply gave the user what they want (default: always).
 */
export function revealedBefore<T extends { readonly change: number }>(
  changes: readonly T[],
  initialEmotion: number,
  count: number,
  difficulty: Difficulty,
  characterType: CharacterType,
  metNeed: (appraisal: T) => boolean = () => true,
): number {
  let emotion = initialEmotion;
  let shared = 0;
  for (const item of changes) {
    const change = item.change;
    const after = Math.min(EMOTION_MAX, emotion + change);
    if (revealsNext(shared, count, change, after, difficulty, characterType, change > 0 && metNeed(item))) shared += 1;
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
