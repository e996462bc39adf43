import { Env, type Info, type ResetArgs, type ResetResult, type StepResult, type EnvMetadata } from '../core/env';
import { InvalidActionError, InvalidOptionError, RlverError, ResetNeededError, SimulatorError, UnknownPersonaError, describeValue } from '../core/errors';
import { deriveSeed } from '../core/rng';
import { Choice, Dict, Sequence, Text } from '../core/spaces';
import { generatePersona } from '../personas/generator';
import { loadPersonasSync } from '../personas/loaders';
import { validatePersona } from '../personas/schema';
import type { CharacterType, HiddenNeed, Persona } from '../personas/types';
import { EMOTION_FAILURE_BELOW, EMOTION_MAX, MAX_EMOTION_CHANGE, emotionBand, type EmotionBand } from '../simulators/bands';
import { createSimulator } from '../simulators/resolve';
import type { Appraisal, DialogueState, Difficulty, EmotionReason, UserSimulator, UserUtterance } from '../simulators/types';
import type { ChatMessage, Language } from './messages';
import { isSimulator, resolveChatOptions, type EmpatheticChatOptions, type ResolvedChatOptions } from './options';
import { renderTranscript } from './render';

/** How an episode ended. */
export type Outcome = 'success' | 'failure' | 'goodbye' | 'truncated';

/**
 * The `info` of `RLVER/EmpatheticChat-v0`: the privileged state (the user's emotion and hidden need are never
 * in the observation).
 */
export interface ChatInfo extends Info {
  /** Emotion after this step (after reset: the initial emotion). */
  emotion: number;
  /** SAGE band of `emotion`. */
  band: EmotionBand;
  /** Agent replies appraised so far. */
  turn: number;
  personaId: string;
  hiddenNeed: HiddenNeed;
  characterType: CharacterType;
  language: Language;
  difficulty: Difficulty;
  /** The episode seed given to the simulator. */
  episodeSeed: number;
  /** Applied emotion change of this step (after the cap at 100). Absent after reset. */
  change?: number;
  /** Why the emotion changed. Absent after reset. */
  reasons?: readonly EmotionReason[];
  /** The simulator's full appraisal (raw text, clamping). Absent after reset. */
  appraisal?: Appraisal;
  /** Set on the step that ends the episode. */
  outcome?: Outcome;
  /** True when the reply was longer than `maxReplyChars` and was cut. */
  replyTruncated?: boolean;
  /** The user's reply was a goodbye. */
  goodbye?: boolean;
}

/** Options of `reset` for this env. */
export interface ChatResetOptions {
  /** Play this persona (by id) from the loaded personas. */
  personaId?: string;
  /** Play this persona object (validated). */
  persona?: Persona;
}

/** The chat observation: the dialogue so far from the agent's side. */
export type ChatObservation = readonly ChatMessage[];

/**
 * The episode. `history` and `appraisals` are frozen arrays replaced (never mutated) on every step, so one array
 * serves as the observation, the simulator's snapshot and the next step's base without defensive copies.
 */
interface EpisodeState {
  persona: Persona;
  seed: number;
  emotion: number;
  turn: number;
  history: readonly ChatMessage[];
  appraisals: readonly Appraisal[];
  done: boolean;
}

/**
 * `RLVER/EmpatheticChat-v0`: an agent talks with a simulated user who has a persona, a background event and a
 * hidden need. After each reply the user appraises it (an integer emotion change in [-10, 10] with reasons) and
 * answers in character. The episode ends in success at emotion 100, in failure below 10, when the user says
 * goodbye, or is truncated after `maxTurns` replies. Reward (RLVER): `max(0, emotion) / 100` on the last step.
 *
 * Observation: the chat so far (`user` = simulated user, `assistant` = agent). Action: the agent's reply text.
 * A failed simulator call leaves the episode exactly as it was, so the same `step` can be retried.
 */
export class EmpatheticChatEnv extends Env<ChatObservation, string, ChatInfo> {
  readonly observationSpace: Sequence<{ role: 'user' | 'assistant' | 'system'; content: string }>;
  readonly actionSpace: Text;
  readonly options: ResolvedChatOptions;
  readonly simulator: UserSimulator;
  private readonly ownsSimulator: boolean;
  private readonly personaList: readonly Persona[] | undefined;
  private readonly personaById: ReadonlyMap<string, Persona> | undefined;
  private episode: EpisodeState | undefined;
  private busy = false;

