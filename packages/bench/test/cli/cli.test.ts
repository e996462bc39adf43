import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { main, type CliIO } from '@rlver/bench';
import { tempDir } from '../support/scripted';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const MODULE_AGENT = "exports.name = 'steady';\nexports.respond = async (messages) => 'I am listening. ' + messages.length;\n";

function sageRow(id: string, final: number, need: string, character: string): string {
  return JSON.stringify({ id, emo_point: final, task: need, character, history: [{ role: 'user', content: 'hi', 'emotion-point': 40 }, { role: 'assistant', content: 'hello' }, { role: 'user', content: 'ok', 'emotion-point': final, planning: { change: final - 40 } }] });
}

describe('rlver-bench score / compare', () => {
  const dir = tempDir();
  const a = path.join(dir, 'model-a.jsonl');
  const b = path.join(dir, 'model-b.jsonl');
  writeFileSync(a, [sageRow('1', 50, '你希望对方用心倾听你的情绪宣泄', '负面型'), sageRow('2', 45, '你希望对方辩证地分析事件中的问题', '被动型')].join('\n') + '\n');
  writeFileSync(b, [sageRow('1', 30, '你希望对方用心倾听你的情绪宣泄', '负面型'), sageRow('2', 5, '你希望对方辩证地分析事件中的问题', '被动型')].join('\n') + '\n');

  it('prints one JSON object per file with the documented keys first', async () => {
    const { code, stdout } = await cli('score', a, b, '--json');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0] ?? {}).slice(0, 7)).toEqual(['file', 'score', 'success', 'failure', 'turns', 'byNeed', 'byCharacter']);
    expect(lines.map((l) => [l.file, l.score, l.success, l.failure, l.turns])).toEqual([
      [a, 47.5, 0, 0, 1],
      [b, 17.5, 0, 1, 1],
    ]);
    expect(lines[0]?.byNeed).toEqual({
      'balanced-analysis': { dialogues: 1, score: 45, success: 0, failure: 0, turns: 1 },
      'attentive-listening': { dialogues: 1, score: 50, success: 0, failure: 0, turns: 1 },
    });
  });

  it('prints a readable block per file', async () => {
    const { code, stdout } = await cli('score', a);
    expect(code).toBe(0);
    expect(stdout).toContain('score 47.5  success 0  failure 0  turns 1.00  dialogues 2');
    expect(stdout).toMatch(/by hidden need:\n\s+balanced-analysis\s+n=\s+1\s+score\s+45\.0/);
    expect(stdout).toMatch(/by character type:\n\s+negative\s+n=\s+1\s+score\s+50\.0/);
  });

  it('prints a markdown leaderboard, best first', async () => {
    const { code, stdout } = await cli('compare', b, a);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| # | Run | Agent | Simulator | Score | 95% CI | Success | Failure | Turns | Dialogues |');
    expect(lines[2]).toMatch(/^\| 1 \| model-a \| – \| – \| 47\.5 \| 15\.7–79\.3 \| 0 \| 0 \| 1\.00 \| 2 \|$/);
    expect(lines[3]).toMatch(/^\| 2 \| model-b \| – \| – \| 17\.5 \| /);
  });

  it('says which path is missing', async () => {
    const missing = path.join(dir, 'nothing-here');
    const { code, stderr } = await cli('score', missing);
    expect(code).toBe(2);
    expect(stderr).toBe(`rlver-bench: ${missing}: no such file (expected a results JSONL file, or a run directory that holds results.jsonl)\n`);
  });

  it('fails on a malformed row with file:line and field, exit code 2', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, `${sageRow('1', 50, 'x', 'y')}\n{"id":"2","emo_point":40,"history":[{"role":"narrator","content":"?"}]}\n`);
    const { code, stderr } = await cli('score', bad);
    expect(code).toBe(2);
    expect(stderr).toBe(`rlver-bench: ${bad}:2: field /history/0/role must be one of ["user","assistant","system"]\n`);
  });
});

