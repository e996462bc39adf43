import { existsSync, promises as fs } from 'node:fs';
import { describeValue, RlverError } from '@rlver/env';
import { effectiveRows, readResultRows, rowKey, type LocatedRow } from '../results/read';
import type { RunSettings } from '../results/types';
import { firstDifference, stableStringify, valueAt } from './settings';

/** A results file that a run cannot continue: written with other settings, or by something else. */
export class ResumeMismatchError extends RlverError {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}; resume with the same options, or write to another --out directory`);
  }
}

/** What a run directory already holds. */
export interface ExistingResults {
  /** Keys (profile id, repeat) of dialogues that need not run again. */
  readonly done: ReadonlySet<string>;
  /** Error rows that this run retries (`retryErrors`). */
  readonly retried: number;
  /** Rows already in the file. */
  readonly rows: readonly LocatedRow[];
}

/**
 * Remove a torn last line: a run killed while appending leaves a line without its newline that is not valid JSON.
 * The file is cut back to the end of its last complete line, so the next append starts a clean line and no torn
 * text is left between rows. A complete last line that only lacks its newline is kept.
 *
 * @returns the number of bytes removed
 */
export async function repairTornTail(file: string): Promise<number> {
  let content: Buffer;
  try {
    content = await fs.readFile(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return 0;
    throw error;
  }
  if (content.length === 0 || content[content.length - 1] === 0x0a) return 0;
  const lastNewline = content.lastIndexOf(0x0a);
  const tail = content.subarray(lastNewline + 1).toString('utf8');
  try {
    JSON.parse(tail);
    return 0;
  } catch {
    await fs.truncate(file, lastNewline + 1);
    return content.length - (lastNewline + 1);
  }
}

/**
 * Read a run directory's results to continue it: repairs a torn tail, validates every row, checks that each was
 * written with the same settings as this run, and returns the finished keys. Error rows count as finished
 * unless `retryErrors`.
 */
export async function readExistingResults(file: string, settings: RunSettings, retryErrors: boolean, onWarning: (message: string) => void): Promise<ExistingResults> {
  const removed = await repairTornTail(file);
  if (removed > 0) onWarning(`${file}: removed a torn last line (${removed} bytes) left by an interrupted run; that dialogue runs again`);
  if (!existsSync(file)) return { done: new Set(), retried: 0, rows: [] };
  const rows: LocatedRow[] = await readResultRows(file);
  const expected = stableStringify(settings);
  for (const { row, line } of rows) {
    if (row.settings === undefined) throw new ResumeMismatchError(file, line, 'this row has no settings, so it was not written by rlver-bench run');
    if (stableStringify(row.settings) !== expected) {
      const at = firstDifference(row.settings, settings) ?? '(root)';
      throw new ResumeMismatchError(file, line, `written with settings.${at} = ${describeValue(valueAt(row.settings, at))}, but this run has ${describeValue(valueAt(settings, at))}`);
    }
  }
  const done = new Set<string>();
  let retried = 0;
  for (const { row } of effectiveRows(rows)) {
    if (row.error && retryErrors) retried += 1;
    else done.add(rowKey(row));
  }
  return { done, retried, rows };
}