  constructor(options: EmpatheticChatOptions = {}) {
    super();
    this.options = resolveChatOptions(options);
    this.renderMode = this.options.renderMode;
    const spec = this.options.simulator;
    this.ownsSimulator = !isSimulator(spec);
    this.simulator = isSimulator(spec) ? spec : createSimulator(spec, this.options.llm);
    this.personaList = loadPersonaOption(this.options.personas);
    this.personaById = this.personaList ? new Map(this.personaList.map((p) => [p.id, p])) : undefined;
    this.actionSpace = new Text({ maxLength: this.options.maxReplyChars, minLength: 0 });
    const message = new Dict({ role: new Choice(['user', 'assistant', 'system'] as const), content: new Text({ maxLength: 1_000_000 }) });
    this.observationSpace = new Sequence(message, 2 * this.options.maxTurns + 1);
  }

  override get metadata(): EnvMetadata {
    return { renderModes: ['ansi'] };
  }

  /** The loaded personas (undefined when personas are generated per episode). */
  get personas(): readonly Persona[] | undefined {
    return this.personaList;
  }

  /** The current episode's persona (privileged; for analysis, not for agents). */
  get persona(): Persona | undefined {
    return this.episode?.persona;
  }

  override async reset(args: ResetArgs = {}): Promise<ResetResult<ChatObservation, ChatInfo>> {
    this.guardBusy();
    const { seed, options = {} } = args;
    if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0)) throw new InvalidOptionError('seed', seed, 'a non-negative integer');
    this.seedRng(seed);
    const episodeSeed = this.rng.uint32();
    const persona = this.choosePersona(options as ChatResetOptions, episodeSeed);
    const fresh: EpisodeState = { persona, seed: episodeSeed, emotion: this.options.initialEmotion, turn: 0, history: EMPTY, appraisals: EMPTY, done: false };
    this.busy = true;
    let opening: UserUtterance;
    try {
      opening = await this.simulator.open(this.snapshot(fresh));
    } finally {
      this.busy = false;
    }
    checkUtterance(opening, 'open');
    fresh.history = Object.freeze([Object.freeze({ role: 'user', content: opening.text } as const)]);
    this.episode = fresh;
    return [this.observation(fresh), this.info(fresh)];
  }

  override async step(action: string): Promise<StepResult<ChatObservation, ChatInfo>> {
    this.guardBusy();
    if (typeof action !== 'string') throw new InvalidActionError(action, `a string reply of at most ${this.options.maxReplyChars} characters (longer ones are cut)`);
    const episode = this.episode;
    if (!episode) throw new ResetNeededError('not-reset');
    if (episode.done) throw new ResetNeededError('episode-ended');
    const replyTruncated = action.length > this.options.maxReplyChars;
    const reply = replyTruncated ? action.slice(0, this.options.maxReplyChars) : action;

    // Nothing of the episode changes until both simulator calls succeed: a failure here is retryable.
    const before = this.snapshot(episode);
    this.busy = true;
    let appraisal: Appraisal;
    let utterance: UserUtterance;
    let emotionAfter: number;
    try {
      appraisal = checkAppraisal(await this.simulator.appraise(before, reply));
      emotionAfter = Math.min(EMOTION_MAX, episode.emotion + appraisal.change);
      utterance = checkUtterance(await this.simulator.respond(before, reply, appraisal, emotionAfter), 'respond');
    } finally {
      this.busy = false;
    }

    const change = emotionAfter - episode.emotion;
    episode.history = Object.freeze([
      ...episode.history,
      Object.freeze({ role: 'assistant', content: reply } as const),
      Object.freeze({ role: 'user', content: utterance.text } as const),
    ]);
    episode.appraisals = Object.freeze([...episode.appraisals, appraisal]);
    episode.emotion = emotionAfter;
    episode.turn += 1;
    const outcome = outcomeOf(emotionAfter, utterance.goodbye, episode.turn, this.options.maxTurns);
    const terminated = outcome === 'success' || outcome === 'failure' || outcome === 'goodbye';
    const truncated = outcome === 'truncated';
    episode.done = terminated || truncated;
    const reward =
      this.options.reward === 'delta' ? change / 100 : episode.done ? Math.max(0, emotionAfter) / 100 : 0;
    const info = this.stepInfo(episode, change, appraisal);
    if (outcome) info.outcome = outcome;
    if (replyTruncated) info.replyTruncated = true;
    if (utterance.goodbye) info.goodbye = true;
    return [this.observation(episode), reward, terminated, truncated, info];
  }

  override render(): string | undefined {
    if (this.renderMode !== 'ansi' || !this.episode) return undefined;
    return renderTranscript(this.episode.persona, this.episode.history, this.episode.appraisals, this.options.initialEmotion);
  }

  override async close(): Promise<void> {
    if (this.ownsSimulator) await this.simulator.close?.();
  }

  private guardBusy(): void {
    if (this.busy) throw new RlverError('reset()/step() called while another call on this env is still running: await each call before the next');
  }

  private choosePersona(options: ChatResetOptions, episodeSeed: number): Persona {
    if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', options, 'an object of reset options');
    for (const key of Object.keys(options)) {
      if (key !== 'personaId' && key !== 'persona') throw new InvalidOptionError(`options.${key}`, (options as Record<string, unknown>)[key], 'a known reset option (personaId, persona)');
    }
    if (options.persona !== undefined) return validatePersona(options.persona, 'reset options.persona');
    if (options.personaId !== undefined) {
      if (typeof options.personaId !== 'string') throw new InvalidOptionError('options.personaId', options.personaId, 'a persona id string');
      const found = this.personaById?.get(options.personaId);
      if (!found) throw new UnknownPersonaError(options.personaId, this.personaList?.map((p) => p.id) ?? []);
      return found;
    }
    if (this.personaList) return this.personaList[deriveSeed(episodeSeed, 'persona') % this.personaList.length] as Persona;
    return generatePersona({ language: this.options.language, seed: deriveSeed(episodeSeed, 'persona') });
  }

  private snapshot(episode: EpisodeState): DialogueState {
    return {
      persona: episode.persona,
      language: episode.persona.language,
      difficulty: this.options.difficulty,
      emotion: episode.emotion,
      initialEmotion: this.options.initialEmotion,
      turn: episode.turn,
      maxTurns: this.options.maxTurns,
      history: episode.history,
      appraisals: episode.appraisals,
      seed: episode.seed,
    };
  }

  private observation(episode: EpisodeState): ChatObservation {
    return episode.history;
  }

  private info(episode: EpisodeState): ChatInfo {
    return {
      emotion: episode.emotion,
      band: emotionBand(episode.emotion),
      turn: episode.turn,
      personaId: episode.persona.id,
      hiddenNeed: episode.persona.hiddenNeed,
      characterType: episode.persona.characterType,
      language: episode.persona.language,
      difficulty: this.options.difficulty,
      episodeSeed: episode.seed,
    };
  }

  /**
   * The info of a step: the fields of {@link info} in the same order, then the change and its reasons. Written
   * out as one literal on purpose: `{ ...this.info(episode), change, ... }` costs about 7 us per step in V8
   * (a spread followed by more properties builds a new hidden class every time), as much as the rest of the
   * env's own work.
   */
  private stepInfo(episode: EpisodeState, change: number, appraisal: Appraisal): ChatInfo {
    return {
      emotion: episode.emotion,
      band: emotionBand(episode.emotion),
      turn: episode.turn,
      personaId: episode.persona.id,
      hiddenNeed: episode.persona.hiddenNeed,
      characterType: episode.persona.characterType,
      language: episode.persona.language,
      difficulty: this.options.difficulty,
      episodeSeed: episode.seed,
      change,
      reasons: appraisal.reasons,
      appraisal,
    };
  }
}

