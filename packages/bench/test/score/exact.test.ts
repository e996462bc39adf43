import { formatUnits, roundedMean, roundedMeanUnits } from '../../src/score/exact';
import { meanInterval, tQuantile975 } from '../../src/score/confidence';

describe('exact half-up rounding of means', () => {
  it('rounds the published ties up where floats would round down', () => {
    // 0.15 is stored as 0.1499999...: toFixed rounds that float down; the exact mean 15 / 100 rounds up.
    expect((15 / 100).toFixed(1)).toBe('0.1');
    expect(roundedMean(15, 100, 1)).toBe(0.2);
    expect((3015 / 100).toFixed(1)).toBe('30.1');
    expect(roundedMean(3015, 100, 1)).toBe(30.2);
    expect(roundedMean(6815, 100, 1)).toBe(68.2);
    expect(roundedMean(3325, 100, 1)).toBe(33.3);
    expect(roundedMean(3175, 100, 1)).toBe(31.8);
    expect(roundedMean(1910, 100, 1)).toBe(19.1);
  });

  it('rounds non-ties to the nearest and handles repeating fractions', () => {
    expect(roundedMeanUnits(2, 3, 1)).toBe(7); // 0.666.. -> 0.7
    expect(roundedMeanUnits(1, 3, 2)).toBe(33); // 0.333.. -> 0.33
    expect(roundedMeanUnits(1, 8, 2)).toBe(13); // 0.125 -> 0.13
    expect(roundedMeanUnits(-1, 8, 2)).toBe(-12); // -0.125: half up is toward +infinity
    expect(roundedMeanUnits(-6815, 100, 1)).toBe(-681);
  });

  it('rejects a zero count and non-integers', () => {
    expect(() => roundedMeanUnits(1, 0, 1)).toThrow(/count > 0/);
    expect(() => roundedMeanUnits(1.5, 2, 1)).toThrow(/safe integers/);
  });

  it('formats units exactly', () => {
    expect(formatUnits(682, 1)).toBe('68.2');
    expect(formatUnits(5, 1)).toBe('0.5');
    expect(formatUnits(-5, 2)).toBe('-0.05');
    expect(formatUnits(1000, 1)).toBe('100.0');
  });
});

describe('95% confidence intervals', () => {
  it('uses the t table for small samples and interpolates beyond', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(9)).toBeCloseTo(2.262, 3);
    expect(tQuantile975(99)).toBeCloseTo(1.984, 3);
    expect(tQuantile975(1e9)).toBeCloseTo(1.96, 3);
    expect(() => tQuantile975(0)).toThrow(RangeError);
  });

  it('computes mean +- t * s / sqrt(n)', () => {
    // samples 10, 20, 30: mean 20, s = 10, t(2) = 4.3027 -> half width 24.84
    expect(meanInterval([10, 20, 30])).toEqual({ mean: 20, low: -4.84, high: 44.84, n: 3 });
    expect(meanInterval([5])).toBeUndefined();
  });
});
