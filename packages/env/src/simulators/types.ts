import type { ChatMessage, Language } from '../chat/messages';
import type { HiddenNeed, Persona } from '../personas/types';

/** Vanilla users are forgiving and expressive; challenging users are reserved and strict. */
export type Difficulty = 'vanilla' | 'challenging';

/** All difficulties. */
export const DIFFICULTIES: readonly Difficulty[] = ['vanilla', 'challenging'];

/**
 * Everything a simulated user knows when it appraises or answers: an immutable snapshot owned by the env.
 * Simulators must not mutate it and must not keep hidden per-dialogue state: the env may retry a failed call
 * with the same snapshot, run many dialogues concurrently on one simulator, or replay a recorded dialogue.
 */
export interface DialogueState {
  readonly persona: Persona;
  readonly language: Language;
  readonly difficulty: Difficulty;
  /** Emotion before the reply being appraised (0-100 scale; may fall below 0 only transiently). */
  readonly emotion: number;
  readonly initialEmotion: number;
  /** Number of agent replies already appraised (0 when appraising the first reply). */
  readonly turn: number;
  /** The turn limit of the episode (number of agent replies). */
  readonly maxTurns: number;
  /**
   * The dialogue so far from the agent's side: `user` = the simulated user, `assistant` = the agent. Does not
   * include the reply being appraised.
   */
  readonly history: readonly ChatMessage[];
  /** Appraisals of the previous agent replies, oldest first (same length as `turn`). */
  readonly appraisals: readonly Appraisal[];
  /**
   * The episode seed. Simulators derive any randomness from (seed, turn, purpose) with `deriveSeed`, never from
   * shared generator state, so that retries and replays are exact.
   */
  readonly seed: number;
}

/** One reason behind an emotion change: a cue found in the reply (or its absence) and its effect. */
export interface EmotionReason {
  /** Machine-readable cue id, e.g. "reflects-feelings", "premature-advice", "repetition". */
  readonly cue: string;
  /** Signed contribution to the change (before the final rounding and clamping). */
  readonly effect: number;
  /** Human-readable explanation in the user's language or English. */
  readonly detail: string;
  /** The hidden need this reason was judged against, when it relates to one. */
  readonly need?: HiddenNeed;
}

/** The simulated user's judgement of one agent reply. */
export interface Appraisal {
  /** The emotion change actually applied: an integer in [-10, 10]. */
  readonly change: number;
  /** Why: the cues and their effects. */
  readonly reasons: readonly EmotionReason[];
  /** The change the simulator proposed before clamping, when it was outside [-10, 10] or not an integer. */
  readonly proposedChange?: number;
  /** True when `proposedChange` was clamped into range. */
  readonly clamped?: boolean;
  /** Free-text inner analysis (the LLM simulator's appraisal text; a summary for the rule simulator). */
  readonly analysis?: string;
  /** Raw model output, for audit (LLM simulators). */
  readonly raw?: string;
}

/** Something the simulated user says. */
export interface UserUtterance {
  readonly text: string;
  /** True when the user ends the conversation (says goodbye). */
  readonly goodbye: boolean;
  /** Raw model output, for audit (LLM simulators). */
  readonly raw?: string;
}

/** Per-call options. */
export interface SimulatorCallOptions {
  /** Aborts an in-flight call (e.g. an LLM request). */
  readonly signal?: AbortSignal;
}

/**
 * A simulated user: the environment and the judge of an empathetic dialogue. Two stages per turn, as in SAGE:
 * `appraise` judges the agent's reply (an emotion change with reasons), then `respond` answers in character
 * given that appraisal and the new emotion.
 *
 * Implementations must be stateless across calls (see {@link DialogueState}); throwing from any method leaves
 * the dialogue unchanged.
 */
export interface UserSimulator {
  /** Short name recorded in results, e.g. "rule" or "llm:deepseek-v3". */
  readonly name: string;
  /** The user's opening message. `state.history` is empty and `state.turn` is 0. */
  open(state: DialogueState, options?: SimulatorCallOptions): Promise<UserUtterance>;
  /** Judge the agent's `reply` to the dialogue in `state`. */
  appraise(state: DialogueState, reply: string, options?: SimulatorCallOptions): Promise<Appraisal>;
  /**
   * Answer the agent's `reply` in character. `emotionAfter` is the emotion after applying `appraisal.change`
   * (capped at 100).
   */
  respond(state: DialogueState, reply: string, appraisal: Appraisal, emotionAfter: number, options?: SimulatorCallOptions): Promise<UserUtterance>;
  /** Release resources. */
  close?(): Promise<void>;
}
