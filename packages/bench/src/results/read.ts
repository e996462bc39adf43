import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { readJsonl, RlverError } from '@rlver/env';
import { validateResultRow } from './schema';
import type { ResultRow } from './types';

/** The name of the results file inside a run directory. */
export const RESULTS_FILE = 'results.jsonl';

/** A result row with where it was read from. */
export interface LocatedRow {
  readonly row: ResultRow;
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
}

/** Two finished rows for the same profile and repeat in one file: the file was written by two runs. */
export class DuplicateResultError extends RlverError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly firstLine: number,
    readonly id: string,
    readonly repeat: number,
  ) {
    super(`${file}:${line}: a second result for profile ${JSON.stringify(id)} repeat ${repeat} (the first is on line ${firstLine}): each profile and repeat may be finished once`);
  }
}

/** A results file that does not exist. */
export class MissingResultsError extends RlverError {
  constructor(readonly file: string) {
    super(`${file}: no such file (expected a results JSONL file, or a run directory that holds ${RESULTS_FILE})`);
  }
}

/** Options of {@link readResultRows}. */
export interface ReadResultsOptions {
  /** Skip a torn last line (a run killed mid-write) with a warning instead of failing. */
  readonly tolerateTornTail?: boolean;
  readonly onWarning?: (message: string) => void;
}

/** `DIR/results.jsonl` for a run directory, the path itself for a file. */
export function resolveResultsPath(fileOrDir: string): string {
  try {
    if (statSync(fileOrDir).isDirectory()) return path.join(fileOrDir, RESULTS_FILE);
  } catch {
    // A missing path is reported by the reader with its name.
  }
  return fileOrDir;
}

/**
 * Read every row of a results file, each validated against the result-row schema: a malformed row throws
 * `SchemaValidationError` ("file:line: field /history/3/planning/change must be integer,string"), a line that
 * is not JSON throws `JsonlParseError` with file and line.
 */
export async function readResultRows(file: string, options: ReadResultsOptions = {}): Promise<LocatedRow[]> {
  if (!existsSync(file)) throw new MissingResultsError(file);
  const lines = await readJsonl(file, { tolerateTornTail: options.tolerateTornTail ?? false, onWarning: options.onWarning });
  return lines.map(({ line, value }) => ({ row: validateResultRow(value, file, line), file, line }));
}

/** The repeat index of a row (0 when absent, as in SAGE's files). */
export function repeatOf(row: ResultRow): number {
  return row.repeat ?? 0;
}

/** Identity of a dialogue within a run: profile id and repeat. */
export function dialogueKey(id: string, repeat: number): string {
  return `${id}\u0000${repeat}`;
}

/** The {@link dialogueKey} of a row. */
export function rowKey(row: ResultRow): string {
  return dialogueKey(row.id, repeatOf(row));
}

/**
 * The rows that count, one per (profile, repeat): a finished row wins over error rows for the same key (an error
 * retried with `--retry-errors` leaves its error row in the append-only file); among error rows the last wins.
 * Two finished rows for one key throw {@link DuplicateResultError}. Order: by line of the winning row.
 */
export function effectiveRows(rows: readonly LocatedRow[]): LocatedRow[] {
  const byKey = new Map<string, LocatedRow>();
  for (const located of rows) {
    const key = rowKey(located.row);
    const earlier = byKey.get(key);
    if (earlier && !earlier.row.error && !located.row.error) {
      throw new DuplicateResultError(located.file, located.line, earlier.line, located.row.id, repeatOf(located.row));
    }
    if (!earlier || earlier.row.error) byKey.set(key, located);
  }
  return [...byKey.values()].sort((a, b) => a.line - b.line);
}

/** An integer field written as a number or a string of digits (already checked by the schema). */
export function integerValue(value: number | string): number {
  return typeof value === 'number' ? value : Number.parseInt(value, 10);
}
