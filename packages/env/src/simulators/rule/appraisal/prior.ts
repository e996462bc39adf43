import { CHARACTER_TYPES, HIDDEN_NEEDS, type HiddenNeed } from '../../../personas/types';
import { FEATURES, MOOD_SIGNALS, NEED_DEPENDENT_CUES, POSITIVE_MOOD_SIGNALS, REQUEST_FEATURES, type ReplyCue } from './features';

/**
 * The designed appraisal, before calibration: what a thoughtful person would set by hand, in emotion points per
 * unit of cue strength. Calibration (see `calibration/fit.ts`) moves these towards what the recorded LLM judge
 * did, pulled back to this prior by a ridge penalty and kept inside {@link DESIGN_BOUNDS}, so the design
 * (what hurts always hurts, meeting the hidden need always helps) survives any data.
 */

const REPLY_PRIOR: Readonly<Record<ReplyCue, number>> = {
  'reflects-feelings': 1,
  validates: 0.5,
  agrees: 0.3,
  grounded: 2,
  'names-people': 0.5,
  'open-question': 0.5,
  interrogation: -1.5,
  'others-motives': 0.3,
  'balanced-analysis': 0.2,
  'concrete-advice': -0.3,
  'offers-words': 0.5,
  'specific-praise': 0.5,
  'guides-reflection': 0.2,
  presence: 0.8,
  'shared-joy': 0.5,
  encouragement: 0,
  'generic-comfort': -1.5,
  lecturing: -2,
  dismissing: -2.5,
  referral: -2,
  apology: -0.5,
  deferral: -1,
  markdown: -1,
  list: -1,
  length: 0,
  'wall-of-text': -2,
  repetition: -8,
  parroting: -6,
  'off-topic': -6,
  'question-streak': -3,
  'premature-advice': -1.5,
  'first-reply': 0,
  'first-reply-length': -0.5,
  'first-reply-question': 0.5,
};

/** Need-dependent effects: `cue -> need -> points`. Unlisted pairs default to 0. */
const NEED_PRIOR: Readonly<Partial<Record<HiddenNeed, Partial<Record<(typeof NEED_DEPENDENT_CUES)[number], number>>>>> = {
  'blameless-validation': { validates: 3, agrees: 2, 'guides-reflection': -2, lecturing: -2, 'balanced-analysis': -1.5, 'others-motives': -1 },
  'guided-reflection': { 'guides-reflection': 3, 'open-question': 0.5, validates: -0.5, 'generic-comfort': -1 },
  'balanced-analysis': { 'balanced-analysis': 3, 'others-motives': 0.5, validates: -0.5 },
  'deep-empathy': { 'reflects-feelings': 2, presence: 2.5, 'generic-comfort': -2, 'concrete-advice': -1, list: -1 },
  'attentive-listening': { 'reflects-feelings': 2, 'open-question': 1.5, presence: 0.5, 'concrete-advice': -1.5, list: -1.5 },
  'others-motives': { 'others-motives': 3, 'balanced-analysis': 0.5, 'concrete-advice': -0.5 },
  'practical-advice': { 'concrete-advice': 1.5, list: 0.5, 'generic-comfort': -1 },
  'specific-praise': { 'specific-praise': 3, 'concrete-advice': -0.5 },
};

const MOOD_PRIOR: Readonly<Record<(typeof MOOD_SIGNALS)[number], number>> = {
  thanks: 2,
  agrees: 1.5,
  'found-helpful': 2,
  'will-try': 1.5,
  relief: 2.5,
  laughter: 1,
  uptake: 1,
  'opens-up': 1,
  'already-tried': -1.5,
  lukewarm: -1,
  'still-not': -2,
  'not-what-i-need': -2.5,
  'too-generic': -2,
  useless: -2.5,
  'not-understood': -2.5,
  exasperation: -1,
};

function buildPrior(): Record<string, number> {
  const prior: Record<string, number> = {};
  for (const f of FEATURES) prior[f.name] = 0;
  for (const [cue, w] of Object.entries(REPLY_PRIOR)) prior[cue] = w;
  for (const need of HIDDEN_NEEDS) {
    for (const [cue, w] of Object.entries(NEED_PRIOR[need] ?? {})) prior[`${cue}|${need}`] = w as number;
    prior[`need-unmet|${need}`] = -1.5;
    prior[`impatience|${need}`] = -1.5;
  }
  for (const [signal, w] of Object.entries(MOOD_PRIOR)) prior[`mood:${signal}`] = w;
  prior['mood-before:pleased'] = 0.5;
  prior['mood-before:displeased'] = -0.5;
  for (const r of REQUEST_FEATURES) prior[`request:${r}`] = r.endsWith(':answered') ? 2 : r.endsWith(':ignored') ? -2 : r.startsWith('generic') ? -2 : -1;
  prior['character:negative'] = -1;
  return prior;
}

/** The designed weights, one per feature. */
export const DESIGN_PRIOR: Readonly<Record<string, number>> = buildPrior();

