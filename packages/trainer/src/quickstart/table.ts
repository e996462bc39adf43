import type { EvaluationSummary } from '../evaluation/evaluate-agent';

/** Header and cells of the evaluation table: one row per agent, mean final emotion per language and overall. */
function evaluationCells(summaries: readonly EvaluationSummary[], languages: readonly string[]): { header: string[]; rows: string[][] } {
  const header = ['agent', ...languages.map((l) => `emotion ${l}`), 'emotion all', 'success', 'failure'];
  const rows = summaries.map((s) => [
    s.agent,
    ...languages.map((l) => (s.byLanguage[l] ? s.byLanguage[l]!.meanEmotion.toFixed(1) : '-')),
    s.meanEmotion.toFixed(1),
    `${(100 * s.successRate).toFixed(0)}%`,
    `${(100 * s.failureRate).toFixed(0)}%`,
  ]);
  return { header, rows };
}

/** A plain-text table of evaluation summaries: one row per agent, mean final emotion per language and overall. */
export function evaluationTable(summaries: readonly EvaluationSummary[], languages: readonly string[]): string {
  const { header, rows } = evaluationCells(summaries, languages);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown. */
export function evaluationMarkdown(summaries: readonly EvaluationSummary[], languages: readonly string[]): string {
  const { header, rows } = evaluationCells(summaries, languages);
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
