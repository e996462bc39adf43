import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RuleSimulator, SchemaValidationError, type Appraisal, type DialogueState, type Persona, type UserSimulator, type UserUtterance } from '@rlver/env';
import { main, type CliIO } from '@rlver/bench';
import { publishedScore, readLeaderboard } from '../../src/replay/leaderboard';
import { readRecordedDialogues } from '../../src/replay/recorded';
import { replayDialogue, replayDialogues } from '../../src/replay/replay';
import { tempDir } from '../support/scripted';

/** A simulator whose change is written in the reply: "[+10] ..." gives +10. Records the states it saw. */
class ScriptedJudge implements UserSimulator {
  readonly name = 'scripted';
  readonly seen: DialogueState[] = [];
  async open(): Promise<UserUtterance> {
    return { text: 'hi', goodbye: false };
  }
  async appraise(state: DialogueState, reply: string): Promise<Appraisal> {
    this.seen.push(state);
    const change = Number(/\[([+-]?\d+)\]/.exec(reply)?.[1] ?? 0);
    return { change, reasons: [{ cue: 'scripted', effect: change, detail: 'scripted' }] };
  }
  async respond(): Promise<UserUtterance> {
    return { text: 'ok', goodbye: false };
  }
}

const PERSONA: Persona = {
  id: 'p-en',
  source: 'custom',
  language: 'en',
  name: 'Sam',
  characterType: 'passive',
  traits: [],
  hiddenNeed: 'others-motives',
  topic: 'my manager took credit for my plan',
  background: 'My manager presented my launch plan as his own.',
  others: [{ name: 'Mark', relation: 'manager' }],
  revelations: [],
  keywords: ['launch plan'],
};

/** One recorded dialogue: (agent reply, recorded change, user answer) triples after an opening at `start`. */
function row(id: string, start: number, turns: ReadonlyArray<readonly [string, number, string]>, extra: Record<string, unknown> = {}, trailingReply?: string): string {
  const history: Array<Record<string, unknown>> = [{ role: 'user', content: 'Mark presented my launch plan as his own.', 'emotion-point': String(start) }];
  let emotion = start;
  for (const [reply, change, answer] of turns) {
    emotion += change;
    history.push({ role: 'assistant', content: reply }, { role: 'user', content: answer, 'emotion-point': emotion, planning: { change: String(change) } });
  }
  if (trailingReply) history.push({ role: 'assistant', content: trailingReply });
  return JSON.stringify({ id, emo_point: emotion, persona: PERSONA, ...extra, history });
}

