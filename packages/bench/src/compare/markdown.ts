import { formatScore } from '../score/format';
import { loadRuns, rankRuns, type ScoredRun } from './runs';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * A markdown leaderboard of runs, best first, to paste in a README: score (mean final emotion, SAGE rounding),
 * its 95% interval over dialogues, successes, failures, mean turns and dialogues; the agent and simulator for
 * this project's runs; an errors column when any run has error rows (those are not scored).
 */
export function compareMarkdown(runs: readonly ScoredRun[]): string {
  const ranked = rankRuns(runs);
  const anyErrors = ranked.some((run) => run.score.errors > 0);
  const header = ['#', 'Run', 'Agent', 'Simulator', 'Score', '95% CI', 'Success', 'Failure', 'Turns', 'Dialogues', ...(anyErrors ? ['Errors'] : [])];
  const align = ['---:', ':---', ':---', ':---', '---:', ':---:', '---:', '---:', '---:', '---:', ...(anyErrors ? ['---:'] : [])];
  const lines = [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`];
  ranked.forEach((run, i) => {
    const s = run.score;
    const ci = s.ci.dialogues ? `${s.ci.dialogues.low.toFixed(1)}–${s.ci.dialogues.high.toFixed(1)}` : '–';
    const simulator = run.settings ? `${run.settings.simulator.name} (${run.settings.simulator.difficulty})` : '–';
    const cells = [
      String(i + 1),
      cell(run.label),
      cell(run.settings?.agent.spec ?? '–'),
      cell(simulator),
      formatScore(s.score),
      ci,
      String(s.success),
      String(s.failure),
      s.turns.toFixed(2),
      String(s.dialogues),
      ...(anyErrors ? [String(s.errors)] : []),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  });
  return lines.join('\n');
}

/** {@link compareMarkdown} of results files or run directories. */
export async function compareFiles(files: readonly string[]): Promise<string> {
  return compareMarkdown(await loadRuns(files));
}
