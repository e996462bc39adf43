import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildReportHtml, loadRuns, runBenchmark, scoreFile, writeReport, type FileScore } from '@rlver/bench';
import { describeWithData } from '../../../../test/support/shared-data';
import { CHROMIUM, CHROMIUM_ARGS, describeWithChromium } from '../support/chromium';
import { persona, personas, ReplyScriptedSimulator, ScriptAgent, sortedRows, tempDir } from '../support/scripted';

describe('report html (static checks)', () => {
  it('is self-contained: inline CSS/JS/SVG, no external reference, data cannot close its script tag', async () => {
    const out = tempDir();
    const evil = persona('evil', { firstMessage: 'hi </script><script>alert(1)</script>', topic: '<b>bold</b>' });
    await runBenchmark({ agent: new ScriptAgent(() => '[+5]'), profiles: [evil], out, simulator: new ReplyScriptedSimulator() });
    const html = buildReportHtml(await loadRuns([out]));
    expect(html).not.toMatch(/<(link|img|iframe)\b/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the data block and the viewer script, nothing injected
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('<b>bold</b>');
  });

  it('embeds every dialogue for the viewer, error rows with their error, and flags incomplete runs', async () => {
    const out = tempDir();
    const agent = new ScriptAgent((opening, turn) => {
      if (opening === 'I am p1.' && turn === 1) throw new Error('quota exceeded');
      return '[+5]';
    });
    await runBenchmark({ agent, profiles: personas(3), out, simulator: new ReplyScriptedSimulator() });
    const html = buildReportHtml(await loadRuns([out]));
    const data = JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
      runs: { label: string; dialogues: { id: string; final: number; error?: { message: string }; turns: unknown[] }[] }[];
    };
    const dialogues = data.runs[0]?.dialogues ?? [];
    expect(dialogues.map((d) => d.id).sort()).toEqual(['p0', 'p1', 'p2']);
    const failed = dialogues.find((d) => d.id === 'p1');
    expect(failed?.error?.message).toBe('agent script-agent failed: quota exceeded');
    expect(failed?.turns).toHaveLength(3);
    expect(html).toMatch(/<tr data-run="[^"]+" class="incomplete">/);
    expect(html).toMatch(/<td class="errors">1<\/td>/);
  });
});

async function openReport(browser: Browser, file: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return { page, problems, requests };
}

async function leaderboardCells(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.$$eval('#leaderboard tr[data-run]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-run') ?? '',
        Object.fromEntries(['score', 'success', 'failure', 'turns', 'dialogues', 'errors', 'rank'].map((c) => [c, row.querySelector(`td.${c}`)?.textContent ?? ''])),
      ]),
    ),
  );
}

function expectedCells(score: FileScore): Record<string, string> {
  return { score: score.score.toFixed(1), success: String(score.success), failure: String(score.failure), turns: score.turns.toFixed(2), dialogues: String(score.dialogues), errors: String(score.errors) };
}

