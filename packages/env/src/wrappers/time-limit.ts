import { Wrapper, type Env, type Info, type ResetArgs, type ResetResult, type StepResult } from '../core/env';
import { InvalidOptionError } from '../core/errors';

/**
 * Truncates episodes after `maxEpisodeSteps` steps (Gymnasium's `TimeLimit`). A step that is both the last
 * allowed and terminal reports `terminated` (and `truncated`); the task outcome wins in `info`.
 */
export class TimeLimit<O, A, I extends Info = Info> extends Wrapper<O, A, I> {
  private elapsed = 0;

  constructor(
    env: Env<O, A, I>,
    readonly maxEpisodeSteps: number,
  ) {
    super(env);
    if (!Number.isInteger(maxEpisodeSteps) || maxEpisodeSteps <= 0) {
      throw new InvalidOptionError('maxEpisodeSteps', maxEpisodeSteps, 'a positive integer');
    }
  }

  override async reset(args?: ResetArgs): Promise<ResetResult<O, I>> {
    const result = await this.env.reset(args);
    this.elapsed = 0;
    return result;
  }

  override async step(action: A): Promise<StepResult<O, I>> {
    const [observation, reward, terminated, truncated, info] = await this.env.step(action);
    this.elapsed += 1;
    return [observation, reward, terminated, truncated || this.elapsed >= this.maxEpisodeSteps, info];
  }
}
