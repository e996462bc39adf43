import type { Language } from '../chat/messages';

/**
 * The eight hidden needs of RLVER/SAGE personas: what the user wants from the conversation without saying it.
 * The agent can only infer it from the user's words.
 */
export const HIDDEN_NEEDS = [
  /** Wants agreement that they bore no fault. */
  'blameless-validation',
  /** Wants guidance toward self-reflection and growth. */
  'guided-reflection',
  /** Wants a balanced (dialectical) analysis of the problem. */
  'balanced-analysis',
  /** Wants deep empathy rather than simple comfort. */
  'deep-empathy',
  /** Wants attentive listening while venting. */
  'attentive-listening',
  /** Wants to understand why the other people acted as they did. */
  'others-motives',
  /** Wants practical advice that really helps. */
  'practical-advice',
  /** Wants sincere praise for specific things they did. */
  'specific-praise',
] as const;

/** One of {@link HIDDEN_NEEDS}. */
export type HiddenNeed = (typeof HIDDEN_NEEDS)[number];

/** SAGE character types (`main_cha`): 负面型 negative, 被动型 passive, 回避型 avoidant. */
export const CHARACTER_TYPES = ['negative', 'passive', 'avoidant'] as const;

/** One of {@link CHARACTER_TYPES}. */
export type CharacterType = (typeof CHARACTER_TYPES)[number];

/** Where a persona came from. */
export type PersonaSource = 'generated' | 'sage' | 'rlver' | 'custom';

/** Another person in the user's story. */
export interface PersonaOther {
  /** Name or label as the user would say it ("Zhang Hao", "my manager"). */
  readonly name: string;
  /** Relation to the user ("ex-boyfriend", "manager"). */
  readonly relation: string;
  /** 'female' | 'male' when known (generated personas); lets a simulator use the right pronoun. */
  readonly gender?: string;
}

/**
 * Concrete story details a simulated user can allude to, so that hints at the hidden need sound like this
 * person's story rather than a formula. All first-person fragments in the persona's language, written to fit
 * after a lead-in ("I keep wondering …", "我一直想不通…"). Generated personas have them; loaded ones may not.
 */
export interface PersonaHooks {
  /** Something the user did and could be praised for ("stayed up three nights rebuilding the model"). */
  readonly achievement?: string;
  /** A choice the user faces soon ("whether to take it to the director before Friday's review"). */
  readonly decision?: string;
  /** What the user cannot understand about another person ("why Mark would present it as his own"). */
  readonly puzzle?: string;
  /** What the user half suspects they did wrong ("maybe I should have spoken up in the meeting"). */
  readonly doubt?: string;
  /** The feeling under it all, in the user's words ("like I'm invisible there"). */
  readonly feeling?: string;
}

/**
 * A simulated user's identity and story: one shape for every source (generated, SAGE test profiles, RLVER
 * training profiles, your own). Validated by {@link personaSchema}.
 */
export interface Persona {
  /** Unique id (SAGE/RLVER ids are UUIDs; generated ones are `gen-<lang>-<seed>`). */
  readonly id: string;
  readonly source: PersonaSource;
  /** The language the user speaks. */
  readonly language: Language;
  readonly name: string;
  readonly age?: number;
  readonly gender?: string;
  readonly occupation?: string;
  readonly characterType: CharacterType;
  /** Personality traits (SAGE's `cha_group`), e.g. ["angry", "selfish"]. */
  readonly traits: readonly string[];
  readonly hiddenNeed: HiddenNeed;
  /** The source's own wording of the hidden need (SAGE's `task`), when there is one. */
  readonly hiddenNeedText?: string;
  /** Situation family for generated personas (e.g. "work-credit-stolen"). */
  readonly family?: string;
  /** One line: what the conversation is about. */
  readonly topic: string;
  /** The background event in a few sentences, as the user understands it. */
  readonly background: string;
  /** Other people involved. */
  readonly others: readonly PersonaOther[];
  /**
   * Facts the user reveals one by one as trust grows, in the order a person would share them (first the
   * surface facts, last the most private).
   */
  readonly revelations: readonly string[];
  /** Words specific to this situation; a reply that uses them is grounded in the user's story. */
  readonly keywords: readonly string[];
  /** The user's opening message (SAGE's `first_talk`); when absent the simulator writes one. */
  readonly firstMessage?: string;
  /** Story details the user can allude to (see {@link PersonaHooks}); optional, added for generated personas. */
  readonly hooks?: PersonaHooks;
  /** Free-text persona description (SAGE's `player`), when the source has one. */
  readonly profileText?: string;
  /** Free-text scene description (SAGE's `scene`), when the source has one. */
  readonly sceneText?: string;
}