const EMPTY: readonly never[] = Object.freeze([]);

function loadPersonaOption(personas: ResolvedChatOptions['personas']): readonly Persona[] | undefined {
  if (personas === 'generated') return undefined;
  if (typeof personas === 'string') return loadPersonasSync(personas);
  return personas.map((p, i) => validatePersona(p, `personas[${i}]`));
}

function outcomeOf(emotion: number, goodbye: boolean, turn: number, maxTurns: number): Outcome | undefined {
  if (emotion >= EMOTION_MAX) return 'success';
  if (emotion < EMOTION_FAILURE_BELOW) return 'failure';
  if (goodbye) return 'goodbye';
  if (turn >= maxTurns) return 'truncated';
  return undefined;
}

function checkAppraisal(appraisal: Appraisal): Appraisal {
  const change = (appraisal as { change?: unknown } | undefined)?.change;
  if (typeof change !== 'number' || !Number.isInteger(change) || Math.abs(change) > MAX_EMOTION_CHANGE) {
    throw new SimulatorError(`simulator appraisal has change ${describeValue(change)}: expected an integer in [-10, 10]`);
  }
  if (!Array.isArray(appraisal.reasons)) throw new SimulatorError('simulator appraisal has no reasons array');
  return appraisal;
}

function checkUtterance(utterance: UserUtterance, stage: string): UserUtterance {
  if (typeof utterance?.text !== 'string' || typeof utterance.goodbye !== 'boolean') {
    throw new SimulatorError(`simulator ${stage}() returned ${describeValue(utterance)}: expected { text: string, goodbye: boolean }`);
  }
  return utterance;
}
