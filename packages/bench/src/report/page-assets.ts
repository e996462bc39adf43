/**
 * The report page's stylesheet and script, inlined into the HTML so the file works offline and alone. The script
 * is plain ES2017 for any current browser; it builds the transcript viewer from the embedded JSON with
 * `textContent` only (dialogue text is never parsed as HTML).
 */

export const REPORT_CSS = `
:root { --fg: #1d2330; --muted: #5d6778; --line: #d9dee7; --bg: #fff; --alt: #f5f7fa; --ok: #1f8a4c; --bad: #c2372b; --mid: #8a93a3; --accent: #2f5fb3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 14px; margin: 0 0 6px; }
p.meta { color: var(--muted); margin: 0 0 8px; }
table { border-collapse: collapse; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: right; white-space: nowrap; }
th { background: var(--alt); font-weight: 600; }
td.text, th.text { text-align: left; white-space: normal; }
tr.incomplete td { background: #fff6e5; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; width: 540px; max-width: 100%; }
figcaption { color: var(--muted); font-size: 12px; }
svg.trajectories { width: 100%; height: auto; background: var(--bg); border: 1px solid var(--line); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .grid.threshold { stroke: #b9c0cc; stroke-dasharray: 4 3; }
svg .axis { fill: var(--muted); font-size: 11px; }
svg .dialogue { stroke-width: 1.2; stroke-opacity: 0.35; cursor: pointer; }
svg polyline.dialogue { fill: none; }
svg circle.dialogue { fill-opacity: 0.5; }
svg .dialogue:hover { stroke-opacity: 1; stroke-width: 2.4; }
svg .success { stroke: var(--ok); }
svg .failure { stroke: var(--bad); }
svg .other { stroke: var(--mid); }
svg .error { stroke: #d08a00; stroke-dasharray: 2 2; }
svg circle.success { fill: var(--ok); }
svg circle.failure { fill: var(--bad); }
svg circle.other { fill: var(--mid); }
svg circle.error { fill: #d08a00; }
svg .mean { fill: none; stroke: var(--accent); stroke-width: 3; }
.viewer-controls { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin-bottom: 10px; }
select { font: inherit; padding: 2px 4px; max-width: 100%; }
#transcript-meta { color: var(--muted); margin-bottom: 8px; }
.turn { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; margin: 6px 0; }
.turn.user { background: var(--alt); }
.turn.assistant { margin-left: 48px; }
.turn .who { font-weight: 600; margin-right: 8px; }
.turn .content { white-space: pre-wrap; margin-top: 4px; }
.emotion { display: inline-block; border-radius: 10px; padding: 0 8px; font-weight: 600; background: #e8ecf3; }
.change.up { color: var(--ok); font-weight: 600; }
.change.down { color: var(--bad); font-weight: 600; }
.reasons { margin: 6px 0 0; padding-left: 18px; color: var(--muted); font-size: 13px; }
.error-note { color: var(--bad); font-weight: 600; }
details.think { color: var(--muted); font-size: 13px; }
`;

export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var runSelect = document.getElementById('run-select');
  var dialogueSelect = document.getElementById('dialogue-select');
  var meta = document.getElementById('transcript-meta');
  var box = document.getElementById('transcript');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function signed(n) { return (n > 0 ? '+' : '') + n; }

  function fillDialogues(runIndex) {
    dialogueSelect.textContent = '';
    data.runs[runIndex].dialogues.forEach(function (d, i) {
      var label = (i + 1) + '. ' + d.topic + ' - ' + d.need + ', ' + d.character + ' - final ' + d.final + (d.error ? ' (error)' : '');
      var option = el('option', '', label);
      option.value = String(i);
      dialogueSelect.appendChild(option);
    });
  }

  function show(runIndex, index) {
    var run = data.runs[runIndex];
    var d = run.dialogues[index];
    runSelect.value = String(runIndex);
    dialogueSelect.value = String(index);
    meta.textContent = run.label + ' | profile ' + d.id + (d.repeat ? ' repeat ' + d.repeat : '') + ' | need ' + d.need + ' | ' + d.character +
      ' | outcome ' + d.outcome + ' | final emotion ' + d.final + ' | ' + d.appraised + ' appraised replies';
    box.textContent = '';
    d.turns.forEach(function (t) {
      var turn = el('div', 'turn ' + t.role);
      var head = el('div');
      head.appendChild(el('span', 'who', t.role === 'user' ? 'User' : t.role === 'assistant' ? 'Agent' : t.role));
      if (t.emotion !== undefined) head.appendChild(el('span', 'emotion', 'emotion ' + t.emotion));
      if (t.change !== undefined) {
        head.appendChild(document.createTextNode(' '));
        head.appendChild(el('span', 'change ' + (t.change > 0 ? 'up' : t.change < 0 ? 'down' : ''), signed(t.change)));
      }
      turn.appendChild(head);
      if (t.think) {
        var think = el('details', 'think');
        think.appendChild(el('summary', '', 'agent thought'));
        think.appendChild(el('div', 'content', t.think));
        turn.appendChild(think);
      }
      turn.appendChild(el('div', 'content', t.content));
      if ((t.reasons && t.reasons.length) || t.analysis) {
        var list = el('ul', 'reasons');
        (t.reasons || []).forEach(function (r) {
          list.appendChild(el('li', 'reason', r.cue + ' ' + signed(r.effect) + (r.need ? ' [' + r.need + ']' : '') + ': ' + r.detail));
        });
        if (t.analysis) list.appendChild(el('li', 'analysis', t.analysis));
        turn.appendChild(list);
      }
      box.appendChild(turn);
    });
    if (d.error) box.appendChild(el('p', 'error-note', 'Error (' + d.error.source + ', after ' + d.error.turn + ' appraised replies): ' + d.error.message));
  }

  data.runs.forEach(function (run, i) {
    var option = el('option', '', run.label);
    option.value = String(i);
    runSelect.appendChild(option);
  });
  runSelect.addEventListener('change', function () { fillDialogues(Number(runSelect.value)); show(Number(runSelect.value), 0); });
  dialogueSelect.addEventListener('change', function () { show(Number(runSelect.value), Number(dialogueSelect.value)); });
  Array.prototype.forEach.call(document.querySelectorAll('svg .dialogue'), function (node) {
    node.addEventListener('click', function () {
      var runIndex = Number(node.getAttribute('data-run'));
      if (Number(runSelect.value) !== runIndex) fillDialogues(runIndex);
      show(runIndex, Number(node.getAttribute('data-index')));
      document.getElementById('transcripts').scrollIntoView();
    });
  });
  if (data.runs.length && data.runs[0].dialogues.length) { fillDialogues(0); show(0, 0); }
  document.body.setAttribute('data-ready', 'true');
})();
`;
