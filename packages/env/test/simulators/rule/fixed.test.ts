import { toFixed } from '../../../src/simulators/rule/appraisal/fixed';
import { Rng } from '@rlver/env';

describe('toFixed (the appraisal analysis formatter)', () => {
  const agrees = (x: number): void => {
    expect([toFixed(x, 1), toFixed(x, 2)]).toEqual([x.toFixed(1), x.toFixed(2)]);
  };

  it('formats like Number.prototype.toFixed at ties, signs, zeros and extremes', () => {
    for (const x of [0, -0, 0.05, -0.05, 0.25, -0.25, 0.35, 1.005, 1.015, -1.005, 0.045, 2.5, -2.5, 0.95, 9.95, -0.04, 99.95, 0.5, 1e-7, -1e-7, 123456.785, 1e9, -1e12, 1e21, 0.1 + 0.2, 5e-324, NaN, Infinity, -Infinity]) {
      agrees(x);
    }
  });

  it('formats like Number.prototype.toFixed on effects, raw scores and hundredths', () => {
    const rng = new Rng('fixed');
    const mismatches: string[] = [];
    const compare = (x: number): void => {
      for (const digits of [1, 2] as const) if (toFixed(x, digits) !== x.toFixed(digits)) mismatches.push(`${x} to ${digits}: ${toFixed(x, digits)}`);
    };
    for (let i = 0; i < 50_000; i++) {
      compare((rng.next() - 0.5) * 40);
      compare(Math.round((rng.next() - 0.5) * 4000) / 100);
      compare(Math.round((rng.next() - 0.5) * 400) / 20 + (rng.next() - 0.5) * 1e-12);
      compare((rng.next() - 0.5) * 1e7 * rng.next());
    }
    expect(mismatches).toEqual([]);
  });
});
