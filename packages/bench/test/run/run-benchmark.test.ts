import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { dialogueSeed, integerValue, ResumeMismatchError, runBenchmark, scoreFile, type BenchResultRow, type RunBenchmarkOptions } from '@rlver/bench';
import { persona, personas, ReplyScriptedSimulator, ScriptAgent, sortedRows, tempDir } from '../support/scripted';

function options(overrides: Partial<RunBenchmarkOptions> & Pick<RunBenchmarkOptions, 'agent' | 'out'>): RunBenchmarkOptions {
  return { profiles: personas(8), simulator: new ReplyScriptedSimulator(), onWarning: () => undefined, ...overrides };
}

describe('runBenchmark: the SAGE protocol', () => {
  const byProfile: Record<string, string> = {
    'I am up.': '[+10]', // 40 -> 100 in 6 replies: success
    'I am down.': '[-10]', // 40 -> 0 in 4 replies: failure (below 10)
    'I am leaving.': 'fine [bye] [+5]', // goodbye after 1 reply
    'I am flat.': 'ok [0]', // never moves: truncated after 9 appraised replies
    'I am capped.': '[+10]', // from 95: capped at 100 in one reply
  };
  const profiles = [
    persona('up', { firstMessage: 'I am up.' }),
    persona('down', { firstMessage: 'I am down.' }),
    persona('leaving', { firstMessage: 'I am leaving.' }),
    persona('flat', { firstMessage: 'I am flat.' }),
  ];
  const agent = new ScriptAgent((opening) => byProfile[opening] ?? '[0]');

  let rows: BenchResultRow[];
  beforeAll(async () => {
    const out = tempDir();
    await runBenchmark(options({ agent, out, profiles }));
    rows = sortedRows(path.join(out, 'results.jsonl'));
  });

  function row(id: string): BenchResultRow {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new Error(`no row for ${id}`);
    return found;
  }

  it('ends in success at 100, failure below 10, goodbye, or after 9 appraised replies (10 SAGE rounds)', () => {
    expect([row('up').outcome, row('up').emo_point, row('up').turns, row('up').emo_state]).toEqual(['success', 100, 6, 'Emotion-S']);
    expect([row('down').outcome, row('down').emo_point, row('down').turns, row('down').emo_state]).toEqual(['failure', 0, 4, 'Emotion-F']);
    expect([row('leaving').outcome, row('leaving').emo_point, row('leaving').turns]).toEqual(['goodbye', 45, 1]);
    expect([row('flat').outcome, row('flat').emo_point, row('flat').turns, row('flat').emo_state]).toEqual(['truncated', 40, 9, 'Emotion-B']);
    // 10 user messages and 9 agent replies: the unappraised 10th reply of SAGE's recordings is not requested.
    expect(row('flat').history).toHaveLength(19);
    expect(row('flat').history[18]?.role).toBe('user');
  });

  it('records the emotion on every user turn and the appraisal as planning, as SAGE does', () => {
    for (const r of rows) {
      const users = r.history.filter((m) => m.role === 'user');
      expect(users[0]?.['emotion-point']).toBe(40);
      expect(users[0]?.planning).toBeUndefined();
      let emotion = 40;
      for (const user of users.slice(1)) {
        const change = integerValue(user.planning?.change ?? NaN);
        emotion = Math.min(100, emotion + change);
        expect(user['emotion-point']).toBe(emotion);
        expect(user.planning?.reasons?.[0]).toEqual(expect.objectContaining({ cue: 'scripted', effect: change }));
        expect(user.planning?.analyse).toMatch(/^analysis of turn \d$/);
      }
      expect(r.emo_point).toBe(emotion);
      expect(r.history.filter((m) => m.role === 'assistant')).toHaveLength(r.turns);
    }
  });

  it('writes the profile fields, the persona, the seed and the full settings on every row', () => {
    const r = row('up');
    expect(r).toEqual(expect.objectContaining({ id: 'up', target: 'eq', character: 'passive', topic: 'topic of up', task: 'deep-empathy', repeat: 0 }));
    expect(r.persona.id).toBe('up');
    expect(r.seed).toBe(dialogueSeed(0, 'up', 0));
    expect(r.settings.protocol).toEqual({ rounds: 10, maxAgentReplies: 9, initialEmotion: 40, successAt: 100, failureBelow: 10, maxChange: 10, maxReplyChars: 4000 });
    expect(r.settings).toEqual(
      expect.objectContaining({ env: 'RLVER/EmpatheticChat-v0', seed: 0, repeats: 1, simulator: { kind: 'custom', name: 'reply-scripted', difficulty: 'vanilla' } }),
    );
    expect(r.settings.agent).toEqual({ spec: 'object:script-agent', name: 'script-agent', thinkThenSay: false, timeoutMs: 120000 });
    expect(r.settings.versions['@rlver/bench']).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.settings.versions['@rlver/env']).toMatch(/^\d+\.\d+\.\d+/);
    // Nothing that varies between workers, shards or machines.
    expect(JSON.stringify(r.settings)).not.toMatch(/workers|shard|tmp/);
  });

  it('caps the emotion at 100 and honours --initial-emotion and --max-turns', async () => {
    const out = tempDir();
    const capped = [persona('capped', { firstMessage: 'I am capped.' }), persona('flat', { firstMessage: 'I am flat.' })];
    const summary = await runBenchmark(options({ agent, out, profiles: capped, initialEmotion: 95, rounds: 4 }));
    const [cappedRow, flatRow] = sortedRows(summary.file);
    expect([cappedRow?.emo_point, cappedRow?.turns, cappedRow?.history[2]?.planning?.change]).toEqual([100, 1, 10]);
    expect([flatRow?.outcome, flatRow?.turns, flatRow?.settings.protocol.maxAgentReplies]).toEqual(['truncated', 3, 3]);
  });
});