describe('rlver-bench run', () => {
  it('runs a module agent on generated profiles, prints the score, and resumes without duplicating', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'agent.js'), MODULE_AGENT);
    const out = path.join(dir, 'run');
    const args = ['run', '--agent', `module:${path.join(dir, 'agent.js')}`, '--profiles', 'generated', '--count', '4', '--language', 'zh', '--seed', '5', '--out', out, '--workers', '2'];
    const first = await cli(...args);
    expect(first.stderr).toContain('4 dialogue(s) run, 0 already done, 0 error row(s) written');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(path.join(out, 'results.jsonl'));
    expect(first.stdout).toMatch(/score \d+\.\d {2}success \d+ {2}failure \d+/);
    const rows = readFileSync(path.join(out, 'results.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { settings: { profiles: unknown; seed: number } });
    expect(rows).toHaveLength(4);
    expect(rows[0]?.settings.profiles).toEqual({ source: 'generated', count: 4, language: 'zh', seed: 5 });
    const second = await cli(...args);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('0 dialogue(s) run, 4 already done');
    expect(readFileSync(path.join(out, 'results.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(4);
  });

  it('draws a progress bar only on a terminal', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'agent.js'), MODULE_AGENT);
    const args = (out: string): string[] => ['run', '--agent', `module:${path.join(dir, 'agent.js')}`, '--profiles', 'generated', '--count', '3', '--out', out];
    let drawn = '';
    // A stream that says it is a terminal, as process.stderr does on one.
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    terminal.on('data', (chunk: Buffer) => (drawn += chunk.toString('utf8')));
    const code = await main(args(path.join(dir, 'tty')), { stdout: () => undefined, stderr: () => undefined, isTTY: true, progressStream: terminal });
    expect(code).toBe(0);
    expect(drawn).toMatch(/dialogues .* 3\/3 \| errors 0/);
    const plain = await cli(...args(path.join(dir, 'pipe')));
    expect(plain.stderr).not.toMatch(/dialogues .*\/3/);
  });

  it('lists the valid agent forms for an unknown spec', async () => {
    const { code, stderr } = await cli('run', '--agent', 'gpt4', '--profiles', 'generated', '--out', tempDir());
    expect(code).toBe(2);
    expect(stderr).toContain('invalid agent spec "gpt4": unknown kind "gpt4"; expected one of:');
    for (const form of ['openai:MODEL', 'http:URL', 'module:PATH', 'builtin:NAME', 'checkpoint:DIR']) expect(stderr).toContain(form);
  });

  it('names the line and field of a profiles file that fails the schema', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'agent.js'), MODULE_AGENT);
    const profiles = path.join(dir, 'profiles.jsonl');
    const good = { id: 'a', source: 'custom', language: 'en', name: 'A', characterType: 'passive', traits: [], hiddenNeed: 'deep-empathy', topic: 't', background: 'b', others: [], revelations: [], keywords: [] };
    writeFileSync(profiles, `${JSON.stringify(good)}\n${JSON.stringify({ ...good, id: 'b', hiddenNeed: 'cheering-up' })}\n`);
    const { code, stderr } = await cli('run', '--agent', `module:${path.join(dir, 'agent.js')}`, '--profiles', profiles, '--out', path.join(dir, 'run'));
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`${profiles.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: field /hiddenNeed must be one of`));
  });

  it('rejects bad flags naming the flag', async () => {
    const bad = await cli('run', '--agent', 'builtin:x', '--profiles', 'generated', '--out', tempDir(), '--workers', 'many');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid option "--workers": got "many", expected an integer from 1 to 1024');
    const shard = await cli('run', '--agent', 'builtin:x', '--profiles', 'generated', '--out', tempDir(), '--shard', '3/2');
    expect(shard.stderr).toContain('invalid option "shard": got "3/2", expected "i/n" with 1 <= i <= n');
  });
});
