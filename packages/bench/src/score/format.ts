import * as path from 'node:path';
import type { Interval } from './confidence';
import type { FileScore, GroupScore, ScoreSummary } from './score';

/** A score with one decimal, as published ("68.2", "100.0"). */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

function formatInterval(interval: Interval): string {
  return `${interval.low.toFixed(1)} to ${interval.high.toFixed(1)} (n=${interval.n})`;
}

function groupLine(label: string, group: GroupScore, width: number): string {
  return `    ${label.padEnd(width)}  n=${String(group.dialogues).padStart(3)}  score ${formatScore(group.score).padStart(5)}  success ${String(group.success).padStart(3)}  failure ${String(group.failure).padStart(3)}  turns ${group.turns.toFixed(2)}`;
}

/** The human-readable block `rlver-bench score` prints for one file. */
export function formatScoreText(summary: ScoreSummary & { file?: string }): string {
  const lines: string[] = [];
  if (summary.file !== undefined) lines.push(summary.file);
  lines.push(
    `  score ${formatScore(summary.score)}  success ${summary.success}  failure ${summary.failure}  turns ${summary.turns.toFixed(2)}  dialogues ${summary.dialogues}` +
      (summary.repeats > 1 ? `  (${summary.profiles} profiles x ${summary.repeats} repeats)` : ''),
  );
  if (summary.errors > 0) lines.push(`  INCOMPLETE: ${summary.errors} error row(s) not scored (rerun with --retry-errors to finish them)`);
  if (summary.ci.dialogues) lines.push(`  95% CI over dialogues: ${formatInterval(summary.ci.dialogues)}`);
  if (summary.ci.repeats) lines.push(`  95% CI over repeats:   ${formatInterval(summary.ci.repeats)}`);
  const needWidth = Math.max(0, ...Object.keys(summary.byNeed).map((k) => k.length));
  lines.push('  by hidden need:');
  for (const [need, group] of Object.entries(summary.byNeed)) lines.push(groupLine(need, group, needWidth));
  const charWidth = Math.max(0, ...Object.keys(summary.byCharacter).map((k) => k.length));
  lines.push('  by character type:');
  for (const [type, group] of Object.entries(summary.byCharacter)) lines.push(groupLine(type, group, charWidth));
  return lines.join('\n');
}

/** The `--json` object of one file: keys file, score, success, failure, turns, byNeed, byCharacter first. */
export function scoreJson(summary: FileScore): Record<string, unknown> {
  const { file, score, success, failure, turns, byNeed, byCharacter, ...rest } = summary;
  return { file, score, success, failure, turns, byNeed, byCharacter, ...rest };
}

/**
 * A short name for a run: the directory of a `results.jsonl`, else the file name without `.jsonl`
 * (`runs/gpt4/results.jsonl` -> "gpt4", `gpt-4.1.jsonl` -> "gpt-4.1").
 */
export function runLabel(file: string): string {
  const base = path.basename(path.resolve(file));
  if (base === 'results.jsonl') return path.basename(path.dirname(path.resolve(file)));
  return base.replace(/\.jsonl$/i, '');
}
