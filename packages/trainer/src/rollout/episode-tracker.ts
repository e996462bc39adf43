import { infoAt, type BatchedInfos, type Info } from '@rlver/env';
import type { EpisodeRecord } from './types';

/**
 * Accumulates per-sub-env returns and lengths across vector steps and emits an {@link EpisodeRecord} when an
 * episode ends, reading the optional `outcome`, `emotion` and `language` of the last step's info.
 */
export class EpisodeTracker {
  private readonly returns: number[];
  private readonly lengths: number[];

  constructor(numEnvs: number) {
    this.returns = new Array<number>(numEnvs).fill(0);
    this.lengths = new Array<number>(numEnvs).fill(0);
  }

  /** Record one real (non-reset) step of sub-env `env`; returns the finished episode when it ended. */
  record(env: number, reward: number, done: boolean, infos: BatchedInfos<Info>): EpisodeRecord | undefined {
    this.returns[env]! += reward;
    this.lengths[env]! += 1;
    if (!done) return undefined;
    const info = infoAt(infos, env) as { outcome?: unknown; emotion?: unknown; language?: unknown };
    const episode: EpisodeRecord = {
      return: this.returns[env]!,
      length: this.lengths[env]!,
      ...(typeof info.outcome === 'string' && { outcome: info.outcome }),
      ...(typeof info.emotion === 'number' && { finalEmotion: info.emotion }),
      ...(typeof info.language === 'string' && { language: info.language }),
    };
    this.returns[env] = 0;
    this.lengths[env] = 0;
    return episode;
  }
}
