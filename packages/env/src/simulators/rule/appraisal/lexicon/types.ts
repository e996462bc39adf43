import type { Language } from '../../../../chat/messages';
import type { PhraseSet, Token } from './phrases';

/**
 * Patterns the appraisal counts in an agent's reply (see `phrases.ts` for the pattern language); the appraisal
 * counts each one's non-overlapping matches. The ids are the same in every language, so one set of weights
 * serves both.
 */
export const REPLY_PATTERN_IDS = [
  /** Feeling vocabulary ("hurt", "委屈"). */
  'feeling-word',
  /** A phrase that turns a feeling towards the user ("you must feel", "你一定很"). */
  'feeling-frame',
  /** Telling the user their reaction is legitimate / not their fault. */
  'validation',
  /** Agreeing with the user ("you're right", "你说得对"). */
  'agreement',
  /** Open interrogatives inside a question ("what", "how", "什么", "怎么"). */
  'open-interrogative',
  /** Reading other people's motives ("she may have felt", "他可能是因为"). */
  'motive',
  /** Weighing both sides ("on the other hand", "另一方面"). */
  'balance',
  /** Concrete suggestions ("you could try", "不妨"). */
  'advice',
  /** Offering words to say ("you could say: \"...\"", "跟他说：“"). */
  'script',
  /** Praise for something the user did ("that took courage", "你做得很好"). */
  'praise',
  /** Inviting self-reflection ("looking back", "你有没有想过"). */
  'reflection-prompt',
  /** Presence and imagery beyond a formula ("I can imagine", "那种…的感觉"). */
  'presence',
  /** Being glad with the user ("I'm so glad", "真为你高兴"). */
  'shared-joy',
  /** Encouragement and send-offs ("good luck", "加油"). */
  'encouragement',
  /** Boilerplate comfort that fits any story ("everything will be fine", "一切都会好起来的"). */
  'generic-comfort',
  /** Telling the user what they should do or be ("you should", "你应该"). */
  'lecture',
  /** Minimising the problem ("no big deal", "别想太多"). */
  'dismissal',
  /** Deflecting to professionals ("see a therapist", "寻求专业帮助"). */
  'referral',
  /** Apologies ("sorry", "抱歉"). */
  'apology',
  /** Putting help off until the user gives more details ("if you tell me more", "更有针对性"). */
  'deferral',
  /** Speaking to the user ("you", "你"); not a cue by itself, it tells an off-topic reply from one about the user. */
  'second-person',
  /**
   * Denying a dismissal ("you're not overreacting", "不是你想多了"): cancels the dismissal phrase it contains
   * (patterns cannot look behind, so "想多了" inside "不是你想多了" is counted, then taken back).
   */
  'negated-dismissal',
] as const;

/** One of {@link REPLY_PATTERN_IDS}. */
export type ReplyPatternId = (typeof REPLY_PATTERN_IDS)[number];

/** Position of each reply pattern in {@link REPLY_PATTERN_IDS} (= its slot in the reply counts). */
export const REPLY_PATTERN_INDEX = Object.fromEntries(REPLY_PATTERN_IDS.map((id, i) => [id, i])) as Readonly<Record<ReplyPatternId, number>>;

/** Mood signals: how the user took the previous reply. */
export const MOOD_SIGNAL_IDS = [
  'thanks',
  'agrees',
  'found-helpful',
  'will-try',
  'relief',
  'laughter',
  'uptake',
  'opens-up',
  'already-tried',
  'lukewarm',
  'still-not',
  'not-what-i-need',
  'too-generic',
  'useless',
  'not-understood',
  'exasperation',
] as const;

/** Requests: what the user wants next. */
export const REQUEST_SIGNAL_IDS = [
  'asks-concrete',
  'asks-why',
  'asks-understanding',
  'asks-recognition',
  'asks-fault',
  'asks-reflection',
  'asks-balance',
] as const;

/**
 * What the appraisal reads in the user's latest message: mood signals (how the user took the previous reply)
 * and requests (what the user just asked for). The rule simulator's voice must write hints and requests that
 * these patterns recognise (see `readUserSignals`).
 * Mood signals first, then requests.
 */
export const USER_SIGNAL_IDS = [...MOOD_SIGNAL_IDS, ...REQUEST_SIGNAL_IDS] as const;

/** One of {@link USER_SIGNAL_IDS}. */
export type UserSignalId = (typeof USER_SIGNAL_IDS)[number];

/** Language-specific knowledge of the appraisal: phrase patterns, tokens, stop words and length scales. */
export interface Lexicon {
  readonly language: Language;
  /** Reply patterns, compiled. */
  readonly reply: PhraseSet<ReplyPatternId>;
  /** User-signal patterns, compiled. */
  readonly user: PhraseSet<UserSignalId>;
  /** Split a text into the tokens patterns are written in. */
  readonly tokenize: (text: string) => Token[];
  /** Sentence ends (gaps in patterns do not cross them). */
  readonly isEnd: (token: Token) => boolean;
  /** Question marks. */
  readonly isQuestionMark: (token: Token) => boolean;
  /**
   * Length unit: English counts words, Chinese counts characters (about two characters per English word, so
   * a 60-word English reply weighs like a 120-character Chinese one).
   */
  readonly lengthUnit: 'words' | 'chars';
  /** A reply of this many units reads as comfortably sized; the length feature is log(1 + units / this). */
  readonly lengthScale: number;
  /** Beyond this many units a reply is a wall of text. */
  readonly wallOfText: number;
  /** Words (en) or character bigrams (zh) too common to show that a reply is grounded in the user's story. */
  readonly stopTokens: ReadonlySet<string>;
}
