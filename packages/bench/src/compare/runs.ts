import { loadResultRows, scoreRows, type FileScore } from '../score/score';
import { runLabel } from '../score/format';
import type { ResultRow, RunSettings } from '../results/types';

/** One scored run (a results file or run directory) with its rows, for `compare` and `report`. */
export interface ScoredRun {
  /** Short name: the run directory's or the file's name. */
  readonly label: string;
  readonly score: FileScore;
  /** The effective rows (one per profile and repeat), in file order. */
  readonly rows: readonly ResultRow[];
  /** The run settings of this project's rows; undefined for SAGE's files. */
  readonly settings: RunSettings | undefined;
}

/**
 * Load and score runs. Labels are made unique by suffixing "#2", "#3" when two paths end in the same name.
 */
export async function loadRuns(files: readonly string[]): Promise<ScoredRun[]> {
  const runs: ScoredRun[] = [];
  const used = new Map<string, number>();
  for (const file of files) {
    const rows = (await loadResultRows(file)).map((r) => r.row);
    const base = runLabel(file);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    const label = seen === 1 ? base : `${base}#${seen}`;
    runs.push({ label, score: { file, ...scoreRows(rows) }, rows, settings: rows.find((row) => row.settings)?.settings });
  }
  return runs;
}

/** Runs best first: by score, then more successes, then fewer failures, then label. */
export function rankRuns(runs: readonly ScoredRun[]): ScoredRun[] {
  return [...runs].sort((a, b) => b.score.score - a.score.score || b.score.success - a.score.success || a.score.failure - b.score.failure || a.label.localeCompare(b.label));
}
