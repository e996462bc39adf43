import { Box, Discrete, Env, type Info, type ResetArgs, type ResetResult, type StepResult } from '@rlver/env';

/**
 * A one-step contextual bandit written on the env package's `Env` base class: the observation is a one-hot
 * context out of `numContexts` (drawn from the reset seed), the reward 1 for the context's best action and 0
 * otherwise. The best action of context c is `(3c + 1) mod numActions`, so no single action is good.
 */
export class ContextualBandit extends Env<Float32Array, number, Info & { context: number }> {
  readonly observationSpace: Box;
  readonly actionSpace: Discrete;
  private context = 0;

  constructor(
    readonly numContexts = 4,
    readonly numActions = 5,
  ) {
    super();
    this.observationSpace = new Box(0, 1, [numContexts]);
    this.actionSpace = new Discrete(numActions);
  }

  /** The best action for a context. */
  bestAction(context: number): number {
    return (3 * context + 1) % this.numActions;
  }

  async reset(args: ResetArgs = {}): Promise<ResetResult<Float32Array, Info & { context: number }>> {
    this.seedRng(args.seed);
    this.context = this.rng.int(this.numContexts);
    return [this.observation(), { context: this.context }];
  }

  async step(action: number): Promise<StepResult<Float32Array, Info & { context: number }>> {
    const reward = action === this.bestAction(this.context) ? 1 : 0;
    return [this.observation(), reward, true, false, { context: this.context }];
  }

  private observation(): Float32Array {
    const obs = new Float32Array(this.numContexts);
    obs[this.context] = 1;
    return obs;
  }
}
