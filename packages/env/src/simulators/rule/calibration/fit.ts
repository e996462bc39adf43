import { InvalidOptionError } from '../../../core/errors';
import { FEATURES, featureIndex } from '../appraisal/features';
import { DESIGN_BOUNDS, DESIGN_PRIOR, type WeightBounds } from '../appraisal/prior';
import { toJudgeStep } from '../appraisal/score';
import type { AppraisalWeights } from '../appraisal/weights';
import { pearson, signAgreement } from './agreement';

/**
 * Calibration of the rule simulator's appraisal against a judge's recorded changes.
 *
 * The model is linear in the appraisal's named features, so calibration is a bounded ridge regression:
 *
 *   minimise  mean((y - X w)^2) + ridge * sum_j (w_j - prior_j)^2   subject to  lower_j <= w_j <= upper_j
 *
 * The penalty pulls every weight towards the designed prior (not towards zero), so features the data says
 * little about keep their designed meaning; the bounds keep the design's promises (what hurts never helps,
 * meeting the hidden need always helps) whatever the data. The baseline (intercept) is not penalised.
 * Solved by cyclic coordinate descent on the Gram matrix: deterministic, exact to the tolerance, and fast at
 * this size (a few hundred features, thousands of samples). Then the judge's step threshold (±5 vs ±10) is
 * chosen on the same samples to maximise the Pearson correlation of the stepped changes.
 */

/** One calibration sample: a reply's feature vector and the judge's recorded change for it. */
export interface CalibrationSample {
  readonly values: Float64Array;
  readonly target: number;
}

/** Options of {@link fitWeights}. */
export interface FitOptions {
  /** Strength of the pull towards the prior, per sample (default {@link DEFAULT_RIDGE}). */
  readonly ridge?: number;
  /** Prior weights by feature name (default: the design prior). */
  readonly prior?: Readonly<Record<string, number>>;
  /** Bounds by feature name (default: the design bounds). */
  readonly bounds?: Readonly<Record<string, WeightBounds>>;
  /** Candidate step thresholds (default 3, 3.25, ..., 9). */
  readonly thresholds?: readonly number[];
  /** Coordinate-descent sweeps at most (default 500). */
  readonly maxSweeps?: number;
}

/** The ridge strength the committed calibration uses (chosen by leave-one-file-out cross-validation). */
export const DEFAULT_RIDGE = 0.01;

/** Result of {@link fitWeights}. */
export interface FitResult extends AppraisalWeights {
  /** Agreement of the stepped changes with the targets on the fitted samples. */
  readonly inSample: { readonly pearson: number; readonly signAgreement: number };
  /** Coordinate-descent sweeps used. */
  readonly sweeps: number;
}

const DEFAULT_THRESHOLDS = Array.from({ length: 25 }, (_, i) => 3 + i * 0.25);

/** Fit appraisal weights to recorded judge changes (see the module comment for the objective). */
export function fitWeights(samples: readonly CalibrationSample[], options: FitOptions = {}): FitResult {
  const n = samples.length;
  if (n === 0) throw new InvalidOptionError('samples', samples, 'at least one calibration sample');
  const ridge = options.ridge ?? DEFAULT_RIDGE;
  if (!(ridge >= 0 && Number.isFinite(ridge))) throw new InvalidOptionError('ridge', ridge, 'a finite number >= 0');
  const d = FEATURES.length;
  const prior = vectorOf(options.prior ?? DESIGN_PRIOR, 'prior');
  const lower = new Float64Array(d);
  const upper = new Float64Array(d);
  const bounds = options.bounds ?? DESIGN_BOUNDS;
  FEATURES.forEach((f, j) => {
    const b = bounds[f.name] ?? [-Infinity, Infinity];
    lower[j] = b[0];
    upper[j] = b[1];
  });

  // Normal equations of the mean squared error: G = X'X / n, b = X'y / n.
  const gram = new Float64Array(d * d);
  const xty = new Float64Array(d);
  const nonzero = new Int32Array(d);
  for (const s of samples) {
    if (s.values.length !== d) throw new InvalidOptionError('samples[].values', s.values.length, `a vector of ${d} features`);
    let k = 0;
    for (let j = 0; j < d; j++) if (s.values[j] !== 0) nonzero[k++] = j;
    for (let a = 0; a < k; a++) {
      const i = nonzero[a]!;
      const xi = s.values[i]!;
      xty[i]! += (xi * s.target) / n;
      for (let c = 0; c < k; c++) {
        const j = nonzero[c]!;
        gram[i * d + j]! += (xi * s.values[j]!) / n;
      }
    }
  }
  const penalty = new Float64Array(d).fill(ridge);
  const baseline = featureIndex('baseline');
  penalty[baseline] = 0;

  const w = new Float64Array(d);
  for (let j = 0; j < d; j++) w[j] = clamp(prior[j]!, lower[j]!, upper[j]!);
  const maxSweeps = options.maxSweeps ?? 500;
  let sweeps = 0;
  for (; sweeps < maxSweeps; ) {
    sweeps++;
    let largest = 0;
    for (let j = 0; j < d; j++) {
      const diag = gram[j * d + j]! + penalty[j]!;
      if (diag === 0) continue;
      let r = xty[j]! + penalty[j]! * prior[j]!;
      const row = j * d;
      for (let k = 0; k < d; k++) if (k !== j) r -= gram[row + k]! * w[k]!;
      const next = clamp(r / diag, lower[j]!, upper[j]!);
      largest = Math.max(largest, Math.abs(next - w[j]!));
      w[j] = next;
    }
    if (largest < 1e-9) break;
  }

  const raw = samples.map((s) => dot(s.values, w));
  const targets = samples.map((s) => s.target);
  let best = { threshold: 6, pearson: -Infinity };
  for (const t of options.thresholds ?? DEFAULT_THRESHOLDS) {
    const r = pearson(raw.map((x) => toJudgeStep(x, t)), targets);
    if (r > best.pearson + 1e-12) best = { threshold: t, pearson: r };
  }
  const stepped = raw.map((x) => toJudgeStep(x, best.threshold));
  const weights: Record<string, number> = {};
  FEATURES.forEach((f, j) => {
    weights[f.name] = round(w[j]!);
  });
  return {
    weights,
    strongThreshold: best.threshold,
    inSample: { pearson: round(pearson(stepped, targets)), signAgreement: round(signAgreement(targets, stepped)) },
    sweeps,
  };
}

function vectorOf(table: Readonly<Record<string, number>>, what: string): Float64Array {
  const v = new Float64Array(FEATURES.length);
  FEATURES.forEach((f, j) => {
    const x = table[f.name];
    if (x === undefined) throw new InvalidOptionError(`${what}.${f.name}`, x, 'a number for every feature');
    v[j] = x;
  });
  return v;
}

function dot(x: Float64Array, w: Float64Array): number {
  let s = 0;
  for (let j = 0; j < x.length; j++) if (x[j] !== 0) s += x[j]! * w[j]!;
  return s;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Weights are stored with 4 decimals: enough for the appraisal, stable in diffs. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
