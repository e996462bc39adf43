import type { CharacterType, HiddenNeed } from '../../../../personas/types';
import type { ReactionKind } from '../reactions';

/** A trust band below success and above failure (S and F end the dialogue with a goodbye). */
export type MidBand = 'A' | 'B' | 'C';

/** A personality colour read from a persona's traits. */
export type TraitFlavor = 'angry' | 'anxious' | 'sad' | 'proud';

/**
 * Everything the voice can say in one language. Texts may hold slots filled per persona: `{other}` /
 * `{Other}` (the main other person), `{he}` `{him}` `{his}` `{He}` `{His}` / `{ta}` (their pronoun), and the
 * persona's hooks `{decision}` `{puzzle}` `{achievement}` `{doubt}` `{feeling}`, and `{topic}`.
 *
 * Mood words are chosen to agree with the appraisal's reading of the user's words: pleased reactions carry
 * thanks or agreement, displeased ones a complaint, and hints and requests name what the user wants in words
 * the appraisal's lexicon recognises ("what was he thinking", "具体点", "客观").
 */
export interface Phrasebook {
  /** Joins the parts of an utterance: ' ' in English, '' in Chinese. */
  readonly joiner: string;
  /** Reactions to the last reply, by what helped or hurt. */
  readonly reactions: Readonly<Record<ReactionKind, readonly string[]>>;
  /** Sharper openers a negative-type user puts before a complaint. */
  readonly sharpOpeners: readonly string[];
  /** Grudging openers a negative-type user puts before a thanks. */
  readonly grudgingOpeners: readonly string[];
  /** Hesitant openers of a passive-type user. */
  readonly hesitantOpeners: readonly string[];
  /** Deflecting tails of an avoidant-type user. */
  readonly deflections: readonly string[];
  /** Blaming lines of a negative-type user about the other person. */
  readonly blame: readonly string[];
  /** Lead-ins before a revelation (the user opens up). */
  readonly revealLeads: readonly string[];
  /** What each type says when asked something it does not yet trust the agent with. */
  readonly evasions: Readonly<Record<CharacterType, readonly string[]>>;
  /** Mood lines by character type and band. */
  readonly moods: Readonly<Record<CharacterType, Readonly<Record<MidBand, readonly string[]>>>>;
  /** Lines coloured by a trait. */
  readonly flavors: Readonly<Record<TraitFlavor, readonly string[]>>;
  /** Late in a dialogue that is going badly / well. */
  readonly lateLow: readonly string[];
  readonly lateHigh: readonly string[];
  /** Taking up what helped (the need was met). */
  readonly uptake: readonly string[];
  /** Hints at each need: `hooked` use the persona's hooks, `plain` work for any persona. */
  readonly hints: Readonly<Record<HiddenNeed, { readonly hooked: readonly string[]; readonly plain: readonly string[] }>>;
  /** Explicit requests when the need keeps being missed. */
  readonly requests: Readonly<Record<HiddenNeed, readonly string[]>>;
  /** Thanks and goodbye at emotion 100, by type. */
  readonly farewells: Readonly<Record<CharacterType, readonly string[]>>;
  /** Leaving at emotion below 10, by type. */
  readonly walkouts: Readonly<Record<CharacterType, readonly string[]>>;
  /** Openings for personas without a first message, by type; `{topic}` is the persona's topic. */
  readonly openings: Readonly<Record<CharacterType, readonly string[]>>;
  /**
   * Vaguer openings for when the topic reads like an analysis rather than something a person says ("…成为了
   * 主要冲突"): `withOther` name the main other person, `alone` name no one.
   */
  readonly vagueOpenings: Readonly<Record<CharacterType, { readonly withOther: readonly string[]; readonly alone: readonly string[] }>>;
}
