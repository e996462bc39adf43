import {
  CALIBRATED_WEIGHTS,
  DESIGN_BOUNDS,
  DESIGN_PRIOR,
  DESIGN_WEIGHTS,
  FEATURES,
  InvalidOptionError,
  Rng,
  RuleSimulator,
  averageRanks,
  compileWeights,
  fitWeights,
  pearson,
  signAgreement,
  spearman,
  type CalibrationSample,
} from '@rlver/env';
import { dialogue, persona, stateFor } from './support';

const index = (name: string): number => FEATURES.findIndex((f) => f.name === name);

describe('agreement statistics', () => {
  it('computes Pearson, Spearman with tied ranks, and sign agreement', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(spearman([1, 2, 2, 3], [10, 20, 30, 40])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
    expect(spearman([68.2, 54.8, 31.8, 19.1], [66, 60, 41, 21])).toBeCloseTo(1, 12);
    expect(signAgreement([5, -5, 10, -10], [5, 5, -5, -10])).toBe(0.5);
    expect(signAgreement([], [])).toBeNaN();
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
  });
});

describe('fitWeights', () => {
  // Synthetic judge: a few features with known weights, the rest absent.
  const used = ['concrete-advice', 'generic-comfort', 'mood:thanks', 'reflects-feelings', 'baseline'];
  const truth: Record<string, number> = { 'concrete-advice': 1.2, 'generic-comfort': -2, 'mood:thanks': 1.5, 'reflects-feelings': 0.8, baseline: 0.5 };
  function samples(seed: number, target: (x: Float64Array) => number): CalibrationSample[] {
    const rng = new Rng(seed);
    return Array.from({ length: 400 }, () => {
      const values = new Float64Array(FEATURES.length);
      for (const name of used) values[index(name)] = name === 'baseline' ? 1 : rng.int(3);
      return { values, target: target(values) };
    });
  }
  const linear = (x: Float64Array): number => used.reduce((s, n) => s + truth[n]! * x[index(n)]!, 0);

  it('recovers the weights of a linear judge and leaves unseen features at the prior', () => {
    const fit = fitWeights(samples(1, linear), { ridge: 1e-9 });
    for (const name of used) expect(fit.weights[name]).toBeCloseTo(truth[name]!, 3);
    expect(fit.weights['wall-of-text']).toBe(DESIGN_PRIOR['wall-of-text']);
    expect(fit.weights['specific-praise|specific-praise']).toBe(DESIGN_PRIOR['specific-praise|specific-praise']);
  });

  it('keeps every weight inside its design bounds, even when the data pull it out', () => {
    // A judge that rewards generic comfort: the bound (it never helps) holds.
    const perverse = (x: Float64Array): number => 3 * x[index('generic-comfort')]! + x[index('concrete-advice')]!;
    const fit = fitWeights(samples(2, perverse), { ridge: 1e-9 });
    expect(fit.weights['generic-comfort']).toBe(DESIGN_BOUNDS['generic-comfort']![1]);
    for (const f of FEATURES) {
      const [lo, hi] = DESIGN_BOUNDS[f.name]!;
      expect(fit.weights[f.name]).toBeGreaterThanOrEqual(lo);
      expect(fit.weights[f.name]).toBeLessThanOrEqual(hi);
    }
  });

  it('pulls weights towards the prior as the ridge grows', () => {
    const data = samples(3, linear);
    const loose = fitWeights(data, { ridge: 1e-9 });
    const tight = fitWeights(data, { ridge: 100 });
    const distance = (w: Record<string, number>): number => used.filter((n) => n !== 'baseline').reduce((s, n) => s + Math.abs(w[n]! - DESIGN_PRIOR[n]!), 0);
    expect(distance(tight.weights)).toBeLessThan(distance(loose.weights));
  });

  it('is deterministic, picks a threshold from the candidates, and rejects bad input', () => {
    const data = samples(4, (x) => 2 * linear(x));
    const a = fitWeights(data, { thresholds: [4, 5, 6] });
    expect(fitWeights(data, { thresholds: [4, 5, 6] })).toEqual(a);
    expect([4, 5, 6]).toContain(a.strongThreshold);
    expect(() => fitWeights([])).toThrow(InvalidOptionError);
    expect(() => fitWeights(data, { ridge: -1 })).toThrow(/ridge/);
    expect(() => fitWeights([{ values: new Float64Array(3), target: 5 }])).toThrow(/samples\[\]\.values/);
  });
});

describe('appraisal weights', () => {
  it('the committed calibration has a weight for every feature, inside the design bounds, with its provenance', () => {
    expect(Object.keys(CALIBRATED_WEIGHTS.weights).sort()).toEqual(FEATURES.map((f) => f.name).sort());
    for (const f of FEATURES) {
      const w = CALIBRATED_WEIGHTS.weights[f.name]!;
      const [lo, hi] = DESIGN_BOUNDS[f.name]!;
      expect(w).toBeGreaterThanOrEqual(lo);
      expect(w).toBeLessThanOrEqual(hi);
    }
    expect(CALIBRATED_WEIGHTS.provenance.command).toMatch(/calibrate-main/);
    expect(CALIBRATED_WEIGHTS.provenance.files.length).toBeGreaterThan(0);
    expect(() => compileWeights(CALIBRATED_WEIGHTS)).not.toThrow();
  });

  it('the design prior is inside its own bounds', () => {
    for (const f of FEATURES) {
      const [lo, hi] = DESIGN_BOUNDS[f.name]!;
      expect(DESIGN_PRIOR[f.name]).toBeGreaterThanOrEqual(lo);
      expect(DESIGN_PRIOR[f.name]).toBeLessThanOrEqual(hi);
    }
  });

  it('rejects weights with unknown, missing or non-finite entries, or a bad threshold, naming the field', () => {
    expect(() => compileWeights({ weights: { ...DESIGN_PRIOR, bogus: 1 }, strongThreshold: 5 })).toThrow(/weights\.bogus/);
    const { baseline: _b, ...missing } = DESIGN_PRIOR;
    void _b;
    expect(() => compileWeights({ weights: missing, strongThreshold: 5 })).toThrow(/weights\.baseline/);
    expect(() => compileWeights({ weights: { ...DESIGN_PRIOR, list: Number.NaN }, strongThreshold: 5 })).toThrow(/weights\.list.*finite/);
    expect(() => compileWeights({ weights: DESIGN_PRIOR, strongThreshold: 0 })).toThrow(/strongThreshold/);
  });

  it('the rule simulator uses the weights it is given', async () => {
    const p = persona('en', 'practical-advice');
    const state = stateFor(p, { history: dialogue(p, ['I hear you.', 'What should I do?']) });
    const reply = "You could try writing down what you did, and I'd suggest asking him for a one-on-one.";
    const design = await new RuleSimulator({ weights: DESIGN_WEIGHTS }).appraise(state, reply);
    const calibrated = await new RuleSimulator().appraise(state, reply);
    expect(design.proposedChange).not.toBeCloseTo(calibrated.proposedChange as number, 6);
    const allGeneric = { weights: { ...DESIGN_PRIOR, 'concrete-advice': 100 }, strongThreshold: 5 };
    expect((await new RuleSimulator({ weights: allGeneric }).appraise(state, reply)).change).toBe(10);
    expect(() => new RuleSimulator({ weights: { weights: {}, strongThreshold: 5 } })).toThrow(InvalidOptionError);
  });
});