/** Inclusive bounds on a weight. */
export type WeightBounds = readonly [lower: number, upper: number];

const HARMFUL_CUES: Readonly<Partial<Record<ReplyCue, number>>> = {
  // cue -> the weight may be at most this: these never help
  interrogation: 0,
  'generic-comfort': -0.3,
  lecturing: -0.5,
  dismissing: -1,
  referral: 0,
  deferral: 0,
  markdown: -0.3,
  list: -0.3,
  'wall-of-text': -1,
  repetition: -5,
  parroting: -5,
  'off-topic': -4,
  'question-streak': -1.5,
  'premature-advice': 0,
  'first-reply-length': 0,
  // a little length is substance; the weight stays small so that length alone never pays
  length: 0.3,
};

/**
 * Cues that meet some hidden need: their need-free weight may dip below zero (the recorded judge punished many
 * formulaic uses) but not far, so that together with the need-specific weight they stay clearly helpful.
 */
const HELPFUL_CUES: readonly ReplyCue[] = [
  'reflects-feelings',
  'validates',
  'open-question',
  'others-motives',
  'balanced-analysis',
  'specific-praise',
  'guides-reflection',
  'presence',
];
const HELPFUL_FLOOR = -0.5;

/** Least reward for giving what the user just asked for, least penalty for ignoring it (or repeating what they rejected). */
const REQUEST_ANSWERED_FLOOR = 0.25;
const REQUEST_IGNORED_FLOOR = 0.5;

/**
 * A reply that gives nothing of what the hidden need wants costs at least this much, and each earlier reply in a
 * row that missed it too costs at least IMPATIENCE_LEAST more: kindness that keeps missing the point wears thin.
 */
const NEED_UNMET_LEAST = 0.5;
const IMPATIENCE_LEAST = 0.75;

/** Need-cue pairs that meet the need: their weight stays at least this large. */
const NEED_MATCH_FLOOR = 1.5;

/**
 * A cue that meets some need helps the other needs by at most this much beyond its need-free weight, so the
 * need it meets always gains the most from it (by at least NEED_MATCH_FLOOR - NEED_OTHER_CEILING points).
 */
const NEED_OTHER_CEILING = 0.5;

function buildBounds(): Record<string, WeightBounds> {
  const bounds: Record<string, WeightBounds> = {};
  for (const f of FEATURES) bounds[f.name] = [-Infinity, Infinity];
  for (const [cue, upper] of Object.entries(HARMFUL_CUES)) bounds[cue] = [-Infinity, upper as number];
  for (const cue of HELPFUL_CUES) bounds[cue] = [HELPFUL_FLOOR, Infinity];
  bounds.grounded = [0, Infinity];
  bounds['first-reply-question'] = [0, Infinity];
  const matchingCues = new Set(HIDDEN_NEEDS.flatMap((need) => needMatches(need)));
  for (const need of HIDDEN_NEEDS) {
    const matches = needMatches(need);
    for (const cue of matchingCues) bounds[`${cue}|${need}`] = matches.includes(cue) ? [NEED_MATCH_FLOOR, Infinity] : [-Infinity, NEED_OTHER_CEILING];
    bounds[`need-unmet|${need}`] = [-Infinity, -NEED_UNMET_LEAST];
    bounds[`impatience|${need}`] = [-Infinity, -IMPATIENCE_LEAST];
  }
  for (const signal of MOOD_SIGNALS) {
    bounds[`mood:${signal}`] = POSITIVE_MOOD_SIGNALS.includes(signal) ? [0, Infinity] : [-Infinity, 0];
  }
  bounds['mood-before:pleased'] = [0, Infinity];
  bounds['mood-before:displeased'] = [-Infinity, 0];
  // A user who just asked for something is pleased to get it and always punishes a reply that ignores it.
  for (const r of REQUEST_FEATURES) bounds[`request:${r}`] = r.endsWith(':answered') ? [REQUEST_ANSWERED_FLOOR, Infinity] : [-Infinity, -REQUEST_IGNORED_FLOOR];
  for (const type of CHARACTER_TYPES) bounds[`character:${type}`] = [-3, 3];
  return bounds;
}

/** The need-dependent cues that directly meet a need (kept helpful by {@link DESIGN_BOUNDS}). */
export function needMatches(need: HiddenNeed): readonly string[] {
  switch (need) {
    case 'blameless-validation':
      return ['validates'];
    case 'guided-reflection':
      return ['guides-reflection'];
    case 'balanced-analysis':
      return ['balanced-analysis'];
    case 'deep-empathy':
      return ['reflects-feelings', 'presence'];
    case 'attentive-listening':
      return ['reflects-feelings', 'open-question'];
    case 'others-motives':
      return ['others-motives'];
    case 'practical-advice':
      return ['concrete-advice'];
    case 'specific-praise':
      return ['specific-praise'];
  }
}

/** Bounds that keep the calibrated weights true to the design. */
export const DESIGN_BOUNDS: Readonly<Record<string, WeightBounds>> = buildBounds();
