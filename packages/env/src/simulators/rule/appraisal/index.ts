import type { Language } from '../../../chat/messages';
import { InvalidOptionError } from '../../../core/errors';
import { MAX_EMOTION_CHANGE } from '../../bands';
import type { Appraisal, DialogueState } from '../../types';
import { extractFeatures } from './extract';
import { FEATURES } from './features';
import { EN_LEXICON } from './lexicon/en';
import type { Lexicon } from './lexicon/types';
import { ZH_LEXICON } from './lexicon/zh';
import { scoreAppraisal } from './score';
import { DEFAULT_WEIGHTS, compileWeights, type CompiledWeights } from './weights';

/**
 * The rule simulator's appraisal: how the simulated user judges one agent reply.
 *
 * It detects cues in the reply (reflecting feelings, validation, grounding in the user's story, open questions,
 * other people's motives, balanced analysis, concrete advice, specific praise, guided reflection; and what
 * hurts: boilerplate comfort, lecturing, premature advice, dismissal, lists, walls of text, repetition of the
 * agent's own earlier replies, parroting, off-topic and empty replies), weighs them against the persona's
 * hidden need and character, reads the user's latest words (their mood and what they just asked for), and sums
 * the weighted features into a raw score. Each feature's contribution is a reason; the raw score is mapped to
 * the judge's coarse steps (±5 or ±10). Deterministic and pure: the same state and reply give the same
 * appraisal.
 */

/** The appraisal's lexicon for a language. */
export function lexiconFor(language: Language): Lexicon {
  if (language === 'zh') return ZH_LEXICON;
  if (language === 'en') return EN_LEXICON;
  throw new InvalidOptionError('language', language, '"en" or "zh"');
}

/** Options of {@link appraiseReply}. */
export interface AppraiseOptions {
  /** Weights to use instead of the calibrated defaults (compiled once with {@link compileWeights}). */
  readonly weights?: CompiledWeights;
}

let defaultCompiled: CompiledWeights | undefined;
const scratch = new Float64Array(FEATURES.length);

/** The default weights, compiled on first use. */
export function defaultCompiledWeights(): CompiledWeights {
  defaultCompiled ??= compileWeights(DEFAULT_WEIGHTS, 'calibrated-weights.json');
  return defaultCompiled;
}

/**
 * Judge `reply` in the dialogue `state`: an integer change in [-10, 10] with the reasons that produced it.
 * Throws `InvalidOptionError` when `reply` is not a string or the state's language is unknown.
 */
export function appraiseReply(state: DialogueState, reply: string, options: AppraiseOptions = {}): Appraisal {
  if (typeof reply !== 'string') throw new InvalidOptionError('reply', reply, 'a string');
  const lexicon = lexiconFor(state.language);
  if (reply.trim() === '') {
    return {
      change: -MAX_EMOTION_CHANGE,
      reasons: [{ cue: 'empty', effect: -MAX_EMOTION_CHANGE, detail: 'the reply is empty: the user feels ignored' }],
      analysis: 'empty reply -> -10',
    };
  }
  const weights = options.weights ?? defaultCompiledWeights();
  // The feature vector is consumed by scoreAppraisal before this returns, so one buffer serves every call.
  return scoreAppraisal(extractFeatures(state, reply, lexicon, scratch), weights, state.difficulty);
}

export { compileWeights, DEFAULT_WEIGHTS, DESIGN_WEIGHTS, CALIBRATED_WEIGHTS } from './weights';
export type { AppraisalWeights, CompiledWeights, CalibrationFile, CalibrationProvenance } from './weights';
export { extractFeatures, type ExtractedFeatures, type ReplyShape } from './extract';
export { readUserSignals, readReplySurface, type UserSignals, type ReplySurface } from './cues';
export { FEATURES, REPLY_CUES, NEED_SATISFIERS, type FeatureDef, type ReplyCue } from './features';
export { DESIGN_PRIOR, DESIGN_BOUNDS, type WeightBounds } from './prior';
export { toJudgeStep, applyDifficulty, CHALLENGING } from './score';
export type { Lexicon, UserSignalId, ReplyPatternId } from './lexicon/types';
