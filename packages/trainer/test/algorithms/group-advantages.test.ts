import { groupAdvantages } from '../../src/algorithms/group-advantages';

describe('groupAdvantages', () => {
  it('normalises each group by its own mean and unbiased standard deviation', () => {
    // group 7: returns 1, 2, 3 -> mean 2, sample std 1; group 3: 0.5, 0.5 -> all equal.
    const adv = groupAdvantages([1, 0.5, 2, 0.5, 3], [7, 3, 7, 3, 7], 0);
    expect(Array.from(adv)).toEqual([-1, 0, 0, 0, 1]);
  });

  it('adds eps to the standard deviation', () => {
    // returns 0 and 1: mean 0.5, sample std sqrt(0.5)
    const adv = groupAdvantages([0, 1], [1, 1], 0.1);
    const expected = 0.5 / (Math.SQRT1_2 + 0.1);
    expect(adv[0]).toBeCloseTo(-expected, 6);
    expect(adv[1]).toBeCloseTo(expected, 6);
  });

  it('refuses a group of one episode', () => {
    expect(() => groupAdvantages([1, 2, 3], [0, 0, 1], 1e-4)).toThrow(/group 1 has 1 episode/);
  });
});
