import { CHARACTER_TYPES, HIDDEN_NEEDS, type HiddenNeed } from '../../../personas/types';
import type { DialogueState } from '../../types';
import { isQuestionOnly, type ReplySurface } from './cues';
import {
  FEATURES,
  MOOD_SIGNALS,
  NEED_DEPENDENT_CUES,
  NEED_SATISFIERS,
  POSITIVE_MOOD_SIGNALS,
  REPLY_CUES,
  featureIndex,
  type ReplyCue,
} from './features';
import { REPLY_PATTERN_INDEX, USER_SIGNAL_IDS, type Lexicon, type UserSignalId } from './lexicon/types';
import { missStreak } from './patience';
import { namedInReply, namedMotives } from './story';
import { markdownOf, replyCounts, userCounts, viewText, type TextView } from './text';
import { TokenSet, jaccard } from './token-set';

/** Length, questions and markdown of a reply. */
export type ReplyShape = Pick<ReplySurface, 'units' | 'questions' | 'markdown'>;

/** The feature vector of one reply plus the facts behind it (for the reasons' wording). */
export interface ExtractedFeatures {
  /** One value per entry of `FEATURES`. */
  readonly values: Float64Array;
  readonly surface: ReplyShape;
  /** Reply-pattern counts, indexed like `REPLY_PATTERN_IDS`. */
  readonly replyCounts: Int32Array;
  /** Signals in the user's latest message (capped counts, indexed like `USER_SIGNAL_IDS`). */
  readonly userSignals: Int32Array;
  /** Highest token similarity with one of the agent's earlier replies (0-1). */
  readonly similarity: number;
  /** Share of the user's recent content tokens the reply reuses (0-1). */
  readonly coverage: number;
  /** Share of the reply's content tokens copied from the user's last message (0-1). */
  readonly copied: number;
  /** People and story keywords of the persona the reply mentions. */
  readonly named: readonly string[];
  /** Earlier agent replies in a row that missed the need, when this one misses too (else 0). */
  readonly missStreak: number;
  /**
   * The indices, ascending, of every feature that extraction can set for this persona's need; all other values
   * are 0. Scoring reads only these (about 90 of the 192).
   */
  readonly written: Int32Array;
}

/** Similarity below this is ordinary topical overlap between two replies, not repetition. */
const REPETITION_FLOOR = 0.25;
/** A reply made of more than this share of the user's own words is parroting. */
const PARROT_FLOOR = 0.5;
/** The user's latest mood, per polarity, counts at most this many signal units (see `extractFeatures`). */
const MOOD_WEIGHT = 2;
/** Reusing this share of the user's recent content tokens counts as fully grounded. */
const FULL_GROUNDING = 0.4;

// Every index the hot path needs, resolved once at module load.
const REPLY_CUE_INDEX = Int32Array.from(REPLY_CUES, (cue) => featureIndex(cue));
const CUE_POSITION = new Map<ReplyCue, number>(REPLY_CUES.map((cue, i) => [cue, i]));
const NEED_CUE_POSITIONS = Int32Array.from(NEED_DEPENDENT_CUES, (cue) => CUE_POSITION.get(cue)!);
const NEED_INDEX = new Map<HiddenNeed, { cues: Int32Array; unmet: number; impatience: number; satisfiers: Int32Array }>(
  HIDDEN_NEEDS.map((need) => [
    need,
    {
      cues: Int32Array.from(NEED_DEPENDENT_CUES, (cue) => featureIndex(`${cue}|${need}`)),
      unmet: featureIndex(`need-unmet|${need}`),
      impatience: featureIndex(`impatience|${need}`),
      satisfiers: Int32Array.from(NEED_SATISFIERS[need], (cue) => CUE_POSITION.get(cue)!),
    },
  ]),
);
const MOOD_FEATURE = Int32Array.from(MOOD_SIGNALS, (s) => featureIndex(`mood:${s}`));
const MOOD_SIGNAL_POSITION = Int32Array.from(MOOD_SIGNALS, (s) => USER_SIGNAL_IDS.indexOf(s));
const MOOD_IS_POSITIVE = MOOD_SIGNALS.map((s) => POSITIVE_MOOD_SIGNALS.includes(s));
const CHARACTER_FEATURE = new Map(CHARACTER_TYPES.map((t) => [t, featureIndex(`character:${t}`)]));
const F = {
  moodBeforePleased: featureIndex('mood-before:pleased'),
  moodBeforeDispleased: featureIndex('mood-before:displeased'),
  genericRepeated: featureIndex('request:generic:repeated'),
  triedRepeated: featureIndex('request:tried:repeated'),
  baseline: featureIndex('baseline'),
};
const REQUESTS = ['concrete', 'why', 'understanding', 'recognition', 'fault', 'reflection', 'balance'] as const;
const REQUEST_FEATURE = Object.fromEntries(
  REQUESTS.map((r) => [r, { answered: featureIndex(`request:${r}:answered`), ignored: featureIndex(`request:${r}:ignored`) }]),
) as Record<(typeof REQUESTS)[number], { readonly answered: number; readonly ignored: number }>;
const P = REPLY_PATTERN_INDEX;
const U = Object.fromEntries(USER_SIGNAL_IDS.map((id, i) => [id, i])) as Record<UserSignalId, number>;
const C = Object.fromEntries(REPLY_CUES.map((cue, i) => [cue, i])) as Record<ReplyCue, number>;
const EMPTY = new Int32Array(USER_SIGNAL_IDS.length);

