import { HIDDEN_NEEDS, type HiddenNeed, type Persona } from '../../../personas/types';
import { MAX_MISS_STREAK, NEED_SATISFIERS, type ReplyCue } from './features';
import { REPLY_PATTERN_INDEX, type Lexicon, type ReplyPatternId } from './lexicon/types';
import { namedMotives } from './story';
import { replyCounts, type TextView } from './text';

/**
 * Patience: a user whose hidden need keeps not being met grows impatient. A pleasant reply that misses what
 * they want is fine once; after two or three such replies it grates, even if each one alone was kind. Whether
 * an earlier reply met the need is read from its words with the same patterns the appraisal uses for the
 * current reply, so the streak is a pure function of the dialogue (live play and replay agree), and the
 * appraisal still never reads its own earlier verdicts.
 */

/**
 * The reply patterns each need-satisfying cue is read from (as `extractFeatures` computes the cue strengths:
 * a cue is present when one of its patterns is).
 */
const SATISFIER_PATTERNS: Partial<Record<ReplyCue, readonly ReplyPatternId[]>> = {
  validates: ['validation'],
  agrees: ['agreement'],
  'guides-reflection': ['reflection-prompt'],
  'balanced-analysis': ['balance'],
  'reflects-feelings': ['feeling-frame', 'feeling-word'],
  presence: ['presence'],
  'open-question': ['open-interrogative'],
  'others-motives': ['motive'],
  'concrete-advice': ['advice'],
  'offers-words': ['script'],
  'specific-praise': ['praise'],
};

/**
 * The reply patterns that meet each need: those behind its `NEED_SATISFIERS` cues. A reply with none of them
 * gives nothing of what that need wants.
 */
const NEED_PATTERNS = {} as Record<HiddenNeed, readonly number[]>;
for (const need of HIDDEN_NEEDS) {
  const patterns = NEED_SATISFIERS[need].flatMap((cue) => {
    const ids = SATISFIER_PATTERNS[cue];
    if (!ids) throw new Error(`patience.ts: no reply patterns for the need-satisfying cue ${cue}`);
    return ids.map((id) => REPLY_PATTERN_INDEX[id]);
  });
  NEED_PATTERNS[need] = [...new Set(patterns)];
}

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
