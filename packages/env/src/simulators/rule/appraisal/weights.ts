import { InvalidOptionError } from '../../../core/errors';
import calibrated from './calibrated-weights.json';
import { FEATURES } from './features';
import { DESIGN_PRIOR } from './prior';

/** The numbers of the appraisal: one weight per feature and the judge's step threshold. */
export interface AppraisalWeights {
  /** Emotion points per unit of each feature (keys: `FEATURES[i].name`). */
  readonly weights: Readonly<Record<string, number>>;
  /**
   * The judge moves in coarse steps: a raw score whose magnitude reaches this threshold moves emotion by 10,
   * a smaller one by 5 (in the direction of its sign).
   */
  readonly strongThreshold: number;
}

/** How a calibration file was made (written by the calibration script next to the weights). */
export interface CalibrationProvenance {
  /** The command that regenerates the file. */
  readonly command: string;
  /** Recorded dialogue files the weights were fitted on (names only). */
  readonly files: readonly string[];
  /** Number of (reply, recorded change) pairs. */
  readonly pairs: number;
  /** Ridge strength that pulls weights towards the design prior. */
  readonly lambda: number;
  /** Agreement on the fitted data (in-sample; cross-validated figures come from `rlver-bench replay --cross-validate`). */
  readonly inSample: { readonly pearson: number; readonly signAgreement: number };
}

/** The calibration file committed next to the simulator. */
export interface CalibrationFile extends AppraisalWeights {
  readonly version: 1;
  readonly provenance: CalibrationProvenance;
}

/** Weights laid out as a vector in `FEATURES` order, ready for the hot path. */
export interface CompiledWeights {
  readonly vector: Float64Array;
  readonly strongThreshold: number;
}

/**
 * Check and lay out weights. Every feature must have a finite weight and no unknown name may appear: a stale
 * or hand-edited weights file fails here, naming the field, rather than silently scoring with zeros.
 */
export function compileWeights(weights: AppraisalWeights, source = 'appraisal weights'): CompiledWeights {
  const table = weights?.weights;
  if (typeof table !== 'object' || table === null) throw new InvalidOptionError(`${source}.weights`, table, 'an object of feature name -> number');
  const known = new Set(FEATURES.map((f) => f.name));
  for (const name of Object.keys(table)) {
    if (!known.has(name)) throw new InvalidOptionError(`${source}.weights.${name}`, table[name], `a known feature (e.g. ${FEATURES[0]!.name})`);
  }
  const vector = new Float64Array(FEATURES.length);
  FEATURES.forEach((f, i) => {
    const w = table[f.name];
    if (typeof w !== 'number' || !Number.isFinite(w)) throw new InvalidOptionError(`${source}.weights.${f.name}`, w, 'a finite number');
    vector[i] = w;
  });
  const threshold = weights.strongThreshold;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 10)) {
    throw new InvalidOptionError(`${source}.strongThreshold`, threshold, 'a number in (0, 10]');
  }
  return { vector, strongThreshold: threshold };
}

/** The hand-designed weights, uncalibrated. */
export const DESIGN_WEIGHTS: AppraisalWeights = { weights: DESIGN_PRIOR, strongThreshold: 6 };

/** The weights calibrated on recorded SAGE dialogues (see `calibrated-weights.json`'s provenance). */
export const CALIBRATED_WEIGHTS: CalibrationFile = calibrated as CalibrationFile;

/** The weights the rule simulator uses unless told otherwise. */
export const DEFAULT_WEIGHTS: AppraisalWeights = CALIBRATED_WEIGHTS;