/**
 * Per hidden need, every feature index `extractFeatures` writes (ascending). Built from the same index tables
 * the extraction writes through, so a feature written there is listed here; a test checks that no other value
 * is ever non-zero.
 */
const WRITTEN = new Map<HiddenNeed, Int32Array>(
  HIDDEN_NEEDS.map((need) => {
    const n = NEED_INDEX.get(need)!;
    const indices = new Set<number>([
      ...REPLY_CUE_INDEX,
      ...n.cues,
      n.unmet,
      n.impatience,
      ...MOOD_FEATURE,
      ...Object.values(F),
      ...Object.values(REQUEST_FEATURE).flatMap((r) => [r.answered, r.ignored]),
      ...CHARACTER_FEATURE.values(),
    ]);
    return [need, Int32Array.from(indices).sort()];
  }),
);


/**
 * Turn a reply in its dialogue into the appraisal's feature vector. Pure: reads `state` and `reply` only.
 * `state.history` supplies the user's words (grounding, mood, requests, whether they have felt heard yet) and
 * the agent's earlier replies (repetition). Neither the emotion value nor earlier appraisals are read: the
 * user's words carry their mood, exactly as in a recorded dialogue, so replay and live play judge alike.
 */
export function extractFeatures(state: DialogueState, reply: string, lexicon: Lexicon, into?: Float64Array): ExtractedFeatures {
  // `into` lets a caller that consumes the vector at once (the appraisal) reuse one buffer.
  const v = into ? into.fill(0) : new Float64Array(FEATURES.length);
  const history = state.history;

  let lastUser: string | undefined;
  let previousUser: string | undefined;
  // Views of the agent's earlier replies, newest first: read here once for repetition, question streaks and
  // patience (each view is memoised, so this is a lookup per earlier reply, not a new analysis).
  const earlier: TextView[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i]!;
    if (m.role === 'user') {
      if (lastUser === undefined) lastUser = m.content;
      else if (previousUser === undefined) previousUser = m.content;
    } else if (m.role === 'assistant') {
      earlier.push(viewText(m.content, lexicon));
    }
  }
  const first = earlier.length === 0;

  const replyView = viewText(reply, lexicon);
  const r = replyCounts(replyView, lexicon);
  const surface: ReplyShape = { units: replyView.units, questions: replyView.questionMarks, markdown: markdownOf(replyView) };
  const replyTokens = replyView.content;
  const lastView = lastUser === undefined ? undefined : viewText(lastUser, lexicon);
  const previousView = previousUser === undefined ? undefined : viewText(previousUser, lexicon);
  const lastTokens = lastView?.content ?? NO_TOKENS;
  const previousTokens = previousView?.content ?? NO_TOKENS;
  // Overlaps through two hash sets, the reply's and the last message's: |R ∩ L| from L's tokens, then one pass
  // over the previous message P for |L ∩ P| and |(R ∩ P) \ L|, so that |R ∩ (L ∪ P)| needs no third set.
  const replySet = REPLY_SET.fill(replyTokens);
  const replyAndLast = replySet.countOf(lastTokens);
  let lastAndPrevious = 0;
  let replyAndPreviousOnly = 0;
  if (previousTokens.length > 0) {
    const lastSet = LAST_SET.fill(lastTokens);
    for (let i = 0; i < previousTokens.length; i++) {
      const token = previousTokens[i]!;
      if (lastSet.has(token)) lastAndPrevious++;
      else if (replySet.has(token)) replyAndPreviousOnly++;
    }
  }
  const sharedRecent = replyAndLast + replyAndPreviousOnly;
  const recentSize = lastTokens.length + previousTokens.length - lastAndPrevious;
  const coverage = sharedRecent / Math.max(6, recentSize);
  const copied = replyTokens.length === 0 ? 0 : replyAndLast / replyTokens.length;
  let similarity = 0;
  for (const view of earlier) {
    const s = view.text === reply ? 1 : jaccard(view.content, replySet);
    if (s > similarity) similarity = s;
  }
  const named = namedInReply(replyView, state.persona, lexicon);

  const u = lastView ? userCounts(lastView, lexicon) : EMPTY;
  const before = previousView ? userCounts(previousView, lexicon) : EMPTY;
  let pleasedNow = 0;
  let displeasedNow = 0;
  let pleasedBefore = 0;
  let displeasedBefore = 0;
  for (let k = 0; k < MOOD_SIGNALS.length; k++) {
    const now = u[MOOD_SIGNAL_POSITION[k]!]!;
    const earlier = before[MOOD_SIGNAL_POSITION[k]!]!;
    v[MOOD_FEATURE[k]!] = now;
    if (MOOD_IS_POSITIVE[k]) {
      pleasedNow += now;
      pleasedBefore += earlier;
    } else {
      displeasedNow += now;
      displeasedBefore += earlier;
    }
  }
  // The mood the user is in colours the judgement of the next reply, but it is one thing, however many ways
  // it was said: the signals of each polarity share at most MOOD_WEIGHT units, so momentum cannot outweigh
  // what the current reply does ("Thanks, that helps, I'll try it" is not three times as pleased).
  if (pleasedNow > MOOD_WEIGHT || displeasedNow > MOOD_WEIGHT) {
    const pleasedScale = pleasedNow > MOOD_WEIGHT ? MOOD_WEIGHT / pleasedNow : 1;
    const displeasedScale = displeasedNow > MOOD_WEIGHT ? MOOD_WEIGHT / displeasedNow : 1;
    for (let k = 0; k < MOOD_SIGNALS.length; k++) v[MOOD_FEATURE[k]!]! *= MOOD_IS_POSITIVE[k] ? pleasedScale : displeasedScale;
  }
  if (previousView) {
    v[F.moodBeforePleased] = Math.min(2, pleasedBefore);
    v[F.moodBeforeDispleased] = Math.min(2, displeasedBefore);
  }

  const reflects = Math.min(2, r[P['feeling-frame']]! + 0.5 * Math.min(2, r[P['feeling-word']]!));
  const advice = Math.min(3, r[P.advice]!);
  const openQuestions = Math.min(2, r[P['open-interrogative']]!);
  // Motives read with pronouns (the lexicon) or by a person's name (the persona's own people).
  const motives = Math.min(2, r[P.motive]! + namedMotives(replyView, state.persona, lexicon));
  const lengthScore = Math.log1p(surface.units / lexicon.lengthScale);
  // Cue strengths by position in REPLY_CUES (named at the end of each line; the type checks the count).
  const cue: CueStrengths = [
    reflects, // reflects-feelings
    Math.min(2, r[P.validation]!), // validates
    Math.min(1, r[P.agreement]!), // agrees
    Math.min(1, coverage / FULL_GROUNDING), // grounded
    Math.min(2, named.length), // names-people
    openQuestions, // open-question
    Math.min(3, Math.max(0, surface.questions - 2)), // interrogation
    motives, // others-motives
    Math.min(2, r[P.balance]!), // balanced-analysis
    advice, // concrete-advice
    Math.min(1, r[P.script]!), // offers-words
    Math.min(2, r[P.praise]!), // specific-praise
    Math.min(2, r[P['reflection-prompt']]!), // guides-reflection
    Math.min(2, r[P.presence]!), // presence
    Math.min(1, r[P['shared-joy']]!), // shared-joy
    Math.min(2, r[P.encouragement]!), // encouragement
    Math.min(3, r[P['generic-comfort']]!), // generic-comfort
    Math.min(2, r[P.lecture]!), // lecturing
    Math.min(2, Math.max(0, r[P.dismissal]! - r[P['negated-dismissal']]!)), // dismissing
    Math.min(1, r[P.referral]!), // referral
    Math.min(1, r[P.apology]!), // apology
    Math.min(2, r[P.deferral]!), // deferral
    Math.min(2, (surface.markdown.bold + 2 * surface.markdown.headers) / 4), // markdown
    Math.min(3, surface.markdown.listItems / 3), // list
    lengthScore, // length
    Math.min(2, Math.max(0, surface.units - lexicon.wallOfText) / lexicon.wallOfText), // wall-of-text
    Math.max(0, (similarity - REPETITION_FLOOR) / (1 - REPETITION_FLOOR)), // repetition
    replyTokens.length >= 3 ? Math.max(0, (copied - PARROT_FLOOR) / (1 - PARROT_FLOOR)) : 0, // parroting
    // Off-topic: nothing of the user's words, people, feelings, not even addressed to them, and no reading of
    // the other people or the two sides ("He might have been under pressure" is about the story).
    replyTokens.length >= 4 && sharedRecent === 0 && named.length === 0 && r[P['feeling-word']]! === 0 && r[P['feeling-frame']]! === 0 && r[P['second-person']]! === 0 && motives === 0 && r[P.balance]! === 0 ? 1 : 0, // off-topic
    questionStreak(replyView, earlier, lexicon), // question-streak
    // Advice is premature when the user has not shown, in their last two messages, that they felt heard, has
    // not asked for it, and the reply does not acknowledge their feelings first.
    advice > 0 && reflects < 1 && pleasedNow + pleasedBefore === 0 && u[U['asks-concrete']] === 0 ? Math.min(2, advice) : 0, // premature-advice
    // The first reply is a first impression: the user has only just started their story.
    first ? 1 : 0, // first-reply
    first ? lengthScore : 0, // first-reply-length
    first ? openQuestions : 0, // first-reply-question
  ];
  for (let k = 0; k < cue.length; k++) v[REPLY_CUE_INDEX[k]!] = cue[k]!;

  const need = NEED_INDEX.get(state.persona.hiddenNeed)!;
  for (let k = 0; k < NEED_CUE_POSITIONS.length; k++) v[need.cues[k]!] = cue[NEED_CUE_POSITIONS[k]!]!;
  let met = 0;
  for (const position of need.satisfiers) met += cue[position]!;
  let streak = 0;
  if (met === 0) {
    v[need.unmet] = 1;
    // Missing again after earlier misses: patience wears thin.
    streak = missStreak(earlier, state.persona, lexicon);
    v[need.impatience] = streak;
  }

  request(v, 'concrete', u[U['asks-concrete']]!, advice + cue[C['offers-words']]!);
  request(v, 'why', u[U['asks-why']]!, cue[C['others-motives']]!);
  request(v, 'understanding', u[U['asks-understanding']]!, reflects + cue[C.presence]!);
  request(v, 'recognition', u[U['asks-recognition']]!, cue[C['specific-praise']]!);
  request(v, 'fault', u[U['asks-fault']]!, cue[C.validates]! + cue[C.agrees]!);
  request(v, 'reflection', u[U['asks-reflection']]!, cue[C['guides-reflection']]!);
  request(v, 'balance', u[U['asks-balance']]!, cue[C['balanced-analysis']]!);
  if (u[U['too-generic']]! > 0 || u[U['not-what-i-need']]! > 0) v[F.genericRepeated] = Math.min(3, cue[C.list]! + cue[C.markdown]! + cue[C['generic-comfort']]!);
  if (u[U['already-tried']]! > 0) v[F.triedRepeated] = Math.min(2, advice);

  v[CHARACTER_FEATURE.get(state.persona.characterType)!] = 1;
  v[F.baseline] = 1;
  return { values: v, surface, replyCounts: r, userSignals: u, similarity, coverage, copied, named, missStreak: streak, written: WRITTEN.get(state.persona.hiddenNeed)! };
}


/** One strength per reply cue, in the order of REPLY_CUES. */
type NumbersFor<T extends readonly unknown[]> = { readonly [K in keyof T]: number };
type CueStrengths = NumbersFor<typeof REPLY_CUES>;

const NO_TOKENS: readonly number[] = [];
// Overlap sets of one appraisal (scratch: extraction is synchronous).
const REPLY_SET = new TokenSet();
const LAST_SET = new TokenSet();

/** Record whether a request in the user's message was answered (strength of the answering cue) or ignored. */
function request(v: Float64Array, what: (typeof REQUESTS)[number], asked: number, given: number): void {
  if (asked <= 0) return;
  const f = REQUEST_FEATURE[what];
  if (given > 0) v[f.answered] = Math.min(2, given);
  else v[f.ignored] = 1;
}

/** How many replies in a row (before this one) were only questions, when this one is too (0-2). */
function questionStreak(reply: TextView, earlierNewestFirst: readonly TextView[], lexicon: Lexicon): number {
  if (!isQuestionOnly(reply, lexicon)) return 0;
  let streak = 0;
  for (const earlier of earlierNewestFirst) {
    if (streak >= 2 || !isQuestionOnly(earlier, lexicon)) break;
    streak++;
  }
  return streak;
}
