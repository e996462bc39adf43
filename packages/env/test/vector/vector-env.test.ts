import { EmpatheticChatEnv, VectorEnv, VectorEnvError, infoAt, makeVec, register, type ChatInfo, type ChatObservation } from '@rlver/env';
import { ScriptedSimulator } from '../support/scripted-simulator';
import { testPersona } from '../support/personas';

const personas = [testPersona(), testPersona({ id: 'test-bo', name: 'Bo' }), testPersona({ id: 'test-cy', name: 'Cy' })];

function chatEnvs(n: number, changes: number[] = [5, -5, 10], maxTurns = 3) {
  const simulators = Array.from({ length: n }, () => new ScriptedSimulator(changes));
  const envs = simulators.map((simulator) => new EmpatheticChatEnv({ simulator, personas, maxTurns }));
  return { simulators, envs };
}

describe('VectorEnv', () => {
  it('seeds sub-env i with seed + i and batches infos Gymnasium-style', async () => {
    const { envs } = chatEnvs(3);
    const vec = new VectorEnv(envs);
    const [obs, infos] = await vec.reset({ seed: 100 });
    expect(obs).toHaveLength(3);
    expect(infos.emotion).toEqual([40, 40, 40]);
    expect(infos._emotion).toEqual([true, true, true]);
    const single = new EmpatheticChatEnv({ simulator: new ScriptedSimulator([5]), personas, maxTurns: 3 });
    const [, info1] = await single.reset({ seed: 101 });
    expect(infoAt(infos, 1)).toEqual(info1);
  });

  it('marks keys only some sub-envs report with a mask', async () => {
    const rising = new EmpatheticChatEnv({ simulator: new ScriptedSimulator([10]), personas, maxTurns: 8 });
    const flat = new EmpatheticChatEnv({ simulator: new ScriptedSimulator([0]), personas, maxTurns: 8 });
    const vec = new VectorEnv([rising, flat]);
    await vec.reset({ seed: [1, 2] });
    let infos = (await vec.step(['a', 'b']))[4];
    expect(infos.outcome).toBeUndefined();
    for (let t = 0; t < 5; t++) infos = (await vec.step(['a', 'b']))[4];
    // 40 + 6 * 10 = 100: only the first sub-env ends, with success
    expect(infos.outcome).toEqual(['success', undefined]);
    expect(infos._outcome).toEqual([true, false]);
    expect(infoAt(infos, 1).outcome).toBeUndefined();
    expect(infoAt(infos, 0).outcome).toBe('success');
  });

  it('autoresets on the next step: the action is ignored, reward 0, reset observation and info', async () => {
    const { envs, simulators } = chatEnvs(2, [5], 2);
    const vec = new VectorEnv(envs);
    await vec.reset({ seed: 7 });
    await vec.step(['a', 'b']);
    const [, rewards, terminations, truncations] = await vec.step(['a', 'b']);
    expect(truncations).toEqual([true, true]);
    expect(terminations).toEqual([false, false]);
    expect(rewards).toEqual([0.5, 0.5]);
    const appraisalsBefore = simulators[0]?.calls.appraise;
    const [obs, rewards2, term2, trunc2, infos] = await vec.step(['ignored', 'ignored']);
    expect(simulators[0]?.calls.appraise).toBe(appraisalsBefore);
    expect(rewards2).toEqual([0, 0]);
    expect(term2).toEqual([false, false]);
    expect(trunc2).toEqual([false, false]);
    expect(obs.map((o) => o.length)).toEqual([1, 1]);
    expect(infos.turn).toEqual([0, 0]);
    expect(infos.change).toBeUndefined();
  });

  it('gives results identical to stepping the envs one by one, for any concurrency', async () => {
    const actions = (t: number) => [`reply ${t} to zero`, `reply ${t} to one`, `reply ${t} to two`, `reply ${t} to three`];
    const sequential = async () => {
      const { envs } = chatEnvs(4, [5, -5, 10, 10], 3);
      const trace: unknown[] = [];
      const needsReset = [false, false, false, false];
      for (let i = 0; i < 4; i++) trace.push(['reset', i, await envs[i]!.reset({ seed: 50 + i })]);
      for (let t = 0; t < 7; t++) {
        for (let i = 0; i < 4; i++) {
          if (needsReset[i]) {
            trace.push(['reset', i, await envs[i]!.reset()]);
            needsReset[i] = false;
          } else {
            const result = await envs[i]!.step(actions(t)[i]!);
            trace.push(['step', i, result]);
            needsReset[i] = result[2] || result[3];
          }
        }
      }
      return trace;
    };
    const vectorised = async (concurrency: number) => {
      const { envs } = chatEnvs(4, [5, -5, 10, 10], 3);
      const vec = new VectorEnv(envs, { concurrency });
      const trace: unknown[] = [];
      const [obs, infos] = await vec.reset({ seed: 50 });
      for (let i = 0; i < 4; i++) trace.push(['reset', i, [obs[i], infoAt(infos, i)]]);
      let wasDone = [false, false, false, false];
      for (let t = 0; t < 7; t++) {
        const [o, r, te, tr, inf] = await vec.step(actions(t));
        for (let i = 0; i < 4; i++) {
          trace.push(wasDone[i] ? ['reset', i, [o[i], infoAt(inf, i)]] : ['step', i, [o[i], r[i], te[i], tr[i], infoAt(inf, i)]]);
        }
        wasDone = te.map((x, i) => x || tr[i]!);
      }
      return trace;
    };
    const expected = await sequential();
    expect(await vectorised(1)).toEqual(expected);
    expect(await vectorised(4)).toEqual(expected);
  });

  it('never runs more sub-env calls at once than the concurrency limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = new ScriptedSimulator([5]);
    const original = slow.appraise.bind(slow);
    slow.appraise = async (state, reply) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return original(state, reply);
    };
    const envs = Array.from({ length: 6 }, () => new EmpatheticChatEnv({ simulator: slow, personas }));
    const vec = new VectorEnv(envs, { concurrency: 2 });
    await vec.reset({ seed: 1 });
    await vec.step(Array(6).fill('x'));
    expect(peak).toBe(2);
  });

  it('keeps the sub-envs that succeeded when one fails, and retries only the failed one', async () => {
    const { envs, simulators } = chatEnvs(3, [5], 5);
    const vec = new VectorEnv(envs);
    await vec.reset({ seed: 3 });
    simulators[1]!.failNext.appraise = 1;
    const error = await vec.step(['a', 'b', 'c']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VectorEnvError);
    expect((error as VectorEnvError).failures.map((f) => f.index)).toEqual([1]);
    const [, , , , infos] = await vec.step(['a', 'b', 'c']);
    expect(infos.turn).toEqual([1, 1, 1]);
    expect(simulators.map((s) => s.calls.appraise)).toEqual([1, 2, 1]);
  });

  it('validates its inputs', async () => {
    const { envs } = chatEnvs(2);
    const vec = new VectorEnv(envs);
    await expect(vec.step(['a', 'b'])).rejects.toThrow(/before reset/);
    await vec.reset();
    await expect(vec.step(['a'])).rejects.toThrow(/an array of 2 actions/);
    await expect(vec.reset({ seed: [1] })).rejects.toThrow(/"seed"/);
    expect(() => new VectorEnv(envs, { concurrency: 0 })).toThrow(/"concurrency"/);
    expect(() => makeVec('RLVER/EmpatheticChat-v0', 0)).toThrow(/"n"/);
  });

  it('makeVec builds n copies of a registered env', async () => {
    register({
      id: 'Test/ScriptedChat-v0',
      entryPoint: (kwargs) => new EmpatheticChatEnv({ simulator: new ScriptedSimulator([5]), personas, ...kwargs }),
    });
    const vec = makeVec<ChatObservation, string, ChatInfo>('Test/ScriptedChat-v0', 3, { maxTurns: 2 }, { concurrency: 2 });
    expect(vec.numEnvs).toBe(3);
    const [obs] = await vec.reset({ seed: 0 });
    expect(obs).toHaveLength(3);
    expect(vec.singleActionSpace.contains('hello')).toBe(true);
    await vec.close();
  });
});
