import { CHARACTER_TYPES, HIDDEN_NEEDS, writeFileAtomic } from '@rlver/env';
import { loadRuns, rankRuns, type ScoredRun } from '../compare/runs';
import { integerValue } from '../results/read';
import type { ResultRow } from '../results/types';
import { formatScore } from '../score/format';
import { appraisedTurns, characterKey, finalEmotion, needKey, type GroupScore } from '../score/score';
import { escapeHtml, jsonForScript } from './escape';
import { REPORT_CSS, REPORT_SCRIPT } from './page-assets';
import { trajectorySvg } from './trajectories';

/** Options of {@link buildReportHtml}. */
export interface ReportOptions {
  /** Page title (default "rlver-bench report"). */
  readonly title?: string;
}

/** One turn as the transcript viewer shows it. */
interface ViewerTurn {
  role: string;
  content: string;
  emotion?: number;
  change?: number;
  reasons?: { cue: string; effect: number; detail: string; need?: string }[];
  analysis?: string;
  think?: string;
}

/** One dialogue as the transcript viewer shows it. */
interface ViewerDialogue {
  id: string;
  repeat: number;
  topic: string;
  need: string;
  character: string;
  final: number;
  outcome: string;
  appraised: number;
  error?: { source: string; message: string; turn: number };
  turns: ViewerTurn[];
}

function outcomeOf(row: ResultRow): string {
  if (row.outcome) return row.outcome;
  const final = finalEmotion(row);
  return final >= 100 ? 'success' : final < 10 ? 'failure' : 'ended';
}

function viewerDialogue(row: ResultRow): ViewerDialogue {
  const turns: ViewerTurn[] = row.history.map((message) => {
    const turn: ViewerTurn = { role: message.role, content: message.content };
    if (message['emotion-point'] !== undefined) turn.emotion = integerValue(message['emotion-point']);
    if (message.planning) {
      turn.change = integerValue(message.planning.change);
      if (message.planning.reasons?.length) turn.reasons = message.planning.reasons.map((r) => ({ cue: r.cue, effect: r.effect, detail: r.detail, ...(r.need ? { need: r.need } : {}) }));
      if (typeof message.planning.analyse === 'string' && message.planning.analyse.length > 0) turn.analysis = message.planning.analyse;
    }
    if (typeof message.think === 'string' && message.think.length > 0) turn.think = message.think;
    return turn;
  });
  return {
    id: row.id,
    repeat: row.repeat ?? 0,
    topic: row.topic ?? row.persona?.topic ?? '',
    need: needKey(row),
    character: characterKey(row),
    final: finalEmotion(row),
    outcome: outcomeOf(row),
    appraised: appraisedTurns(row),
    ...(row.error ? { error: { source: row.error.source, message: row.error.message, turn: row.error.turn } } : {}),
    turns,
  };
}

function groupCell(group: GroupScore | undefined): string {
  if (!group) return '<td>–</td>';
  return `<td title="success ${group.success}, failure ${group.failure}, turns ${group.turns.toFixed(2)}">${formatScore(group.score)} <small>(n=${group.dialogues})</small></td>`;
}

function breakdownTable(id: string, title: string, runs: readonly ScoredRun[], keys: readonly string[], pick: (run: ScoredRun) => Readonly<Record<string, GroupScore>>): string {
  const present = new Set<string>();
  for (const run of runs) for (const key of Object.keys(pick(run))) present.add(key);
  const ordered = [...keys.filter((k) => present.has(k)), ...[...present].filter((k) => !keys.includes(k)).sort()];
  const head = `<tr><th class="text">${escapeHtml(title)}</th>${runs.map((run) => `<th>${escapeHtml(run.label)}</th>`).join('')}</tr>`;
  const body = ordered.map((key) => `<tr data-key="${escapeHtml(key)}"><td class="text">${escapeHtml(key)}</td>${runs.map((run) => groupCell(pick(run)[key])).join('')}</tr>`).join('');
  return `<table id="${id}">${head}${body}</table>`;
}

