import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  EmpatheticChatEnv,
  OrderEnforcing,
  RecordEpisodeStatistics,
  ResetNeededError,
  ThinkThenSay,
  TimeLimit,
  TranscriptRecorder,
  readJsonl,
  splitThought,
  type TranscriptRecord,
} from '@rlver/env';
import { ScriptedSimulator } from '../support/scripted-simulator';
import { testPersona } from '../support/personas';

const personas = [testPersona()];
const chat = (changes: number[] = [5], maxTurns = 8) => new EmpatheticChatEnv({ simulator: new ScriptedSimulator(changes), personas, maxTurns });

describe('TimeLimit', () => {
  it('truncates after maxEpisodeSteps and restarts the count on reset', async () => {
    const env = new TimeLimit(chat([0]), 2);
    await env.reset({ seed: 1 });
    expect((await env.step('a'))[3]).toBe(false);
    expect((await env.step('b'))[3]).toBe(true);
    await env.reset();
    expect((await env.step('a'))[3]).toBe(false);
    expect(() => new TimeLimit(chat(), 0)).toThrow(/"maxEpisodeSteps": got 0/);
  });
});

describe('OrderEnforcing', () => {
  it('refuses step before reset', async () => {
    const env = new OrderEnforcing(chat());
    await expect(env.step('x')).rejects.toBeInstanceOf(ResetNeededError);
    expect(env.render()).toBeUndefined();
    await env.reset({ seed: 1 });
    await expect(env.step('x')).resolves.toHaveLength(5);
  });
});

describe('RecordEpisodeStatistics', () => {
  it('reports return and length on the last step only, and keeps queues', async () => {
    const env = new RecordEpisodeStatistics(chat([5], 3), 2);
    for (let episode = 0; episode < 3; episode++) {
      await env.reset({ seed: episode });
      const infos = [];
      for (let t = 0; t < 3; t++) infos.push((await env.step('x'))[4]);
      expect(infos[0]?.episode).toBeUndefined();
      expect(infos[2]?.episode).toMatchObject({ r: 0.55, l: 3 });
      expect(infos[2]?.episode?.t).toBeGreaterThanOrEqual(0);
    }
    expect(env.returnQueue).toEqual([0.55, 0.55]);
    expect(env.lengthQueue).toEqual([3, 3]);
  });
});

describe('splitThought', () => {
  it.each([
    ['no markup', 'Hello there.', { say: 'Hello there.', thought: '', format: 'none' }],
    ['a well-formed block', '<think>she wants advice</think> Try asking him.', { say: 'Try asking him.', thought: 'she wants advice', format: 'ok' }],
    ['several blocks', '<think>a</think>Hi <THINK>b</THINK>there', { say: 'Hi there', thought: 'a\n\nb', format: 'ok' }],
    ['a missing opening tag', 'plan: listen first</think>I am listening.', { say: 'I am listening.', thought: 'plan: listen first', format: 'missing-open' }],
    ['an unclosed block', 'Sure. <think>hmm, what does she', { say: 'Sure.', thought: 'hmm, what does she', format: 'unclosed' }],
    ['only an unclosed block', '<think>I never finish', { say: '', thought: 'I never finish', format: 'unclosed' }],
  ])('handles %s', (_label, reply, expected) => {
    expect(splitThought(reply)).toEqual(expected);
  });
});

describe('ThinkThenSay', () => {
  it('shows the user only the reply and keeps the thought in info', async () => {
    const env = new ThinkThenSay(chat());
    await env.reset({ seed: 1 });
    const [obs, , , , info] = await env.step('<think>She feels unseen; reflect that.</think>That sounds so lonely.');
    expect(obs[1]).toEqual({ role: 'assistant', content: 'That sounds so lonely.' });
    expect(JSON.stringify(obs)).not.toContain('unseen');
    expect(info.thought).toBe('She feels unseen; reflect that.');
    expect(info.thinkFormat).toBe('ok');
    await expect(env.step(7 as unknown as string)).rejects.toThrow(/invalid action 7/);
  });
});

describe('TranscriptRecorder', () => {
  it('appends one parseable line per finished episode, even from several recorders on one file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rlver-transcripts-'));
    const file = path.join(dir, 'episodes.jsonl');
    const recorders = [0, 1, 2].map(() => new TranscriptRecorder(chat([5, -5], 2), file));
    await Promise.all(
      recorders.map(async (env, i) => {
        for (let episode = 0; episode < 2; episode++) {
          await env.reset({ seed: 10 * i + episode });
          await env.step(`hello ${i}`);
          await env.step(`again ${i}`);
        }
      }),
    );
    const rows = (await readJsonl(file)).map((r) => r.value as TranscriptRecord);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.seed).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([0, 1, 10, 11, 20, 21]);
    const one = rows.find((r) => r.seed === 11);
    expect(one).toMatchObject({ episode: 1, length: 2, truncated: true, terminated: false, return: 0.4 });
    expect(one?.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(one?.steps.map((s) => s.info.change)).toEqual([5, -5]);
  });

  it('keeps earlier episodes readable when a previous writer left a torn line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rlver-transcripts-'));
    const file = path.join(dir, 'episodes.jsonl');
    writeFileSync(file, '{"episode":0}\n{"episode":1,"tor');
    const env = new TranscriptRecorder(chat([5], 1), file);
    await env.reset({ seed: 1 });
    await env.step('hi');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2] ?? '')).toMatchObject({ length: 1 });
    await expect(readJsonl(file)).rejects.toThrow(/episodes.jsonl:2: not valid JSON/);
  });
});