describe('runBenchmark: determinism, workers and shards', () => {
  const profiles = personas(10);

  async function run(overrides: Partial<RunBenchmarkOptions>): Promise<BenchResultRow[]> {
    const out = tempDir();
    await runBenchmark(options({ agent: new ScriptAgent(), out, profiles, repeats: 2, ...overrides }));
    return sortedRows(path.join(out, 'results.jsonl'));
  }

  it('gives identical rows for any number of workers', async () => {
    const one = await run({ workers: 1 });
    const four = await run({ workers: 4 });
    expect(one).toHaveLength(20);
    expect(four).toEqual(one);
    // The dialogues really differ (the hashed simulator follows the seeds): equality is not trivial.
    expect(new Set(one.map((r) => r.emo_point)).size).toBeGreaterThan(2);
  });

  it('gives the same rows from merged shards as from one run', async () => {
    const full = await run({ workers: 2 });
    const shards = [];
    for (let index = 1; index <= 3; index++) shards.push(...(await run({ shard: { index, count: 3 } })));
    const merged = shards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.repeat - b.repeat));
    expect(merged).toEqual(full);
    const shardOne = await run({ shard: { index: 1, count: 3 } });
    expect([...new Set(shardOne.map((r) => r.id))]).toEqual(['p0', 'p3', 'p6', 'p9']);
  });

  it('derives every dialogue seed from (seed, profile id, repeat): another seed gives other dialogues', async () => {
    const seed0 = await run({});
    const again = await run({});
    const seed7 = await run({ seed: 7 });
    expect(again).toEqual(seed0);
    expect(seed7.map((r) => r.seed)).toEqual(seed7.map((r) => dialogueSeed(7, r.id, r.repeat)));
    expect(seed7.map((r) => r.seed)).not.toEqual(seed0.map((r) => r.seed));
    expect(new Set(seed0.map((r) => r.seed)).size).toBe(20);
  });

  it('scores repeats with a 95% interval over dialogues and over repeats', async () => {
    const out = tempDir();
    const summary = await runBenchmark(options({ agent: new ScriptAgent(), out, profiles, repeats: 3 }));
    expect(summary.score.dialogues).toBe(30);
    expect(summary.score.repeats).toBe(3);
    expect(summary.score.profiles).toBe(10);
    expect(summary.score.ci.dialogues?.n).toBe(10);
    expect(summary.score.ci.repeats?.n).toBe(3);
    const rows = sortedRows(summary.file);
    expect(rows.filter((r) => r.id === 'p0').map((r) => r.repeat)).toEqual([0, 1, 2]);
  });
});

