import { Wrapper, type Info, type ResetArgs, type ResetResult, type StepResult } from '../core/env';
import { ResetNeededError } from '../core/errors';

/** Throws {@link ResetNeededError} on a `step` before the first `reset` (applied by `make` by default). */
export class OrderEnforcing<O, A, I extends Info = Info> extends Wrapper<O, A, I> {
  private hasReset = false;

  override async reset(args?: ResetArgs): Promise<ResetResult<O, I>> {
    const result = await this.env.reset(args);
    this.hasReset = true;
    return result;
  }

  override async step(action: A): Promise<StepResult<O, I>> {
    if (!this.hasReset) throw new ResetNeededError('not-reset');
    return this.env.step(action);
  }

  override render(): string | undefined {
    return this.hasReset ? this.env.render() : undefined;
  }
}
