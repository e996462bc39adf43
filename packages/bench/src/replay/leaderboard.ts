import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RlverError, SchemaValidationError, compileValidator, spearman } from '@rlver/env';

/**
 * The published Sentient leaderboard (`leaderboard.json`): scores per model and, under `transcripts_here`,
 * which model each recorded transcript file belongs to.
 */
export interface Leaderboard {
  readonly models: ReadonlyArray<{ readonly name: string; readonly score: number; readonly success?: number; readonly failure?: number }>;
  /** Transcript file base name -> model name in `models`. */
  readonly transcripts_here?: Readonly<Record<string, string>>;
}

const validateLeaderboard = compileValidator<Leaderboard>({
  type: 'object',
  required: ['models'],
  properties: {
    models: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'score'],
        properties: { name: { type: 'string', minLength: 1 }, score: { type: 'number' }, success: { type: 'number' }, failure: { type: 'number' } },
      },
    },
    transcripts_here: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as never);

/** Read and check a leaderboard file. */
export function readLeaderboard(file: string): Leaderboard {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RlverError(`cannot read leaderboard ${file}: ${(error as Error).message}`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SchemaValidationError(file, '', `is not JSON (${(error as Error).message})`);
  }
  return validateLeaderboard(value, file);
}

/**
 * The published score of the model a transcript file belongs to: through `transcripts_here` (by base name),
 * else a model whose name equals the file's base name without extension (case-insensitive).
 */
export function publishedScore(board: Leaderboard, file: string): number | undefined {
  const base = path.basename(file);
  const model = board.transcripts_here?.[base] ?? base.replace(/\.jsonl?$/i, '');
  return board.models.find((m) => m.name.toLowerCase() === model.toLowerCase())?.score;
}

/**
 * The replayed files that have a published score, and the Spearman rank correlation of their replay scores with
 * the published ones (NaN with fewer than two such files).
 */
export function rankAgainstPublished<T extends { readonly replayScore: number; readonly published?: number }>(
  files: readonly T[],
): { readonly ranked: ReadonlyArray<T & { readonly published: number }>; readonly spearman: number } {
  const ranked = files.filter((f): f is T & { readonly published: number } => f.published !== undefined);
  return { ranked, spearman: ranked.length >= 2 ? spearman(ranked.map((f) => f.replayScore), ranked.map((f) => f.published)) : NaN };
}
