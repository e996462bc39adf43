import type { HiddenNeed } from '../../../personas/types';
import type { Appraisal } from '../../types';

/**
 * What the user reacts to in the last reply, read from the appraisal's strongest reason. Positive kinds are
 * what helped, negative kinds what hurt; `flat` is a reply that changed nothing; `lukewarm` is a reply that
 * went down well enough but gave nothing of what the user wants (polite, not pleased: the user is not going
 * to thank an agent for missing the point).
 */
export type ReactionKind =
  | 'felt'
  | 'validated'
  | 'motives'
  | 'balance'
  | 'advice'
  | 'praise'
  | 'reflection'
  | 'grounded'
  | 'question'
  | 'answered'
  | 'warmth'
  | 'helped'
  | 'generic'
  | 'lecture'
  | 'dismissed'
  | 'referral'
  | 'too-long'
  | 'repeat'
  | 'off-topic'
  | 'questions'
  | 'too-soon'
  | 'missed'
  | 'empty'
  | 'hurt'
  | 'flat'
  | 'lukewarm';

// Cue ids of the rule appraisal (and any appraisal using the same names). Unknown cues fall back to the sign.
const POSITIVE: ReadonlyMap<string, ReactionKind> = new Map([
  ['reflects-feelings', 'felt'],
  ['presence', 'felt'],
  ['validates', 'validated'],
  ['agrees', 'validated'],
  ['others-motives', 'motives'],
  ['balanced-analysis', 'balance'],
  ['concrete-advice', 'advice'],
  ['offers-words', 'advice'],
  ['specific-praise', 'praise'],
  ['guides-reflection', 'reflection'],
  ['grounded', 'grounded'],
  ['names-people', 'grounded'],
  ['open-question', 'question'],
  ['request-answered', 'answered'],
  ['shared-joy', 'warmth'],
  ['encouragement', 'warmth'],
]);

const NEGATIVE: ReadonlyMap<string, ReactionKind> = new Map([
  ['generic-comfort', 'generic'],
  ['still-generic', 'generic'],
  ['encouragement', 'generic'],
  ['shared-joy', 'generic'],
  ['lecturing', 'lecture'],
  ['dismissing', 'dismissed'],
  ['referral', 'referral'],
  ['markdown', 'too-long'],
  ['list', 'too-long'],
  ['length', 'too-long'],
  ['wall-of-text', 'too-long'],
  ['repetition', 'repeat'],
  ['parroting', 'repeat'],
  ['off-topic', 'off-topic'],
  ['interrogation', 'questions'],
  ['question-streak', 'questions'],
  ['open-question', 'questions'],
  ['premature-advice', 'too-soon'],
  ['tried-advice', 'too-soon'],
  ['concrete-advice', 'too-soon'],
  ['need-unmet', 'missed'],
  ['impatience', 'missed'],
  ['request-ignored', 'missed'],
  ['empty', 'empty'],
]);

/** Reasons that describe the user or the judge rather than the reply; the voice does not react to them. */
const NOT_ABOUT_THE_REPLY = new Set(['baseline', 'character', 'difficulty', 'mood']);

/** How the user read the appraisal of the last reply. */
export interface AppraisalReading {
  readonly kind: ReactionKind;
  /** A reason judged against the persona's hidden need helped, and none says the reply missed it. */
  readonly needMet: boolean;
  /** Not `needMet`: the reply gave nothing of what the need wants, or ignored what the user asked. */
  readonly needMissed: boolean;
}

/** Does a reason say the reply missed what the user wants? (Compared directly: this runs for every reason of every earlier turn.) */
function isMiss(cue: string): boolean {
  return cue === 'need-unmet' || cue === 'impatience' || cue === 'request-ignored';
}

/**
 * Whether an appraisal says the reply met the persona's need: some reason judged against that need helped and
 * none says the reply missed it (no `need-unmet`, `impatience` or `request-ignored`). Earlier turns are checked
 * on every later turn, so this stays a single allocation-free loop.
 */
export function metNeed(appraisal: Appraisal, need: HiddenNeed): boolean {
  let met = false;
  for (const reason of appraisal.reasons) {
    if (isMiss(reason.cue)) return false;
    if (reason.need === need && reason.effect > 0) met = true;
  }
  return met;
}

/** The opposite of {@link metNeed}: the reply gave nothing of what the need wants, or ignored what the user asked. */
export function missedNeed(appraisal: Appraisal, need: HiddenNeed): boolean {
  return !metNeed(appraisal, need);
}

/**
 * Read an appraisal: the reaction kind of its strongest reason on the side of the change, and the need. A
 * positive change that did not meet the need reads as `lukewarm`.
 */
export function readAppraisal(appraisal: Appraisal, need: HiddenNeed): AppraisalReading {
  const sign = Math.sign(appraisal.change);
  const needMet = metNeed(appraisal, need);
  let best: { cue: string; effect: number } | undefined;
  for (const reason of appraisal.reasons) {
    if (NOT_ABOUT_THE_REPLY.has(reason.cue) || Math.sign(reason.effect) !== sign || sign === 0) continue;
    if (!best || Math.abs(reason.effect) > Math.abs(best.effect)) best = reason;
  }
  let kind: ReactionKind;
  if (sign === 0) kind = 'flat';
  else if (sign > 0) kind = needMet ? ((best ? POSITIVE.get(best.cue) : undefined) ?? 'helped') : 'lukewarm';
  else kind = (best ? NEGATIVE.get(best.cue) : undefined) ?? 'hurt';
  return { kind, needMet, needMissed: !needMet };
}
