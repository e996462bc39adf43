/** Inputs of {@link computeGae}: per-step arrays in `[step * numEnvs + env]` layout. */
export interface GaeInputs {
  readonly numSteps: number;
  readonly numEnvs: number;
  /** Reward of the transition taken at each step. */
  readonly rewards: ArrayLike<number>;
  /** Critic value of the observation each step acted on. */
  readonly values: ArrayLike<number>;
  /**
   * 1 when the episode ended with this step's transition (terminated or truncated), else 0. A truncated
   * episode of the chat env has already been paid its final reward, so it is not bootstrapped.
   */
  readonly dones: ArrayLike<number>;
  /**
   * 0 for the steps that only reset a finished sub-environment (Gymnasium's next-step autoreset: the action is
   * ignored and no reward is earned); their advantage is 0 and they are left out of the losses. Default all 1.
   */
  readonly valid?: ArrayLike<number>;
  /** Critic value of the observation after the last step, per env (bootstrap for unfinished episodes). */
  readonly lastValues: ArrayLike<number>;
  readonly gamma: number;
  readonly lambda: number;
}

/**
 * Generalised advantage estimation (Schulman et al. 2016), as in CleanRL's PPO:
 * `delta_t = r_t + gamma * V(s_{t+1}) * (1 - done_t) - V(s_t)` and
 * `A_t = delta_t + gamma * lambda * (1 - done_t) * A_{t+1}`; the return target is `A_t + V(s_t)`.
 */
export function computeGae(inputs: GaeInputs): { advantages: Float32Array; returns: Float32Array } {
  const { numSteps, numEnvs, rewards, values, dones, valid, lastValues, gamma, lambda } = inputs;
  const size = numSteps * numEnvs;
  for (const [name, array] of [['rewards', rewards], ['values', values], ['dones', dones]] as const) {
    if (array.length !== size) throw new RangeError(`computeGae: ${name} has ${array.length} entries, expected ${numSteps} x ${numEnvs}`);
  }
  if (valid && valid.length !== size) throw new RangeError(`computeGae: valid has ${valid.length} entries, expected ${size}`);
  if (lastValues.length !== numEnvs) throw new RangeError(`computeGae: lastValues has ${lastValues.length} entries, expected ${numEnvs}`);
  const advantages = new Float32Array(size);
  const returns = new Float32Array(size);
  for (let env = 0; env < numEnvs; env++) {
    let nextAdvantage = 0;
    for (let t = numSteps - 1; t >= 0; t--) {
      const i = t * numEnvs + env;
      if (valid && !valid[i]) {
        // The step before a reset step ended its episode, so nothing flows through here.
        nextAdvantage = 0;
        continue;
      }
      const nextNonTerminal = 1 - dones[i]!;
      const nextValue = t === numSteps - 1 ? lastValues[env]! : values[i + numEnvs]!;
      const delta = rewards[i]! + gamma * nextValue * nextNonTerminal - values[i]!;
      nextAdvantage = delta + gamma * lambda * nextNonTerminal * nextAdvantage;
      advantages[i] = nextAdvantage;
      returns[i] = nextAdvantage + values[i]!;
    }
  }
  return { advantages, returns };
}
