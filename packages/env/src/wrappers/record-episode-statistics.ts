import { Wrapper, type Env, type Info, type ResetArgs, type ResetResult, type StepResult } from '../core/env';

/** Statistics of one finished episode (Gymnasium's `info["episode"]`). */
export interface EpisodeStatistics {
  /** Undiscounted return. */
  readonly r: number;
  /** Length in steps. */
  readonly l: number;
  /** Wall time of the episode in seconds. */
  readonly t: number;
}

/** Info added by {@link RecordEpisodeStatistics} on the last step of an episode. */
export type EpisodeStatisticsInfo = { episode?: EpisodeStatistics };

/**
 * Adds `info.episode = { r, l, t }` on the step that ends an episode and keeps the last `bufferLength`
 * returns and lengths (Gymnasium's `RecordEpisodeStatistics`).
 */
export class RecordEpisodeStatistics<O, A, I extends Info = Info> extends Wrapper<O, A, I & EpisodeStatisticsInfo, I> {
  /** Returns of the most recent finished episodes, oldest first. */
  readonly returnQueue: number[] = [];
  /** Lengths of the most recent finished episodes, oldest first. */
  readonly lengthQueue: number[] = [];
  /** Wall times (seconds) of the most recent finished episodes, oldest first. */
  readonly timeQueue: number[] = [];
  private episodeReturn = 0;
  private episodeLength = 0;
  private startedAt = 0;

  constructor(
    env: Env<O, A, I>,
    readonly bufferLength = 100,
  ) {
    super(env);
  }

  override async reset(args?: ResetArgs): Promise<ResetResult<O, I & EpisodeStatisticsInfo>> {
    const result = await this.env.reset(args);
    this.episodeReturn = 0;
    this.episodeLength = 0;
    this.startedAt = performance.now();
    return result;
  }

  override async step(action: A): Promise<StepResult<O, I & EpisodeStatisticsInfo>> {
    const [observation, reward, terminated, truncated, info] = await this.env.step(action);
    this.episodeReturn += reward;
    this.episodeLength += 1;
    if (!(terminated || truncated)) return [observation, reward, terminated, truncated, info];
    const episode: EpisodeStatistics = {
      r: this.episodeReturn,
      l: this.episodeLength,
      t: Math.round(performance.now() - this.startedAt) / 1000,
    };
    push(this.returnQueue, episode.r, this.bufferLength);
    push(this.lengthQueue, episode.l, this.bufferLength);
    push(this.timeQueue, episode.t, this.bufferLength);
    return [observation, reward, terminated, truncated, { ...info, episode }];
  }
}

function push(queue: number[], value: number, limit: number): void {
  queue.push(value);
  if (queue.length > limit) queue.shift();
}
