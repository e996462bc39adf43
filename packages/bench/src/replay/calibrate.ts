import * as path from 'node:path';
import {
  DEFAULT_RIDGE,
  RuleSimulator,
  extractFeatures,
  fitWeights,
  lexiconFor,
  type CalibrationFile,
  type CalibrationSample,
  type FitResult,
} from '@rlver/env';
import { rankAgainstPublished } from './leaderboard';
import { readRecordedDialogues, type RecordedDialogue } from './recorded';
import { replayDialogues, replayState, summarizeReplays, type FileReplay, type ReplayOptions } from './replay';

/**
 * Calibrating the rule simulator on recorded SAGE dialogues, and measuring it honestly by leave-one-file-out
 * cross-validation: fit on every file but one, replay the held-out file with those weights, and pool the
 * held-out figures. Files are whole agents, so a held-out file is an agent the weights never saw.
 */

/** The command that regenerates the committed calibration file (from the repository root). */
export const CALIBRATION_COMMAND = 'npx tsc -b && node packages/bench/dist/replay/calibrate-main.js';

/**
 * One calibration sample per recorded reply: the appraisal's feature vector in the recorded context and the
 * recorded change. The features read only the persona, the recorded history and the reply (never the emotion
 * value), so they are exactly what a replay computes.
 */
export function calibrationSamples(dialogues: readonly RecordedDialogue[]): CalibrationSample[] {
  const samples: CalibrationSample[] = [];
  for (const d of dialogues) {
    const lexicon = lexiconFor(d.persona.language);
    for (const r of d.replies) {
      const state = replayState(d, r, r.emotionBefore, []);
      samples.push({ values: extractFeatures(state, r.reply, lexicon).values, target: r.recordedChange });
    }
  }
  return samples;
}

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** Ridge strength towards the design prior (default the committed one). */
  readonly ridge?: number;
}

/** Fit weights on recorded dialogues. */
export function calibrate(dialogues: readonly RecordedDialogue[], options: CalibrateOptions = {}): FitResult {
  return fitWeights(calibrationSamples(dialogues), { ridge: options.ridge ?? DEFAULT_RIDGE });
}

/** A calibration file (weights plus provenance) for dialogues read from `files`. */
export function calibrationFile(files: readonly string[], dialogues: readonly RecordedDialogue[], options: CalibrateOptions = {}): CalibrationFile {
  const ridge = options.ridge ?? DEFAULT_RIDGE;
  const fit = calibrate(dialogues, { ridge });
  return {
    version: 1,
    weights: fit.weights,
    strongThreshold: fit.strongThreshold,
    provenance: {
      command: CALIBRATION_COMMAND,
      files: files.map((f) => path.basename(f)),
      pairs: dialogues.reduce((n, d) => n + d.replies.length, 0),
      lambda: ridge,
      inSample: fit.inSample,
    },
  };
}

/** One fold of the cross-validation: the held-out file replayed with weights fitted on the others. */
export interface CrossValidationFold extends FileReplay {
  /** The published score of the held-out agent, when a leaderboard was given. */
  readonly published?: number;
}

/** Leave-one-file-out figures. */
export interface CrossValidation {
  readonly folds: readonly CrossValidationFold[];
  /** Per-turn Pearson r over all held-out pairs. */
  readonly pearson: number;
  /** Sign agreement over all held-out pairs. */
  readonly signAgreement: number;
  /** Spearman between held-out replay scores and published scores (NaN without a leaderboard or with < 2 files). */
  readonly spearman: number;
  readonly pairs: number;
}

/** Options of {@link crossValidate}. */
export interface CrossValidateOptions extends CalibrateOptions, ReplayOptions {
  /** Published score of a file's agent (e.g. from the leaderboard), for the Spearman figure. */
  readonly published?: (file: string) => number | undefined;
}

/** Leave-one-file-out cross-validation over files of recorded dialogues (at least two). */
export async function crossValidate(files: readonly string[], options: CrossValidateOptions = {}): Promise<CrossValidation> {
  const byFile = new Map<string, RecordedDialogue[]>();
  for (const file of files) byFile.set(file, await readRecordedDialogues(file));
  return crossValidateDialogues(byFile, options);
}

/** {@link crossValidate} over dialogues already read, keyed by file. */
export async function crossValidateDialogues(byFile: ReadonlyMap<string, readonly RecordedDialogue[]>, options: CrossValidateOptions = {}): Promise<CrossValidation> {
  const files = [...byFile.keys()];
  if (files.length < 2) throw new RangeError(`cross-validation needs at least two files, got ${files.length}`);
  const samplesByFile = new Map(files.map((f) => [f, calibrationSamples(byFile.get(f)!)]));
  const folds: CrossValidationFold[] = [];
  for (const heldOut of files) {
    const training = files.filter((f) => f !== heldOut).flatMap((f) => samplesByFile.get(f)!);
    const fit = fitWeights(training, { ridge: options.ridge ?? DEFAULT_RIDGE });
    const simulator = new RuleSimulator({ weights: fit });
    const replay = await replayDialogues(heldOut, byFile.get(heldOut)!, simulator, options);
    const published = options.published?.(heldOut);
    folds.push(published === undefined ? replay : { ...replay, published });
  }
  // The pooled agreement is that of all held-out replays taken as one file (their pairs in fold order).
  const pooled = summarizeReplays('', folds.flatMap((f) => f.replays));
  return {
    folds,
    pearson: pooled.pearson,
    signAgreement: pooled.signAgreement,
    spearman: rankAgainstPublished(folds).spearman,
    pairs: pooled.pairs.length,
  };
}