function leaderboardTable(ranked: readonly ScoredRun[]): string {
  const head =
    '<tr><th>#</th><th class="text">Run</th><th class="text">Agent</th><th class="text">Simulator</th><th>Score</th><th>95% CI (dialogues)</th><th>95% CI (repeats)</th><th>Success</th><th>Failure</th><th>Turns</th><th>Dialogues</th><th>Errors</th></tr>';
  const rows = ranked.map((run, i) => {
    const s = run.score;
    const ci = (interval: { low: number; high: number } | undefined): string => (interval ? `${interval.low.toFixed(1)}–${interval.high.toFixed(1)}` : '–');
    const simulator = run.settings ? `${run.settings.simulator.name} (${run.settings.simulator.difficulty})` : '–';
    return (
      `<tr data-run="${escapeHtml(run.label)}"${s.errors > 0 ? ' class="incomplete"' : ''}>` +
      `<td class="rank">${i + 1}</td><td class="text run">${escapeHtml(run.label)}</td><td class="text agent">${escapeHtml(run.settings?.agent.spec ?? '–')}</td>` +
      `<td class="text simulator">${escapeHtml(simulator)}</td><td class="score">${formatScore(s.score)}</td><td class="ci">${ci(s.ci.dialogues)}</td><td class="ci-repeats">${ci(s.ci.repeats)}</td>` +
      `<td class="success">${s.success}</td><td class="failure">${s.failure}</td><td class="turns">${s.turns.toFixed(2)}</td><td class="dialogues">${s.dialogues}</td><td class="errors">${s.errors}</td></tr>`
    );
  });
  return `<table id="leaderboard">${head}${rows.join('')}</table>`;
}

/**
 * The report as one self-contained HTML page (inline CSS, script and SVG; a Content-Security-Policy that forbids
 * any network access): the leaderboard of the runs, scores by hidden need and by character type, each run's
 * emotion trajectories, and a transcript viewer showing every turn with the emotion, the change and the
 * simulator's reasons.
 */
export function buildReportHtml(runs: readonly ScoredRun[], options: ReportOptions = {}): string {
  const title = options.title ?? 'rlver-bench report';
  const ranked = rankRuns(runs);
  const data = { runs: ranked.map((run) => ({ label: run.label, dialogues: run.rows.map(viewerDialogue) })) };
  const charts = ranked
    .map((run, i) => `<figure data-run="${escapeHtml(run.label)}"><h3>${escapeHtml(run.label)}</h3>${trajectorySvg(i, run.label, run.rows)}<figcaption>${run.rows.length} dialogues; green reached 100, red fell below 10; the thick line is the mean emotion per turn. Click a line to read the dialogue.</figcaption></figure>`)
    .join('');
  const settingsNote = ranked
    .filter((run) => run.settings)
    .map((run) => `<li><b>${escapeHtml(run.label)}</b>: ${escapeHtml(describeSettings(run))}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Sentient Benchmark (SAGE) protocol: score = mean final emotion (0-100, rounded half up), success = reached 100, failure = fell below 10. Error rows are not scored.</p>
<section id="leaderboard-section"><h2>Leaderboard</h2>${leaderboardTable(ranked)}${settingsNote ? `<ul class="settings">${settingsNote}</ul>` : ''}</section>
<section id="breakdown"><h2>By hidden need</h2>${breakdownTable('by-need', 'hidden need', ranked, HIDDEN_NEEDS, (run) => run.score.byNeed)}
<h2>By character type</h2>${breakdownTable('by-character', 'character type', ranked, CHARACTER_TYPES, (run) => run.score.byCharacter)}</section>
<section id="trajectories-section"><h2>Emotion trajectories</h2><div class="charts">${charts}</div></section>
<section id="transcripts"><h2>Transcripts</h2>
<div class="viewer-controls"><label>Run <select id="run-select"></select></label><label>Dialogue <select id="dialogue-select"></select></label></div>
<div id="transcript-meta"></div>
<div id="transcript"></div>
</section>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function describeSettings(run: ScoredRun): string {
  const s = run.settings;
  if (!s) return '';
  const profiles = s.profiles.source === 'generated' ? `${s.profiles.count} generated ${s.profiles.language ?? ''} profiles` : `${s.profiles.count} profiles from ${s.profiles.source}`;
  return `agent ${s.agent.spec}; simulator ${s.simulator.name} (${s.simulator.difficulty}); ${profiles}; ${s.protocol.rounds} rounds, initial emotion ${s.protocol.initialEmotion}; seed ${s.seed}, ${s.repeats} repeat(s)`;
}

/** Write the report of results files or run directories to `out` (atomically). */
export async function writeReport(files: readonly string[], out: string, options: ReportOptions = {}): Promise<void> {
  const runs = await loadRuns(files);
  await writeFileAtomic(out, buildReportHtml(runs, options));
}
