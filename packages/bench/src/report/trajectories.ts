import { integerValue } from '../results/read';
import type { ResultRow } from '../results/types';
import { escapeHtml } from './escape';

/** The emotion after each user turn of a dialogue: the initial emotion, then one value per appraised reply. */
export function emotionTrajectory(row: ResultRow): number[] {
  const points: number[] = [];
  for (const message of row.history) {
    if (message.role === 'user' && message['emotion-point'] !== undefined) points.push(integerValue(message['emotion-point']));
  }
  return points;
}

/**
 * Mean emotion per turn over dialogues, a finished dialogue counting with its final emotion at every later turn
 * (so the curve ends at the score).
 */
export function meanTrajectory(trajectories: readonly number[][]): number[] {
  const length = Math.max(0, ...trajectories.map((t) => t.length));
  const out: number[] = [];
  for (let i = 0; i < length; i++) {
    let sum = 0;
    let n = 0;
    for (const t of trajectories) {
      if (t.length === 0) continue;
      sum += t[Math.min(i, t.length - 1)] as number;
      n += 1;
    }
    out.push(n > 0 ? sum / n : 0);
  }
  return out;
}

const WIDTH = 520;
const HEIGHT = 300;
const PAD = { left: 40, right: 14, top: 12, bottom: 34 };

/**
 * An SVG chart of a run's emotion trajectories: one thin line per dialogue (green: reached 100, red: fell below
 * 10, grey: otherwise), the mean as a thick line, and the SAGE thresholds (10, initial, 100) as guides. Each
 * dialogue line carries `data-run` and `data-index` so the page can open its transcript on click.
 */
export function trajectorySvg(runIndex: number, label: string, rows: readonly ResultRow[]): string {
  const trajectories = rows.map(emotionTrajectory);
  const maxTurn = Math.max(1, ...trajectories.map((t) => t.length - 1));
  const x = (turn: number): number => PAD.left + (turn / maxTurn) * (WIDTH - PAD.left - PAD.right);
  const y = (emotion: number): number => PAD.top + (1 - Math.max(0, Math.min(100, emotion)) / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const fmt = (n: number): string => n.toFixed(1);
  const path = (t: readonly number[]): string => t.map((e, i) => `${fmt(x(i))},${fmt(y(e))}`).join(' ');
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="trajectories" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(`emotion trajectories of ${label}`)}">`);
  for (const level of [0, 10, 40, 70, 100]) {
    parts.push(`<line class="grid${level === 10 || level === 100 ? ' threshold' : ''}" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${fmt(y(level))}" y2="${fmt(y(level))}"/>`);
    parts.push(`<text class="axis" x="${PAD.left - 6}" y="${fmt(y(level) + 4)}" text-anchor="end">${level}</text>`);
  }
  for (let turn = 0; turn <= maxTurn; turn++) parts.push(`<text class="axis" x="${fmt(x(turn))}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${turn}</text>`);
  parts.push(`<text class="axis" x="${fmt((PAD.left + WIDTH - PAD.right) / 2)}" y="${HEIGHT - 4}" text-anchor="middle">appraised replies</text>`);
  trajectories.forEach((t, index) => {
    if (t.length === 0) return;
    const last = t[t.length - 1] as number;
    const kind = rows[index]?.error ? 'error' : last >= 100 ? 'success' : last < 10 ? 'failure' : 'other';
    const title = `${rows[index]?.id ?? ''}: ${t.join(' → ')}`;
    if (t.length === 1) {
      parts.push(`<circle class="dialogue ${kind}" data-run="${runIndex}" data-index="${index}" cx="${fmt(x(0))}" cy="${fmt(y(last))}" r="2"><title>${escapeHtml(title)}</title></circle>`);
    } else {
      parts.push(`<polyline class="dialogue ${kind}" data-run="${runIndex}" data-index="${index}" points="${path(t)}"><title>${escapeHtml(title)}</title></polyline>`);
    }
  });
  const mean = meanTrajectory(trajectories);
  if (mean.length > 1) parts.push(`<polyline class="mean" points="${path(mean)}"><title>mean emotion per turn (ended dialogues keep their final emotion)</title></polyline>`);
  parts.push('</svg>');
  return parts.join('');
}