describeWithChromium('report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads without console errors or network requests and shows the runs\' numbers, trajectories and transcripts', async () => {
    const dir = tempDir();
    const strong = path.join(dir, 'strong');
    const weak = path.join(dir, 'weak');
    const profiles = personas(6);
    await runBenchmark({ agent: new ScriptAgent(() => 'I hear you [+10]'), profiles, out: strong, simulator: new ReplyScriptedSimulator() });
    await runBenchmark({ agent: new ScriptAgent(), profiles, out: weak, simulator: new ReplyScriptedSimulator(), repeats: 2 });
    const html = path.join(dir, 'report.html');
    await writeReport([weak, strong], html, { title: 'Test report' });

    const { page, problems, requests } = await openReport(browser, html);
    try {
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(html).href]);
      expect(await page.title()).toBe('Test report');

      const cells = await leaderboardCells(page);
      expect(cells.strong).toEqual({ ...expectedCells(await scoreFile(strong)), rank: '1' });
      expect(cells.weak).toEqual({ ...expectedCells(await scoreFile(weak)), rank: '2' });
      expect(cells.strong?.score).toBe('100.0');

      // Breakdown tables: one row per need present, one column per run.
      const needRows = await page.$$eval('#by-need tr[data-key]', (rows) => rows.map((r) => r.getAttribute('data-key')));
      expect(needRows).toEqual(['deep-empathy', 'others-motives', 'practical-advice', 'specific-praise']);
      const characterRows = await page.$$eval('#by-character tr[data-key]', (rows) => rows.map((r) => r.getAttribute('data-key')));
      expect(characterRows).toEqual(['negative', 'passive', 'avoidant']);

      // One SVG per run with one line per dialogue.
      expect(await page.$$eval('figure[data-run="strong"] svg .dialogue', (n) => n.length)).toBe(6);
      expect(await page.$$eval('figure[data-run="weak"] svg .dialogue', (n) => n.length)).toBe(12);
      expect(await page.$$eval('figure[data-run="strong"] svg .dialogue.success', (n) => n.length)).toBe(6);
      // Trajectories are lines, not filled shapes.
      // (Browser globals are typed loosely: the test program is compiled without the DOM library.)
      const computedFills = await page.$$eval('svg polyline', (n) => n.map((p) => (globalThis as unknown as { getComputedStyle(e: unknown): { fill: string } }).getComputedStyle(p).fill));
      expect(new Set(computedFills)).toEqual(new Set(['none']));

      // The transcript viewer starts on the best run's first dialogue: every turn with emotion, change and reasons.
      const strongRows = sortedRows(path.join(strong, 'results.jsonl'));
      const first = strongRows.find((r) => r.id === 'p0');
      expect(first).toBeDefined();
      const turns = await page.$$eval('#transcript .turn', (nodes) =>
        nodes.map((n) => ({
          role: n.classList.contains('user') ? 'user' : 'assistant',
          emotion: n.querySelector('.emotion')?.textContent ?? null,
          change: n.querySelector('.change')?.textContent ?? null,
          reasons: Array.from(n.querySelectorAll('.reasons li'), (li) => (li as { textContent: string | null }).textContent),
          content: n.querySelector('.content')?.textContent ?? '',
        })),
      );
      expect(turns).toHaveLength(first?.history.length ?? -1);
      expect(turns.filter((t) => t.role === 'user').map((t) => t.emotion)).toEqual(['emotion 40', 'emotion 50', 'emotion 60', 'emotion 70', 'emotion 80', 'emotion 90', 'emotion 100']);
      expect(turns[2]).toEqual({ role: 'user', emotion: 'emotion 50', change: '+10', reasons: ['scripted +10 [deep-empathy]: turn 0', 'analysis of turn 0'], content: first?.history[2]?.content });
      expect(await page.textContent('#transcript-meta')).toContain('final emotion 100');

      // Clicking a line of the weak run's chart opens that dialogue.
      // Lines overlap, so the click is dispatched on the element itself rather than at a screen position.
      await page.dispatchEvent('figure[data-run="weak"] svg .dialogue[data-index="3"]', 'click');
      const weakRuns = await loadRuns([weak]);
      const chosen = weakRuns[0]?.rows[3];
      expect(await page.inputValue('#run-select')).toBe('1');
      expect(await page.inputValue('#dialogue-select')).toBe('3');
      expect(await page.textContent('#transcript-meta')).toContain(`profile ${chosen?.id}`);
      const lastEmotion = await page.$$eval('#transcript .turn.user .emotion', (n) => n[n.length - 1]?.textContent);
      expect(lastEmotion).toBe(`emotion ${chosen?.emo_point}`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  describeWithData('report of the recorded SAGE runs', ['sage/leaderboard.json', 'sage/transcripts/deepseek-v3/gpt-4.1.jsonl', 'sage/transcripts/deepseek-v3/qwen2.5-72b.jsonl'], (paths) => {
    it('shows the published scores and SAGE\'s own analyses in the viewer', async () => {
      const files = ['sage/transcripts/deepseek-v3/gpt-4.1.jsonl', 'sage/transcripts/deepseek-v3/qwen2.5-72b.jsonl'].map((f) => paths[f] as string);
      const leaderboard = JSON.parse(readFileSync(paths['sage/leaderboard.json'] as string, 'utf8')) as { models: { name: string; score: number; success: number; failure: number }[] };
      const html = path.join(tempDir(), 'sage.html');
      await writeReport(files, html);
      const { page, problems } = await openReport(browser, html);
      try {
        expect(problems).toEqual([]);
        const cells = await leaderboardCells(page);
        const published = (name: string): { score: string; success: string; failure: string } => {
          const m = leaderboard.models.find((x) => x.name === name);
          return { score: m?.score.toFixed(1) ?? '', success: String(m?.success), failure: String(m?.failure) };
        };
        expect({ score: cells['gpt-4.1']?.score, success: cells['gpt-4.1']?.success, failure: cells['gpt-4.1']?.failure }).toEqual(published('GPT-4.1'));
        expect({ score: cells['qwen2.5-72b']?.score, success: cells['qwen2.5-72b']?.success, failure: cells['qwen2.5-72b']?.failure }).toEqual(published('Qwen2.5-72B'));
        expect(await page.$$eval('#transcript .turn.user .reasons .analysis', (n) => n.length)).toBeGreaterThan(0);
        expect(await page.$$eval('figure svg .dialogue', (n) => n.length)).toBe(200);
      } finally {
        await page.close();
      }
    });
  });
});
