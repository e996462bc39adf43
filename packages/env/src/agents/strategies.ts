import { InvalidOptionError } from '../core/errors';
import type { HiddenNeed } from '../personas/types';

/**
 * The response strategies a listener can use in one turn. A trainer's policy chooses among them and
 * {@link realizeStrategy} turns the choice into a reply; the built-in agents use them too.
 */
export const STRATEGIES = [
  /** Name the feeling the user expressed, in their own words ("it sounds like you feel shut out..."). */
  'reflect-feelings',
  /** Say the reaction makes sense and the user is not wrong to feel it; take their side on the blame. */
  'validate',
  /** Ask one open question about the user's own experience, so that they keep talking. */
  'open-question',
  /** Offer possible reasons behind what the other people did, as hypotheses rather than verdicts. */
  'others-motives',
  /** Weigh both sides: what is fair in the user's view and what the other side may see, without a verdict. */
  'balanced-analysis',
  /** One concrete, small, doable next step tied to the user's situation (not a list of generic tips). */
  'practical-suggestion',
  /** Praise something specific the user did or tried, named in their own words. */
  'specific-praise',
  /** Help the user look at their own part and what they could learn, with a gentle question. */
  'guide-reflection',
  /** Stay with the user: presence and patience, no agenda ("I'm here, take your time"). */
  'share-support',
] as const;

/** One of {@link STRATEGIES}. */
export type Strategy = (typeof STRATEGIES)[number];

/** True when `value` is one of the {@link STRATEGIES} ids. */
export function isStrategy(value: unknown): value is Strategy {
  return typeof value === 'string' && (STRATEGIES as readonly string[]).includes(value);
}

/** `value` as a {@link Strategy}, or an {@link InvalidOptionError} naming the option and the valid ids. */
export function parseStrategy(value: unknown, option = 'strategy'): Strategy {
  if (isStrategy(value)) return value;
  throw new InvalidOptionError(option, value, `one of ${STRATEGIES.join(', ')}`);
}

/**
 * The strategy that best meets each hidden need: what a good listener leans on once they have understood
 * what the user wants. Used by the need-aware agent (after inferring the need from the user's words); the
 * simulated users never read it.
 *
 * Two needs have no strategy of their own and map to the nearest one:
 * - `deep-empathy` wants the feeling named precisely rather than soothed, so reflecting feelings;
 * - `attentive-listening` wants room to vent without being steered, so plain supportive presence.
 */
export const STRATEGY_FOR_NEED: Readonly<Record<HiddenNeed, Strategy>> = {
  'blameless-validation': 'validate',
  'guided-reflection': 'guide-reflection',
  'balanced-analysis': 'balanced-analysis',
  'deep-empathy': 'reflect-feelings',
  'attentive-listening': 'share-support',
  'others-motives': 'others-motives',
  'practical-advice': 'practical-suggestion',
  'specific-praise': 'specific-praise',
};