function sageRow(id: string, turns: ReadonlyArray<readonly [string, number, string]>): string {
  const history: Array<Record<string, unknown>> = [{ role: 'user', content: '张伟又抢我功劳了。', 'emotion-point': 40 }];
  let emotion = 40;
  for (const [reply, change, answer] of turns) {
    emotion += change;
    history.push({ role: 'assistant', content: reply }, { role: 'user', content: answer, 'emotion-point': emotion, planning: { change } });
  }
  return JSON.stringify({
    id,
    emo_point: emotion,
    player: '* 姓名：李雷\n* 年龄：30岁',
    scene: '## 剧本背景故事\n\n**事件起因：**\n李雷的同事张伟抢了他的功劳。\n\n**主要冲突：**\n- **冲突角色：** 李雷与张伟。',
    character: '负面型',
    task: '你想分析事件中其他人物这么做的原因',
    history,
  });
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('replay of recorded dialogues', () => {
  const dir = tempDir();
  const file = path.join(dir, 'agent-a.jsonl');
  writeFileSync(
    file,
    [
      // Recorded 40 -> 45 -> 35; the simulator says +10, +10; the trailing reply was never judged.
      row('a', 40, [['[+10] I hear you.', 5, 'Thanks.'], ['[+10] Maybe he felt threatened.', -10, 'Not really.']], {}, '[-10] never judged'),
      // The replayed emotion reaches 100 after the second reply: frozen there, later pairs still recorded.
      row('b', 90, [['[+5] One.', -5, 'Hm.'], ['[+10] Two.', 5, 'Ok.'], ['[-10] Three.', -5, 'Eh.']]),
      // The replayed emotion falls below 10 at once.
      row('c', 15, [['[-10] Bad.', 5, 'Hm.'], ['[+10] Good.', 5, 'Ok.']]),
    ].join('\n') + '\n',
  );

  it('reads recorded replies with their context, recorded change and emotion (numbers or digit strings)', async () => {
    const [a] = await readRecordedDialogues(file);
    expect(a!.initialEmotion).toBe(40);
    expect(a!.recordedFinal).toBe(35);
    expect(a!.replies.map((r) => [r.turn, r.recordedChange, r.emotionBefore])).toEqual([
      [0, 5, 40],
      [1, -10, 45],
    ]);
    expect(a!.replies[1]!.history.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(a!.replies[1]!.reply).toBe('[+10] Maybe he felt threatened.');
  });

  it('pairs recorded and simulated changes, adds the simulated ones from the recorded start and caps at 100', async () => {
    const judge = new ScriptedJudge();
    const [a, b, c] = await readRecordedDialogues(file);
    const ra = await replayDialogue(a!, judge);
    expect(ra.pairs).toEqual([
      [5, 10],
      [-10, 10],
    ]);
    expect(ra.finalEmotion).toBe(60);
    expect(ra.endedEarly).toBeUndefined();
    const rb = await replayDialogue(b!, judge);
    expect(rb.pairs).toEqual([
      [-5, 5],
      [5, 10],
      [-5, -10],
    ]);
    expect(rb.finalEmotion).toBe(100);
    expect(rb.endedEarly).toEqual({ afterReply: 1, outcome: 'success' });
    const rc = await replayDialogue(c!, judge);
    expect(rc.finalEmotion).toBe(5);
    expect(rc.endedEarly).toEqual({ afterReply: 0, outcome: 'failure' });
    expect(rc.pairs).toHaveLength(2);
    // The simulator saw the recorded history, the replayed emotion and its own earlier appraisals.
    const second = judge.seen[1]!;
    expect(second.history.map((m) => m.content)).toEqual(['Mark presented my launch plan as his own.', '[+10] I hear you.', 'Thanks.']);
    expect(second.emotion).toBe(50);
    expect(second.appraisals.map((x) => x.change)).toEqual([10]);
  });

  it('summarises a file: replay score (rounded half up), Pearson and sign agreement', async () => {
    const summary = await replayDialogues(file, await readRecordedDialogues(file), new ScriptedJudge());
    expect(summary.dialogues).toBe(3);
    expect(summary.replayScore).toBe(55); // (60 + 100 + 5) / 3 = 55
    expect(summary.recordedScore).toBe(48.3); // (35 + 85 + 25) / 3
    expect(summary.pairs).toHaveLength(7);
    expect(summary.signAgreement).toBeCloseTo(4 / 7, 12);
    expect(summary.endedEarly).toBe(2);
  });

  it('builds the persona of a SAGE row from its profile fields, and replays it with the rule simulator', async () => {
    const sage = path.join(dir, 'sage.jsonl');
    writeFileSync(sage, sageRow('s1', [['他可能是因为自己压力很大，背后也许有他的顾虑。', 5, '嗯，有道理。'], ['你应该想开点。', -5, '唉。']]) + '\n');
    const [d] = await readRecordedDialogues(sage);
    expect(d!.persona).toMatchObject({ language: 'zh', hiddenNeed: 'others-motives', characterType: 'negative', name: '李雷' });
    const replay = await replayDialogue(d!, new RuleSimulator());
    expect(replay.pairs.map((p) => p[0])).toEqual([5, -5]);
    for (const [, simulated] of replay.pairs) expect([-10, -5, 5, 10]).toContain(simulated);
    expect(replay.appraisals[0]!.reasons.some((r) => r.cue === 'others-motives' && r.need === 'others-motives')).toBe(true);
  });

  it('names the file, line and field of a malformed row', async () => {
    const broken = path.join(dir, 'broken.jsonl');
    const good = row('ok', 40, [['[+5] a', 5, 'b']]);
    const noPlanning = JSON.stringify({ id: 'x', emo_point: 40, persona: PERSONA, history: [{ role: 'user', content: 'a', 'emotion-point': 40 }, { role: 'assistant', content: 'b' }, { role: 'user', content: 'c', 'emotion-point': 45 }] });
    writeFileSync(broken, `${good}\n${noPlanning}\n`);
    await expect(readRecordedDialogues(broken)).rejects.toThrow(SchemaValidationError);
    await expect(readRecordedDialogues(broken)).rejects.toThrow(/broken\.jsonl:2: field \/history\/2\/planning is missing/);
    const noProfile = path.join(dir, 'no-profile.jsonl');
    writeFileSync(noProfile, JSON.stringify({ id: 'y', emo_point: 40, history: [{ role: 'user', content: 'a', 'emotion-point': 40 }] }) + '\n');
    await expect(readRecordedDialogues(noProfile)).rejects.toThrow(/no-profile\.jsonl:1: field \/player is missing/);
  });

  it('maps transcript files to published scores through the leaderboard', () => {
    const board = path.join(dir, 'board.json');
    writeFileSync(board, JSON.stringify({ models: [{ name: 'Model-A', score: 60.5 }, { name: 'other', score: 12 }], transcripts_here: { 'agent-a.jsonl': 'Model-A' } }));
    const parsed = readLeaderboard(board);
    expect(publishedScore(parsed, file)).toBe(60.5);
    expect(publishedScore(parsed, '/x/Other.jsonl')).toBe(12);
    expect(publishedScore(parsed, '/x/unknown.jsonl')).toBeUndefined();
    const bad = path.join(dir, 'bad-board.json');
    writeFileSync(bad, JSON.stringify({ models: [{ name: 'x' }] }));
    expect(() => readLeaderboard(bad)).toThrow(/bad-board\.json: field \/models\/0\/score is required/);
  });

  describe('rlver-bench replay', () => {
    const other = path.join(dir, 'agent-b.jsonl');
    writeFileSync(other, [row('d', 40, [['I hear how much that hurt.', 5, 'Thanks, that helps.'], ['Maybe he felt threatened by you.', 10, 'Oh, that makes sense.']]), row('e', 40, [['Stay positive!', -5, 'Ugh, useless.']])].join('\n') + '\n');
    const board = path.join(dir, 'leaderboard.json');
    writeFileSync(board, JSON.stringify({ models: [{ name: 'A', score: 30 }, { name: 'B', score: 70 }], transcripts_here: { 'agent-a.jsonl': 'A', 'agent-b.jsonl': 'B' } }));

    it('prints one JSON object per file with the documented keys, then the Spearman figure', async () => {
      const { code, stdout, stderr } = await cli('replay', file, other, '--simulator', 'rule', '--json', '--leaderboard', board);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(3);
      for (const line of lines.slice(0, 2)) expect(Object.keys(line)).toEqual(expect.arrayContaining(['file', 'pairs', 'replayScore', 'pearson', 'signAgreement']));
      const expected = await replayDialogues(other, await readRecordedDialogues(other), new RuleSimulator());
      expect(lines[1]).toMatchObject({ file: other, pairs: expected.pairs, replayScore: expected.replayScore, published: 70 });
      expect(lines[2]).toEqual({ spearman: expect.any(Number), files: [expect.objectContaining({ published: 30 }), expect.objectContaining({ published: 70 })] });
      expect([-1, 1]).toContain(lines[2]!.spearman);
    });

    it('prints each dialogue’s finals and pairs, then a summary line per file', async () => {
      const { code, stdout } = await cli('replay', file);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(4);
      expect(lines[1]).toMatch(/^  b: final \d+ \(recorded 85\)/);
      expect(lines[0]).toMatch(/pairs \(recorded,simulated\): \(\+5,[+-]\d+\) \(-10,[+-]\d+\)$/);
      expect(lines[3]).toMatch(/agent-a\.jsonl: 3 dialogues, 7 appraised replies; replay score \d+\.\d \(recorded 48\.3\); per-turn pearson/);
      const summary = await cli('replay', other, '--summary');
      expect(summary.stdout).toMatch(/^\S*agent-b\.jsonl: 2 dialogues, 3 appraised replies; replay score \d+\.\d \(recorded 45\.0\); per-turn pearson [-\d.]+, sign agreement [\d.]+; \d+ replays ended before the recording\n$/);
    });

    it('puts each dialogue’s replayed and recorded final emotion in the JSON', async () => {
      const { stdout } = await cli('replay', file, '--json');
      const line = JSON.parse(stdout) as { finals: Array<{ id: string; replayed: number; recorded: number }> };
      expect(line.finals.map((f) => [f.id, f.recorded])).toEqual([
        ['a', 35],
        ['b', 85],
        ['c', 25],
      ]);
      const expected = await replayDialogues(file, await readRecordedDialogues(file), new RuleSimulator());
      expect(line.finals.map((f) => f.replayed)).toEqual(expected.replays.map((r) => r.finalEmotion));
    });

    it('cross-validates over files, each held out once', async () => {
      const { code, stdout } = await cli('replay', file, other, '--cross-validate', '--json', '--leaderboard', board);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.map((l) => l.file ?? l.crossValidation)).toEqual([file, other, 'leave-one-file-out']);
      expect(lines[2]).toMatchObject({ pairs: 10 });
    });

    it('rejects other simulators, bad difficulties and too few files for cross-validation with exit code 2', async () => {
      expect(await cli('replay', file, '--simulator', 'llm')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--simulator.*"llm".*"rule"/) });
      expect(await cli('replay', file, '--difficulty', 'hard')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--difficulty/) });
      expect(await cli('replay', file, '--cross-validate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/at least two files/) });
    });
  });
});

