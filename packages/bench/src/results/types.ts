import type { Difficulty, EmotionReason, Language, Outcome, Persona } from '@rlver/env';

/**
 * The simulator's appraisal of the agent reply before a user turn, stored on that user turn as in SAGE result
 * files. SAGE's rows carry `change` and free-text analysis fields (`activity`, `TargetCompletion`, `content`,
 * `analyse`); this project's rows carry `change`, the `reasons` and, when the simulator gave one, `analyse`.
 */
export interface PlanningRecord {
  /** The emotion change the simulator gave the reply (an integer in [-10, 10]). */
  readonly change: number | string;
  /** Why (this project's simulators). */
  readonly reasons?: readonly EmotionReason[];
  /** The simulator's inner analysis text, when it produced one. */
  readonly analyse?: string;
  /** The change proposed before clamping, when it was clamped. */
  readonly proposedChange?: number;
  readonly clamped?: boolean;
  readonly [extra: string]: unknown;
}

/** One message of a result row's `history`. */
export interface HistoryMessage {
  readonly role: 'user' | 'assistant' | 'system';
  readonly content: string;
  /** On user turns: the emotion after this turn's appraisal (the initial emotion on the first user turn). */
  readonly 'emotion-point'?: number | string;
  /** On user turns after the first: the appraisal of the agent reply before it. */
  readonly planning?: PlanningRecord;
  /** On agent turns under think-then-say: the thought removed before the user saw the reply. */
  readonly think?: string;
  readonly [extra: string]: unknown;
}

/** Where a row's error came from. */
export type RowErrorSource = 'agent' | 'simulator';

/** Why a dialogue could not be finished. The row keeps the dialogue up to the failure. */
export interface RowError {
  readonly source: RowErrorSource;
  readonly message: string;
  /** Agent replies appraised before the failure. */
  readonly turn: number;
  /** True when the agent did not answer within the time limit. */
  readonly timeout?: boolean;
}

/**
 * A result row as read from a file: either this project's ({@link BenchResultRow}) or one of SAGE's published
 * rows. Only `id`, `emo_point` and `history` are required.
 */
export interface ResultRow {
  readonly id: string;
  /** The final emotion (SAGE writes it as a number; some files as a string of digits). */
  readonly emo_point: number | string;
  /** `Emotion-S`, `Emotion-A`, ... */
  readonly emo_state?: string;
  readonly history: readonly HistoryMessage[];
  /** SAGE profile fields: persona text, scene text, character type label, topic, hidden-need sentence. */
  readonly target?: string;
  readonly player?: string;
  readonly scene?: string;
  readonly character?: string;
  readonly topic?: string;
  readonly task?: string;
  /** This project's rows: the full persona, so a dialogue can be replayed from its row alone. */
  readonly persona?: Persona;
  /** 0-based repeat index (`--repeats`); absent means 0. */
  readonly repeat?: number;
  /** The episode seed given to the environment's `reset`. */
  readonly seed?: number;
  readonly outcome?: Outcome | 'error';
  /** Appraised agent replies. */
  readonly turns?: number;
  /** Present when the dialogue failed; such rows are not scored (see `scoreRows`). */
  readonly error?: RowError;
  readonly settings?: RunSettings;
  readonly [extra: string]: unknown;
}

/** A row written by `rlver-bench run`: every field present. */
export interface BenchResultRow extends ResultRow {
  readonly emo_point: number;
  readonly emo_state: string;
  readonly target: 'eq';
  readonly character: string;
  readonly topic: string;
  readonly task: string;
  readonly persona: Persona;
  readonly repeat: number;
  readonly seed: number;
  readonly outcome: Outcome | 'error';
  readonly turns: number;
  readonly settings: RunSettings;
}

/** The protocol numbers of a run. */
export interface ProtocolSettings {
  /** SAGE rounds, counting the user's preset first message. */
  readonly rounds: number;
  /** Appraised agent replies at most (`rounds - 1`): the environment's `maxTurns`. */
  readonly maxAgentReplies: number;
  readonly initialEmotion: number;
  /** Emotion that ends a dialogue in success (and the cap). */
  readonly successAt: number;
  /** Emotion below which a dialogue ends in failure. */
  readonly failureBelow: number;
  /** The per-turn change is clamped to [-maxChange, maxChange]. */
  readonly maxChange: number;
  /** Agent replies are cut to this many characters before the user reads them. */
  readonly maxReplyChars: number;
}

/**
 * Everything needed to reproduce a run, stored in every row. It holds nothing that differs between workers,
 * shards or machines of one run (no timestamps, paths or worker counts), so rows of one run are identical
 * however the run was split; resuming into a directory requires the same settings.
 */
export interface RunSettings {
  readonly env: string;
  readonly protocol: ProtocolSettings;
  readonly simulator: {
    readonly kind: string;
    /** The simulator's own name (e.g. "rule", "llm:deepseek-v3"). */
    readonly name: string;
    readonly difficulty: Difficulty;
    /** Public options (model, endpoint, sampling); never credentials. */
    readonly options?: Readonly<Record<string, unknown>>;
  };
  readonly agent: {
    /** The spec as given, e.g. "openai:gpt-4o", "builtin:need-aware". */
    readonly spec: string;
    readonly name: string;
    readonly thinkThenSay: boolean;
    readonly timeoutMs: number;
    /** Public options (model, endpoint); never credentials. */
    readonly options?: Readonly<Record<string, unknown>>;
  };
  readonly profiles: {
    /** "generated", or the profiles file's base name. */
    readonly source: string;
    readonly count: number;
    /** sha256 of the profiles file (file sources). */
    readonly sha256?: string;
    /** Generated profiles: their language and seed. */
    readonly language?: Language;
    readonly seed?: number;
  };
  /** The run seed: episode seeds are derived from (seed, profile id, repeat). */
  readonly seed: number;
  readonly repeats: number;
  /** Versions of the packages that produced the row. */
  readonly versions: Readonly<Record<string, string>>;
}
