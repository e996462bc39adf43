import {
  EmpatheticChatEnv,
  InvalidActionError,
  InvalidOptionError,
  ResetNeededError,
  SimulatorError,
  UnknownPersonaError,
  checkEnv,
  make,
  type ChatInfo,
} from '@rlver/env';
import { ScriptedSimulator } from '../support/scripted-simulator';
import { testPersona } from '../support/personas';

const personas = [testPersona(), testPersona({ id: 'test-bo', name: 'Bo', hiddenNeed: 'practical-advice', characterType: 'negative' })];

function env(changes: number[], extra: Record<string, unknown> = {}, goodbyeAtTurn?: number) {
  const simulator = new ScriptedSimulator(changes, goodbyeAtTurn);
  return { simulator, env: new EmpatheticChatEnv({ simulator, personas, ...extra }) };
}

describe('EmpatheticChatEnv', () => {
  it('observes the chat from the agent side and keeps the emotion privileged', async () => {
    const { env: e } = env([5]);
    const [obs, info] = await e.reset({ seed: 1 });
    expect(obs).toEqual([{ role: 'user', content: expect.stringContaining('hello from') }]);
    expect(info).toMatchObject({ emotion: 40, band: 'B', turn: 0, difficulty: 'vanilla' });
    expect(['test-ana', 'test-bo']).toContain(info.personaId);
    const [obs2, reward, terminated, truncated, info2] = await e.step('That sounds exhausting.');
    expect(obs2.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(obs2[1]).toEqual({ role: 'assistant', content: 'That sounds exhausting.' });
    expect(JSON.stringify(obs2)).not.toMatch(/emotion|hiddenNeed/);
    expect([reward, terminated, truncated]).toEqual([0, false, false]);
    expect(info2).toMatchObject({ emotion: 45, change: 5, turn: 1 });
    expect(info2.reasons?.[0]?.cue).toBe('scripted');
  });

  it('pays max(0, emotion)/100 once, at the end, and truncates at maxTurns', async () => {
    const { env: e } = env([5, -5, 10], { maxTurns: 3 });
    await e.reset({ seed: 2 });
    const rewards: number[] = [];
    let last: [boolean, boolean, ChatInfo] | undefined;
    for (let t = 0; t < 3; t++) {
      const [, reward, terminated, truncated, info] = await e.step(`reply ${t}`);
      rewards.push(reward);
      last = [terminated, truncated, info];
    }
    expect(rewards).toEqual([0, 0, 0.5]);
    expect(last?.[0]).toBe(false);
    expect(last?.[1]).toBe(true);
    expect(last?.[2].outcome).toBe('truncated');
    await expect(e.step('one more')).rejects.toBeInstanceOf(ResetNeededError);
  });

  it('terminates with success at 100 (capped) and failure below 10', async () => {
    const up = env([10], { initialEmotion: 95 }).env;
    await up.reset({ seed: 3 });
    const [, reward, terminated, truncated, info] = await up.step('great');
    expect([reward, terminated, truncated, info.emotion, info.change, info.outcome]).toEqual([1, true, false, 100, 5, 'success']);

    const down = env([-10], { initialEmotion: 15 }).env;
    await down.reset({ seed: 3 });
    const [, r2, t2, , i2] = await down.step('whatever');
    expect([r2, t2, i2.emotion, i2.outcome]).toEqual([0.05, true, 5, 'failure']);
  });

  it('terminates when the user says goodbye', async () => {
    const { env: e } = env([0], {}, 2);
    await e.reset({ seed: 4 });
    await e.step('a');
    const [, reward, terminated, , info] = await e.step('b');
    expect([terminated, info.outcome, info.goodbye, reward]).toEqual([true, 'goodbye', true, 0.4]);
  });

  it('pays per-turn deltas that sum to (final - initial)/100 in delta mode', async () => {
    const { env: e } = env([10, 10, 10, -5], { reward: 'delta', initialEmotion: 75, maxTurns: 4 });
    await e.reset({ seed: 5 });
    const rewards: number[] = [];
    for (let t = 0; t < 4; t++) {
      const [, reward, terminated] = await e.step('x');
      rewards.push(reward);
      if (terminated) break;
    }
    // 75 -> 85 -> 95 -> 100 (capped: +5) -> success
    expect(rewards).toEqual([0.1, 0.1, 0.05]);
  });

  it('gives identical episodes for the same seed and actions', async () => {
    const run = async () => {
      const { env: e } = env([5, -5]);
      const trace: unknown[] = [await e.reset({ seed: 11 })];
      for (const a of ['one', 'two', 'three']) trace.push(await e.step(a));
      return trace;
    };
    expect(await run()).toEqual(await run());
  });

  it('continues a reproducible sequence of episodes after one seeded reset', async () => {
    const ids = async () => {
      const { env: e } = env([5]);
      const out: number[] = [];
      out.push((await e.reset({ seed: 9 }))[1].episodeSeed);
      for (let i = 0; i < 3; i++) out.push((await e.reset())[1].episodeSeed);
      return out;
    };
    const a = await ids();
    expect(await ids()).toEqual(a);
    expect(new Set(a).size).toBe(4);
  });

  it('leaves the episode untouched when the simulator fails, so the same step can be retried', async () => {
    const reference = env([5, 5]).env;
    await reference.reset({ seed: 21 });
    await reference.step('first');
    const expected = await reference.step('second');

    for (const stage of ['appraise', 'respond'] as const) {
      const { env: e, simulator } = env([5, 5]);
      await e.reset({ seed: 21 });
      await e.step('first');
      simulator.failNext[stage] = 1;
      await expect(e.step('second')).rejects.toThrow(`${stage} failed`);
      expect(await e.step('second')).toEqual(expected);
    }
  });

  it('cuts over-long replies to maxReplyChars and says so', async () => {
    const { env: e } = env([0], { maxReplyChars: 10 });
    await e.reset({ seed: 1 });
    const [obs, , , , info] = await e.step('x'.repeat(25));
    expect(obs[1]?.content).toBe('x'.repeat(10));
    expect(info.replyTruncated).toBe(true);
  });

  it('rejects bad input with typed errors that name the bad value', async () => {
    const { env: e } = env([0]);
    await expect(e.step('hi')).rejects.toThrow(ResetNeededError);
    await e.reset({ seed: 1 });
    await expect(e.step(42 as unknown as string)).rejects.toThrow(InvalidActionError);
    await expect(e.step(42 as unknown as string)).rejects.toThrow(/invalid action 42 \(number\): expected a string reply/);
    await expect(e.reset({ options: { personaId: 'nobody' } })).rejects.toThrow(UnknownPersonaError);
    await expect(e.reset({ options: { personaId: 'nobody' } })).rejects.toThrow(/"nobody".*test-ana, test-bo/);
    await expect(e.reset({ options: { persona: { id: 'x' } } })).rejects.toThrow(/reset options.persona: field \/source is required/);
    await expect(e.reset({ options: { colour: 'red' } })).rejects.toThrow(/options.colour/);
    expect(() => new EmpatheticChatEnv({ difficulty: 'hard' as never })).toThrow(InvalidOptionError);
    expect(() => new EmpatheticChatEnv({ difficulty: 'hard' as never })).toThrow(/"difficulty": got "hard", expected one of "vanilla", "challenging"/);
    expect(() => new EmpatheticChatEnv({ maxTurns: 0 })).toThrow(/"maxTurns": got 0/);
    expect(() => new EmpatheticChatEnv({ language: 'fr' as never })).toThrow(/"language": got "fr"/);
    expect(() => new EmpatheticChatEnv({ reward: 'sparse' as never })).toThrow(/"reward"/);
    expect(() => new EmpatheticChatEnv({ simulator: 'gpt' as never })).toThrow(/"simulator": got "gpt"/);
    expect(() => new EmpatheticChatEnv({ simulator: {} as never })).toThrow(/"simulator"/);
    expect(() => new EmpatheticChatEnv({ personas: [] })).toThrow(/"personas"/);
    expect(() => new EmpatheticChatEnv({ maxTurn: 3 } as never)).toThrow(/"maxTurn"/);
  });

  it('rejects a simulator whose change is out of range without touching the episode', async () => {
    const { env: e } = env([37]);
    await e.reset({ seed: 1 });
    await expect(e.step('hi')).rejects.toThrow(SimulatorError);
    await expect(e.step('hi')).rejects.toThrow(/change 37: expected an integer in \[-10, 10\]/);
  });

  it('plays a chosen persona by id and renders an ansi transcript', async () => {
    const { env: e } = env([5], { renderMode: 'ansi' });
    const [, info] = await e.reset({ seed: 1, options: { personaId: 'test-bo' } });
    expect(info).toMatchObject({ personaId: 'test-bo', hiddenNeed: 'practical-advice', characterType: 'negative' });
    await e.step('What would help most right now?');
    const text = e.render() ?? '';
    expect(text).toContain('Bo (test-bo)');
    expect(text).toContain('AGENT What would help most right now?');
    expect(text).toContain('(+5: scripted +5)');
    expect(text).toMatch(/USER  \[emotion 45 B\]/);
  });

  it('passes checkEnv, built directly and through make()', async () => {
    await expect(checkEnv(env([5, -5]).env)).resolves.toMatchObject({ problems: [] });
    const made = make('RLVER/EmpatheticChat-v0', { simulator: new ScriptedSimulator([5]), personas, maxTurns: 3, renderMode: 'ansi' });
    const report = await checkEnv(made);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});
