import { Wrapper, type Env, type Info, type ResetArgs, type ResetResult, type StepResult } from '../core/env';
import { appendJsonl } from '../io/jsonl';
import type { ChatMessage } from '../chat/messages';

/** One line of a transcript file: a finished episode. */
export interface TranscriptRecord {
  /** 0-based index of the episode among those this recorder saw. */
  readonly episode: number;
  /** The seed given to `reset`, when there was one. */
  readonly seed: number | null;
  /** Undiscounted return. */
  readonly return: number;
  /** Steps taken. */
  readonly length: number;
  readonly terminated: boolean;
  readonly truncated: boolean;
  /** The info of `reset`. */
  readonly resetInfo: Info;
  /** Per step: the action as given, the reward and the info. */
  readonly steps: ReadonlyArray<{ readonly action: string; readonly reward: number; readonly info: Info }>;
  /** The whole dialogue at the end (the final observation). */
  readonly messages: readonly ChatMessage[];
  /** ISO time the episode ended. */
  readonly endedAt: string;
}

/**
 * Appends one JSON line per finished episode to a file: the dialogue, every step's action, reward and info
 * (emotion and its reasons for the chat env). Each line is written with a single append, so several recorders
 * (e.g. the sub-envs of a vector env) can share one file without interleaving. The write happens before `step`
 * returns the episode's last result, so a returned episode end is always on disk.
 */
export class TranscriptRecorder<I extends Info = Info> extends Wrapper<readonly ChatMessage[], string, I> {
  private episodeIndex = 0;
  private current: { seed: number | null; resetInfo: Info; steps: Array<{ action: string; reward: number; info: Info }>; total: number } | undefined;

  constructor(
    env: Env<readonly ChatMessage[], string, I>,
    readonly file: string,
  ) {
    super(env);
  }

  override async reset(args?: ResetArgs): Promise<ResetResult<readonly ChatMessage[], I>> {
    const result = await this.env.reset(args);
    this.current = { seed: args?.seed ?? null, resetInfo: result[1], steps: [], total: 0 };
    return result;
  }

  override async step(action: string): Promise<StepResult<readonly ChatMessage[], I>> {
    const result = await this.env.step(action);
    const [observation, reward, terminated, truncated, info] = result;
    if (!this.current) return result;
    this.current.steps.push({ action, reward, info });
    this.current.total += reward;
    if (terminated || truncated) {
      const record: TranscriptRecord = {
        episode: this.episodeIndex,
        seed: this.current.seed,
        return: this.current.total,
        length: this.current.steps.length,
        terminated,
        truncated,
        resetInfo: this.current.resetInfo,
        steps: this.current.steps,
        messages: observation,
        endedAt: new Date().toISOString(),
      };
      this.current = undefined;
      this.episodeIndex += 1;
      await appendJsonl(this.file, [record]);
    }
    return result;
  }
}
