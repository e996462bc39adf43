import { computeGae } from '../../src/algorithms/gae';

describe('computeGae', () => {
  it('matches a hand computation on one env with an episode end in the middle', () => {
    // gamma 0.9, lambda 0.8; episode A = steps 0,1 (ends at 1); episode B = step 2, cut and bootstrapped.
    const { advantages, returns } = computeGae({
      numSteps: 3,
      numEnvs: 1,
      rewards: [0, 1, 0.5],
      values: [0.2, 0.4, 0.3],
      dones: [0, 1, 0],
      lastValues: [0.6],
      gamma: 0.9,
      lambda: 0.8,
    });
    // step 2: delta = 0.5 + 0.9*0.6 - 0.3 = 0.74, A = 0.74
    // step 1: delta = 1 - 0.4 = 0.6 (done: no bootstrap, no carry), A = 0.6
    // step 0: delta = 0 + 0.9*0.4 - 0.2 = 0.16, A = 0.16 + 0.72*0.6 = 0.592
    expect(Array.from(advantages)).toEqual([0.592, 0.6, 0.74].map(Math.fround));
    expect(returns[0]).toBeCloseTo(0.792, 6);
    expect(returns[1]).toBeCloseTo(1.0, 6);
    expect(returns[2]).toBeCloseTo(1.04, 6);
  });

  it('keeps envs apart in the [step * numEnvs + env] layout and zeroes autoreset steps', () => {
    // env 0: ends at step 0, step 1 is the autoreset step (invalid), step 2 starts a new episode.
    // env 1: one long unfinished episode.
    const { advantages } = computeGae({
      numSteps: 3,
      numEnvs: 2,
      rewards: [1, 0, 0, 0.5, 0, 0],
      values: [0.5, 0.1, 9, 0.1, 0.2, 0.1],
      dones: [1, 0, 0, 0, 0, 0],
      valid: [1, 1, 0, 1, 1, 1],
      lastValues: [0.3, 0.0],
      gamma: 1,
      lambda: 1,
    });
    // env 0 step 2: delta = 0 + 0.3 - 0.2 = 0.1; step 1 invalid -> 0; step 0: 1 - 0.5 = 0.5 (done).
    expect(advantages[0]).toBeCloseTo(0.5, 6);
    expect(advantages[2]).toBe(0);
    expect(advantages[4]).toBeCloseTo(0.1, 6);
    // env 1 with gamma = lambda = 1: A_t = sum of rewards from t + lastValue - V(s_t) = 0.5 - V(s_t).
    expect(advantages[1]).toBeCloseTo(0.4, 6);
    expect(advantages[3]).toBeCloseTo(0.4, 6);
    expect(advantages[5]).toBeCloseTo(-0.1, 6);
  });

  it('rejects arrays of the wrong length', () => {
    expect(() => computeGae({ numSteps: 2, numEnvs: 1, rewards: [0], values: [0, 0], dones: [0, 0], lastValues: [0], gamma: 1, lambda: 1 })).toThrow(/rewards has 1 entries, expected 2 x 1/);
  });
});
