import { CHARACTER_TYPES, HIDDEN_NEEDS, type HiddenNeed } from '../../../personas/types';
import { MOOD_SIGNAL_IDS } from './lexicon/types';

/**
 * The appraisal's design as a list of named features. The change a reply earns is a weighted sum of these
 * (weights in `weights.ts`), so every contribution is a named, signed reason. Features come in groups:
 *
 * - `reply`: cues found in the reply itself (reflecting feelings, advice, lists, repetition, ...);
 * - `need`: the same cues judged against the persona's hidden need (`<cue>|<need>`), `need-unmet|<need>`
 *   when the reply gives nothing of what that need wants, and `impatience|<need>` when it misses again after
 *   earlier replies missed too (a user's patience wears thin while what they want keeps not coming);
 * - `mood`: how the user's latest message took the previous reply (thanks, "still too vague", ...): a user who
 *   is already pleased or already fed up carries that into the next judgement;
 * - `request`: what the user just asked for ("be concrete", "tell me why he ...") against what the reply gives;
 * - `character`: the persona's character type;
 * - `baseline`: the intercept.
 */

/**
 * Reply cues: value = strength of the cue in the reply (capped counts or ratios). `extractFeatures` lists the
 * strengths by position in this order.
 */
export const REPLY_CUES = [
  'reflects-feelings',
  'validates',
  'agrees',
  'grounded',
  'names-people',
  'open-question',
  'interrogation',
  'others-motives',
  'balanced-analysis',
  'concrete-advice',
  'offers-words',
  'specific-praise',
  'guides-reflection',
  'presence',
  'shared-joy',
  'encouragement',
  'generic-comfort',
  'lecturing',
  'dismissing',
  'referral',
  'apology',
  'deferral',
  'markdown',
  'list',
  'length',
  'wall-of-text',
  'repetition',
  'parroting',
  'off-topic',
  'question-streak',
  'premature-advice',
  'first-reply',
  'first-reply-length',
  'first-reply-question',
] as const;

/** One of {@link REPLY_CUES}. */
export type ReplyCue = (typeof REPLY_CUES)[number];

/** Cues whose effect depends on the hidden need (each gets a `<cue>|<need>` feature per need). */
export const NEED_DEPENDENT_CUES = [
  'reflects-feelings',
  'validates',
  'agrees',
  'open-question',
  'others-motives',
  'balanced-analysis',
  'concrete-advice',
  'specific-praise',
  'guides-reflection',
  'presence',
  'generic-comfort',
  'lecturing',
  'list',
] as const satisfies readonly ReplyCue[];

/** What each hidden need is met by: when none of these cues is present, `need-unmet|<need>` fires. */
export const NEED_SATISFIERS: Readonly<Record<HiddenNeed, readonly ReplyCue[]>> = {
  'blameless-validation': ['validates', 'agrees'],
  'guided-reflection': ['guides-reflection'],
  'balanced-analysis': ['balanced-analysis'],
  'deep-empathy': ['reflects-feelings', 'presence'],
  'attentive-listening': ['reflects-feelings', 'open-question', 'presence'],
  'others-motives': ['others-motives'],
  'practical-advice': ['concrete-advice', 'offers-words'],
  'specific-praise': ['specific-praise'],
};

/**
 * Earlier agent replies in a row (newest first) that missed the need, counted up to this many: the
 * `impatience|<need>` feature of a reply that misses again.
 */
export const MAX_MISS_STREAK = 3;

/** Mood signals in the user's latest message (value: matches, capped at 2). */
export const MOOD_SIGNALS = MOOD_SIGNAL_IDS;

/** Mood signals that show the user is pleased (their weights are kept >= 0). */
export const POSITIVE_MOOD_SIGNALS: readonly MoodSignal[] = ['thanks', 'agrees', 'found-helpful', 'will-try', 'relief', 'laughter', 'uptake', 'opens-up'];

/**
 * The mood of the user's message before the latest one, summed over the signals of each polarity (capped at 2):
 * emotion builds up over turns, so an earlier mood still colours the judgement, more weakly.
 */
export const MOOD_TRENDS = ['pleased', 'displeased'] as const;

/** One of {@link MOOD_SIGNALS}. */
export type MoodSignal = (typeof MOOD_SIGNALS)[number];

/**
 * Request features: the user's latest message asks for something and the reply gives it (`answered`) or not
 * (`ignored`), or the user complained and the reply repeats what was complained about.
 */
export const REQUEST_FEATURES = [
  'concrete:answered',
  'concrete:ignored',
  'why:answered',
  'why:ignored',
  'understanding:answered',
  'understanding:ignored',
  'recognition:answered',
  'recognition:ignored',
  'fault:answered',
  'fault:ignored',
  'reflection:answered',
  'reflection:ignored',
  'balance:answered',
  'balance:ignored',
  'generic:repeated',
  'tried:repeated',
] as const;

/** The family a feature belongs to. */
export type FeatureGroup = 'reply' | 'need' | 'mood' | 'request' | 'character' | 'baseline';

/** One named feature of the appraisal's linear model. */
export interface FeatureDef {
  /** Key in the weights file, e.g. "concrete-advice", "concrete-advice|practical-advice", "mood:thanks". */
  readonly name: string;
  readonly group: FeatureGroup;
  /** The reason cue this feature reports under (features of one cue are merged into one reason). */
  readonly cue: string;
  /** The hidden need the feature is judged against (need features only). */
  readonly need?: HiddenNeed;
  /** The mood signal or request this feature reads (mood and request features). */
  readonly signal?: string;
}

function buildFeatures(): FeatureDef[] {
  const defs: FeatureDef[] = [];
  for (const cue of REPLY_CUES) defs.push({ name: cue, group: 'reply', cue });
  for (const need of HIDDEN_NEEDS) {
    for (const cue of NEED_DEPENDENT_CUES) defs.push({ name: `${cue}|${need}`, group: 'need', cue, need });
    defs.push({ name: `need-unmet|${need}`, group: 'need', cue: 'need-unmet', need });
    defs.push({ name: `impatience|${need}`, group: 'need', cue: 'impatience', need });
  }
  for (const signal of MOOD_SIGNALS) defs.push({ name: `mood:${signal}`, group: 'mood', cue: 'mood', signal });
  for (const trend of MOOD_TRENDS) defs.push({ name: `mood-before:${trend}`, group: 'mood', cue: 'mood', signal: `earlier-${trend}` });
  for (const request of REQUEST_FEATURES) {
    const [what, how] = request.split(':') as [string, string];
    const cue = how === 'answered' ? 'request-answered' : how === 'ignored' ? 'request-ignored' : what === 'generic' ? 'still-generic' : 'tried-advice';
    defs.push({ name: `request:${request}`, group: 'request', cue, signal: what });
  }
  for (const type of CHARACTER_TYPES) defs.push({ name: `character:${type}`, group: 'character', cue: 'character' });
  defs.push({ name: 'baseline', group: 'baseline', cue: 'baseline' });
  return defs;
}

/** Every feature of the model, in a fixed order (the order of feature vectors). */
export const FEATURES: readonly FeatureDef[] = buildFeatures();

/** Feature index by name. */
export const FEATURE_INDEX: ReadonlyMap<string, number> = new Map(FEATURES.map((f, i) => [f.name, i]));

/** Index of a feature; throws on an unknown name (a bug, not bad input). */
export function featureIndex(name: string): number {
  const i = FEATURE_INDEX.get(name);
  if (i === undefined) throw new RangeError(`unknown appraisal feature "${name}"`);
  return i;
}

