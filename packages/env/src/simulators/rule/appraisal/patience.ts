import type { HiddenNeed, Persona } from '../../../personas/types';
import { MAX_MISS_STREAK } from './features';
import { REPLY_PATTERN_INDEX, type Lexicon } from './lexicon/types';
import { namedMotives } from './story';
import { replyCounts, type TextView } from './text';

/**
 * Patience: a user whose hidden need keeps not being met grows impatient. A pleasant reply that misses what
 * they want is fine once; after two or three such replies it grates, even if each one alone was kind. Whether
 * an earlier reply met the need is read from its words with the same patterns the appraisal uses for the
 * current reply, so the streak is a pure function of the dialogue (live play and replay agree), and the
 * appraisal still never reads its own earlier verdicts.
 */

const P = REPLY_PATTERN_INDEX;

/**
 * The reply patterns that meet each need (the patterns behind `NEED_SATISFIERS`' cues): a reply with none of
 * them gives nothing of what that need wants.
 */
const NEED_PATTERNS: Readonly<Record<HiddenNeed, readonly number[]>> = {
  'blameless-validation': [P.validation, P.agreement],
  'guided-reflection': [P['reflection-prompt']],
  'balanced-analysis': [P.balance],
  'deep-empathy': [P['feeling-frame'], P['feeling-word'], P.presence],
  'attentive-listening': [P['feeling-frame'], P['feeling-word'], P['open-interrogative'], P.presence],
  'others-motives': [P.motive],
  'practical-advice': [P.advice, P.script],
  'specific-praise': [P.praise],
};

/** Does a reply with these pattern counts give something of what `need` wants? */
export function countsMeetNeed(counts: Int32Array, need: HiddenNeed, reply: TextView, persona: Persona, lexicon: Lexicon): boolean {
  for (const p of NEED_PATTERNS[need]) if (counts[p]! > 0) return true;
  // Motives said about a person by name are found outside the lexicon (they depend on the persona).
  return need === 'others-motives' && namedMotives(reply, persona, lexicon) > 0;
}

/**
 * How many of the agent's earlier replies in a row, newest first, missed the persona's need (0 to
 * {@link MAX_MISS_STREAK}). `earlierNewestFirst` are the views of the agent's earlier replies, newest first.
 */
export function missStreak(earlierNewestFirst: readonly TextView[], persona: Persona, lexicon: Lexicon): number {
  let streak = 0;
  for (const earlier of earlierNewestFirst) {
    if (streak >= MAX_MISS_STREAK) break;
    const counts = replyCounts(earlier, lexicon);
    if (countsMeetNeed(counts, persona.hiddenNeed, earlier, persona, lexicon)) break;
    streak++;
  }
  return streak;
}