describe('runBenchmark: resuming', () => {
  const profiles = personas(6);

  it('after a kill (a torn last line) runs only the missing dialogues and ends with exactly the full rows', async () => {
    const fullDir = tempDir();
    await runBenchmark(options({ agent: new ScriptAgent(), out: fullDir, profiles }));
    const fullText = readFileSync(path.join(fullDir, 'results.jsonl'), 'utf8');
    const lines = fullText.trimEnd().split('\n');
    expect(lines).toHaveLength(6);

    // The killed run: three rows written, the fourth torn in the middle of its line.
    const killedDir = tempDir();
    mkdirSync(killedDir, { recursive: true });
    const fourth = lines[3] as string;
    writeFileSync(path.join(killedDir, 'results.jsonl'), `${lines.slice(0, 3).join('\n')}\n${fourth.slice(0, Math.floor(fourth.length / 2))}`);
    const warnings: string[] = [];
    const agent = new ScriptAgent();
    const summary = await runBenchmark(options({ agent, out: killedDir, profiles, onWarning: (m) => warnings.push(m) }));

    expect(summary.skipped).toBe(3);
    expect(summary.ran).toBe(3);
    expect(warnings.join('\n')).toMatch(/removed a torn last line/);
    const resumed = readFileSync(path.join(killedDir, 'results.jsonl'), 'utf8').trimEnd().split('\n');
    expect(resumed).toHaveLength(6);
    expect(sortedRows(path.join(killedDir, 'results.jsonl'))).toEqual(sortedRows(path.join(fullDir, 'results.jsonl')));

    // A second rerun finds everything done: no agent call, no new row.
    const idle = new ScriptAgent();
    const again = await runBenchmark(options({ agent: idle, out: killedDir, profiles }));
    expect([again.ran, again.skipped, idle.calls]).toEqual([0, 6, 0]);
    expect(readFileSync(path.join(killedDir, 'results.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(6);
  });

  it('refuses to continue a directory written with other settings, naming the setting', async () => {
    const out = tempDir();
    await runBenchmark(options({ agent: new ScriptAgent(), out, profiles }));
    await expect(runBenchmark(options({ agent: new ScriptAgent(), out, profiles, seed: 3 }))).rejects.toThrow(ResumeMismatchError);
    await expect(runBenchmark(options({ agent: new ScriptAgent(), out, profiles, seed: 3 }))).rejects.toThrow(/results\.jsonl:1: written with settings\.seed = 0, but this run has 3/);
    await expect(runBenchmark(options({ agent: new ScriptAgent(), out, profiles, difficulty: 'challenging' }))).rejects.toThrow(/settings\.simulator\.difficulty = "vanilla"/);
  });
});

describe('runBenchmark: failing agents and simulators become error rows', () => {
  const profiles = [persona('ok', { firstMessage: 'ok' }), persona('throws', { firstMessage: 'throw' }), persona('hangs', { firstMessage: 'hang' }), persona('crash', { firstMessage: 'crash' }), persona('odd', { firstMessage: 'odd' })];
  const flaky = (opening: string, turn: number): Promise<string> | string => {
    if (opening === 'throw' && turn === 2) throw new Error('model server said 503');
    if (opening === 'hang' && turn === 1) return new Promise<string>(() => undefined);
    if (opening === 'crash') return '[crash]';
    if (opening === 'odd') return 42 as unknown as string;
    return '[+5]';
  };

  it('records the failure with its message and the dialogue so far, and the run goes on', async () => {
    const out = tempDir();
    const summary = await runBenchmark(options({ agent: new ScriptAgent(flaky), out, profiles, agentTimeoutMs: 200 }));
    expect(summary.errors).toBe(4);
    const rows = sortedRows(summary.file);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.ok?.outcome).toBe('truncated');
    expect(byId.throws?.error).toEqual({ source: 'agent', message: 'agent script-agent failed: model server said 503', turn: 2 });
    expect(byId.throws?.outcome).toBe('error');
    expect(byId.throws?.history).toHaveLength(5); // opening + two appraised exchanges
    expect(byId.throws?.emo_point).toBe(50);
    expect(byId.hangs?.error).toEqual({ source: 'agent', message: 'agent script-agent did not answer within 200 ms', turn: 1, timeout: true });
    expect(byId.crash?.error).toEqual(expect.objectContaining({ source: 'simulator', turn: 0 }));
    expect(byId.crash?.error?.message).toMatch(/simulator exploded on purpose/);
    expect(byId.odd?.error?.message).toMatch(/returned 42 \(number\): expected a string reply/);

    // Error rows are not scored, and say so.
    const scored = await scoreFile(out);
    expect([scored.dialogues, scored.errors, scored.score]).toEqual([1, 4, 85]);
  });

  it('keeps error rows on a plain rerun and runs them again with retryErrors; the finished row supersedes the error', async () => {
    const out = tempDir();
    await runBenchmark(options({ agent: new ScriptAgent(flaky), out, profiles, agentTimeoutMs: 200 }));
    const plain = await runBenchmark(options({ agent: new ScriptAgent(flaky), out, profiles, agentTimeoutMs: 200 }));
    expect(plain.ran).toBe(0);
    const fixed = new ScriptAgent(() => '[+5]');
    const retried = await runBenchmark(options({ agent: fixed, out, profiles, agentTimeoutMs: 200, retryErrors: true }));
    expect([retried.ran, retried.errors]).toEqual([4, 0]);
    const scored = await scoreFile(out);
    expect([scored.dialogues, scored.errors]).toEqual([5, 0]);
    expect(readFileSync(path.join(out, 'results.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(9);
  });
});

describe('runBenchmark: think-then-say', () => {
  it('removes the thought before the user reads the reply and keeps it in the row', async () => {
    const out = tempDir();
    const agent = new ScriptAgent(() => '<think>they want praise</think>You handled that well [+10]');
    const summary = await runBenchmark(options({ agent, out, profiles: [persona('t')], thinkThenSay: true }));
    const [row] = sortedRows(summary.file);
    expect(row?.history[1]).toEqual({ role: 'assistant', content: 'You handled that well [+10]', think: 'they want praise' });
    expect(row?.history[2]?.content).toBe('user 1 read "You handled that well [+10]" and feels 50');
    expect(row?.settings.agent.thinkThenSay).toBe(true);
  });
});
