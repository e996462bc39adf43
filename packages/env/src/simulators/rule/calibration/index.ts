/**
 * Calibrating the rule simulator against recorded judges. The data side (reading recorded SAGE dialogues,
 * replaying them, cross-validation) lives in `@rlver/bench`'s `replay`; this module holds what needs no data:
 * the bounded ridge fit and the agreement statistics.
 */
export { fitWeights, DEFAULT_RIDGE, type CalibrationSample, type FitOptions, type FitResult } from './fit';
export { pearson, spearman, signAgreement, averageRanks } from './agreement';
