import { CHARACTER_TYPES, EMOTION_FAILURE_BELOW, EMOTION_MAX, HIDDEN_NEEDS } from '@rlver/env';
import { effectiveRows, integerValue, readResultRows, repeatOf, resolveResultsPath, type LocatedRow } from '../results/read';
import type { ResultRow } from '../results/types';
import { characterTypeFromLabel, hiddenNeedFromLabel } from '../sage/labels';
import { meanInterval, type Interval } from './confidence';
import { roundedMean } from './exact';

/** Scores of a group of dialogues. */
export interface GroupScore {
  /** Scored dialogues (error rows excluded). */
  readonly dialogues: number;
  /** Mean final emotion, rounded half up to one decimal, computed exactly. */
  readonly score: number;
  /** Dialogues whose final emotion reached 100. */
  readonly success: number;
  /** Dialogues whose final emotion fell below 10. */
  readonly failure: number;
  /** Mean number of appraised agent replies, to two decimals. */
  readonly turns: number;
}

/**
 * The scores of one set of result rows.
 *
 * Error rows (an agent that threw or timed out, a simulator that failed) are not scored: they are counted in
 * `errors` and left out of every mean and count, because they measure the infrastructure, not the agent's
 * empathy, and `run --retry-errors` can finish them. A set with errors is incomplete: every printed form of the
 * score says so.
 */
export interface ScoreSummary extends GroupScore {
  /** By hidden need (this project's ids; SAGE's task sentences are mapped), in the order of `HIDDEN_NEEDS`. */
  readonly byNeed: Readonly<Record<string, GroupScore>>;
  /** By character type (negative, passive, avoidant; SAGE's Chinese labels are mapped). */
  readonly byCharacter: Readonly<Record<string, GroupScore>>;
  /** Error rows, not scored. */
  readonly errors: number;
  /** Distinct repeat indices among the scored rows. */
  readonly repeats: number;
  /** Distinct profiles among the scored rows. */
  readonly profiles: number;
  /**
   * 95% confidence intervals of the score: over dialogues (each profile's mean over repeats is one sample) and,
   * with two or more repeats, over repeats (each repeat's score is one sample).
   */
  readonly ci: { readonly dialogues?: Interval; readonly repeats?: Interval };
}

/** {@link ScoreSummary} of one file, with the file's path first (the `--json` form). */
export interface FileScore extends ScoreSummary {
  readonly file: string;
}

/** The final emotion of a row. */
export function finalEmotion(row: ResultRow): number {
  return integerValue(row.emo_point);
}

/** Appraised agent replies of a row: its `turns`, or the user turns after the first in its history. */
export function appraisedTurns(row: ResultRow): number {
  if (row.turns !== undefined) return row.turns;
  let users = 0;
  for (const message of row.history) if (message.role === 'user') users += 1;
  return Math.max(0, users - 1);
}

/** The hidden-need key of a row: the persona's need, else its SAGE task sentence mapped, else the raw label. */
export function needKey(row: ResultRow): string {
  return row.persona?.hiddenNeed ?? (row.task !== undefined ? (hiddenNeedFromLabel(row.task) ?? row.task) : 'unknown');
}

/** The character-type key of a row: the persona's type, else its SAGE label mapped, else the raw label. */
export function characterKey(row: ResultRow): string {
  return row.persona?.characterType ?? (row.character !== undefined ? (characterTypeFromLabel(row.character) ?? row.character) : 'unknown');
}

function groupScore(rows: readonly ResultRow[]): GroupScore {
  if (rows.length === 0) return { dialogues: 0, score: 0, success: 0, failure: 0, turns: 0 };
  let emotionSum = 0;
  let turnSum = 0;
  let success = 0;
  let failure = 0;
  for (const row of rows) {
    const emotion = finalEmotion(row);
    emotionSum += emotion;
    turnSum += appraisedTurns(row);
    if (emotion >= EMOTION_MAX) success += 1;
    if (emotion < EMOTION_FAILURE_BELOW) failure += 1;
  }
  return { dialogues: rows.length, score: roundedMean(emotionSum, rows.length, 1), success, failure, turns: roundedMean(turnSum, rows.length, 2) };
}

function groupBy(rows: readonly ResultRow[], key: (row: ResultRow) => string, order: readonly string[]): Record<string, GroupScore> {
  const groups = new Map<string, ResultRow[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  const keys = [...groups.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  const out: Record<string, GroupScore> = {};
  for (const k of keys) out[k] = groupScore(groups.get(k) as ResultRow[]);
  return out;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/**
 * Score result rows: one row per (profile, repeat) as given (use {@link effectiveRows} first for rows read from a
 * file). See {@link ScoreSummary} for how error rows count.
 */
export function scoreRows(rows: readonly ResultRow[]): ScoreSummary {
  const scored = rows.filter((row) => !row.error);
  const overall = groupScore(scored);
  const byProfile = new Map<string, number[]>();
  const byRepeat = new Map<number, number[]>();
  for (const row of scored) {
    const emotion = finalEmotion(row);
    pushTo(byProfile, row.id, emotion);
    pushTo(byRepeat, repeatOf(row), emotion);
  }
  const profileMeans = [...byProfile.values()].map(mean);
  const repeatScores = [...byRepeat.values()].map(mean);
  const dialoguesCi = meanInterval(profileMeans);
  const repeatsCi = byRepeat.size >= 2 ? meanInterval(repeatScores) : undefined;
  return {
    ...overall,
    byNeed: groupBy(scored, needKey, HIDDEN_NEEDS),
    byCharacter: groupBy(scored, characterKey, CHARACTER_TYPES),
    errors: rows.length - scored.length,
    repeats: byRepeat.size,
    profiles: byProfile.size,
    ci: { ...(dialoguesCi ? { dialogues: dialoguesCi } : {}), ...(repeatsCi ? { repeats: repeatsCi } : {}) },
  };
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Read, validate and deduplicate the rows of a results file (or a run directory). */
export async function loadResultRows(fileOrDir: string): Promise<LocatedRow[]> {
  return effectiveRows(await readResultRows(resolveResultsPath(fileOrDir)));
}

/** Score one results file (or run directory). */
export async function scoreFile(fileOrDir: string): Promise<FileScore> {
  const rows = await loadResultRows(fileOrDir);
  return { file: fileOrDir, ...scoreRows(rows.map((r) => r.row)) };
}

/** Score several results files (or run directories), each on its own. */
export async function scoreFiles(files: readonly string[]): Promise<FileScore[]> {
  const out: FileScore[] = [];
  for (const file of files) out.push(await scoreFile(file));
  return out;
}
