import { InvalidOptionError } from '../core/errors';
import { LANGUAGES, type Language } from './messages';
import type { Persona } from '../personas/types';
import { DIFFICULTIES, type Difficulty, type UserSimulator } from '../simulators/types';
import type { SimulatorSpec } from '../simulators/resolve';

/** Replies longer than this many UTF-16 code units are cut to it before the simulated user reads them. */
export const DEFAULT_MAX_REPLY_CHARS = 4000;

/** How reward is paid. */
export type RewardMode = 'terminal' | 'delta';

/** Options of `RLVER/EmpatheticChat-v0` (the kwargs of `make`). */
export interface EmpatheticChatOptions {
  /**
   * The simulated user: `"rule"` (default; offline, deterministic), `"llm"` (see `llm` options), or any
   * object implementing {@link UserSimulator}.
   */
  simulator?: SimulatorSpec | UserSimulator;
  /** `"vanilla"` (default): forgiving and expressive; `"challenging"`: reserved and strict. */
  difficulty?: Difficulty;
  /**
   * Language of generated personas (default `"en"`). Personas loaded from a file or given as an array speak
   * their own language.
   */
  language?: Language;
  /**
   * `"generated"` (default): a fresh seeded persona per episode; an array of personas; or the path of a JSONL
   * file of personas (this project's format, or SAGE / RLVER profiles).
   */
  personas?: 'generated' | readonly Persona[] | string;
  /** Episode length limit in agent replies (default 8, as RLVER trains). */
  maxTurns?: number;
  /** Emotion at the start of an episode (default 40, as SAGE and RLVER). */
  initialEmotion?: number;
  /**
   * `"terminal"` (default, RLVER): `max(0, emotion) / 100` on the last step, 0 before. `"delta"`: the applied
   * emotion change / 100 on every step (sums to (final - initial) / 100).
   */
  reward?: RewardMode;
  /** `"ansi"` makes `render()` return a text transcript. */
  renderMode?: 'ansi';
  /** Replies are cut to this many characters (default {@link DEFAULT_MAX_REPLY_CHARS}); `info.replyTruncated` says so. */
  maxReplyChars?: number;
  /** Options of the LLM simulator when `simulator` is `"llm"`. */
  llm?: Record<string, unknown>;
}

/** Options after defaults and validation. */
export interface ResolvedChatOptions {
  readonly simulator: SimulatorSpec | UserSimulator;
  readonly difficulty: Difficulty;
  readonly language: Language;
  readonly personas: 'generated' | readonly Persona[] | string;
  readonly maxTurns: number;
  readonly initialEmotion: number;
  readonly reward: RewardMode;
  readonly renderMode: 'ansi' | undefined;
  readonly maxReplyChars: number;
  readonly llm: Record<string, unknown> | undefined;
}

const KNOWN_OPTIONS = new Set(['simulator', 'difficulty', 'language', 'personas', 'maxTurns', 'initialEmotion', 'reward', 'renderMode', 'maxReplyChars', 'llm']);

/** Apply defaults and check every option; throws {@link InvalidOptionError} naming the first bad one. */
export function resolveChatOptions(options: EmpatheticChatOptions | Record<string, unknown>): ResolvedChatOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionError('options', options, 'an object');
  }
  const raw = options as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!KNOWN_OPTIONS.has(key)) throw new InvalidOptionError(key, raw[key], `a known option (${[...KNOWN_OPTIONS].join(', ')})`);
  }
  const simulator = raw.simulator ?? 'rule';
  if (typeof simulator === 'string') {
    if (simulator !== 'rule' && simulator !== 'llm') throw new InvalidOptionError('simulator', simulator, '"rule", "llm" or an object implementing UserSimulator');
  } else if (!isSimulator(simulator)) {
    throw new InvalidOptionError('simulator', simulator, '"rule", "llm" or an object with open(), appraise() and respond() methods');
  }
  const difficulty = raw.difficulty ?? 'vanilla';
  if (!DIFFICULTIES.includes(difficulty as Difficulty)) throw new InvalidOptionError('difficulty', difficulty, `one of ${DIFFICULTIES.map((d) => `"${d}"`).join(', ')}`);
  const language = raw.language ?? 'en';
  if (!LANGUAGES.includes(language as Language)) throw new InvalidOptionError('language', language, `one of ${LANGUAGES.map((l) => `"${l}"`).join(', ')}`);
  const personas = raw.personas ?? 'generated';
  if (!(typeof personas === 'string' && personas.length > 0) && !Array.isArray(personas)) {
    throw new InvalidOptionError('personas', personas, '"generated", an array of personas, or the path of a JSONL file');
  }
  if (Array.isArray(personas) && personas.length === 0) throw new InvalidOptionError('personas', personas, 'a non-empty array of personas');
  const maxTurns = raw.maxTurns ?? 8;
  if (!isIntIn(maxTurns, 1, 1000)) throw new InvalidOptionError('maxTurns', maxTurns, 'an integer from 1 to 1000');
  const initialEmotion = raw.initialEmotion ?? 40;
  if (!isIntIn(initialEmotion, 10, 99)) throw new InvalidOptionError('initialEmotion', initialEmotion, 'an integer from 10 to 99 (10 fails, 100 succeeds at once)');
  const reward = raw.reward ?? 'terminal';
  if (reward !== 'terminal' && reward !== 'delta') throw new InvalidOptionError('reward', reward, '"terminal" or "delta"');
  const renderMode = raw.renderMode;
  if (renderMode !== undefined && renderMode !== 'ansi') throw new InvalidOptionError('renderMode', renderMode, '"ansi" or undefined');
  const maxReplyChars = raw.maxReplyChars ?? DEFAULT_MAX_REPLY_CHARS;
  if (!isIntIn(maxReplyChars, 1, 1_000_000)) throw new InvalidOptionError('maxReplyChars', maxReplyChars, 'an integer from 1 to 1000000');
  const llm = raw.llm;
  if (llm !== undefined && (typeof llm !== 'object' || llm === null || Array.isArray(llm))) throw new InvalidOptionError('llm', llm, 'an object of LLM simulator options');
  return {
    simulator: simulator as SimulatorSpec | UserSimulator,
    difficulty: difficulty as Difficulty,
    language: language as Language,
    personas: personas as ResolvedChatOptions['personas'],
    maxTurns: maxTurns as number,
    initialEmotion: initialEmotion as number,
    reward: reward as RewardMode,
    renderMode: renderMode as 'ansi' | undefined,
    maxReplyChars: maxReplyChars as number,
    llm: llm as Record<string, unknown> | undefined,
  };
}

function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Whether a value implements the {@link UserSimulator} interface (structurally). */
export function isSimulator(value: unknown): value is UserSimulator {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.open === 'function' && typeof v.appraise === 'function' && typeof v.respond === 'function';
}
