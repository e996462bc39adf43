import { Discrete, Env, EnvCheckError, Text, checkEnv, type Info, type ResetResult, type StepResult } from '@rlver/env';

/** A tiny valid env: guess a hidden digit within 3 tries; the digit comes from the seeded generator. */
class GuessEnv extends Env<number, number> {
  readonly observationSpace = new Discrete(11, -1);
  readonly actionSpace = new Discrete(10);
  protected target = 0;
  protected tries = 0;
  protected done = true;

  async reset(args: { seed?: number } = {}): Promise<ResetResult<number>> {
    this.seedRng(args.seed);
    this.target = this.rng.int(10);
    this.tries = 0;
    this.done = false;
    return [-1, {}];
  }

  async step(action: number): Promise<StepResult<number>> {
    if (this.done) throw new Error('reset first');
    this.tries += 1;
    const hit = action === this.target;
    this.done = hit || this.tries >= 3;
    return [action > this.target ? 1 : 0, hit ? 1 : 0, hit, !hit && this.tries >= 3, { tries: this.tries }];
  }
}

describe('checkEnv', () => {
  it('passes a correct env', async () => {
    await expect(checkEnv(new GuessEnv())).resolves.toEqual({ problems: [], warnings: [] });
  });

  it('finds observations outside the space', async () => {
    class OutOfSpace extends GuessEnv {
      override async reset(): Promise<ResetResult<number>> {
        await super.reset();
        return [42, {}];
      }
    }
    await expect(checkEnv(new OutOfSpace())).rejects.toThrow(/reset observation 42 is not in the observation space/);
  });

  it('finds a malformed step result and a non-boolean flag', async () => {
    class FourTuple extends GuessEnv {
      override async step(action: number): Promise<StepResult<number>> {
        const [o, r, t] = await super.step(action);
        return [o, r, t, {}] as unknown as StepResult<number>;
      }
    }
    await expect(checkEnv(new FourTuple())).rejects.toThrow(/expected \[observation, reward, terminated, truncated, info\]/);
    class NumericFlag extends GuessEnv {
      override async step(action: number): Promise<StepResult<number>> {
        const [o, r, t, tr, i] = await super.step(action);
        return [o, r, (t ? 1 : 0) as unknown as boolean, tr, i];
      }
    }
    await expect(checkEnv(new NumericFlag())).rejects.toThrow(/terminated [01] is not a boolean/);
  });

  it('finds non-determinism under a seed', async () => {
    let calls = 0;
    class Drifting extends GuessEnv {
      override async reset(args: { seed?: number } = {}): Promise<ResetResult<number>> {
        await super.reset(args);
        // ignores the seed: a different first observation on every reset
        return [calls++ % 10, {}];
      }
    }
    const error = await checkEnv(new Drifting()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvCheckError);
    expect((error as Error).message).toMatch(/same seed and the same actions gave different episodes/);
  });

  it('finds a synchronous API, bad spaces and bad infos; can report without throwing', async () => {
    class Sync extends GuessEnv {
      override reset(): Promise<ResetResult<number>> {
        return [0, {}] as unknown as Promise<ResetResult<number>>;
      }
    }
    await expect(checkEnv(new Sync())).rejects.toThrow(/reset\(\) must return a Promise/);
    class NoSpace extends GuessEnv {
      override readonly observationSpace = 'text' as unknown as Discrete;
    }
    await expect(checkEnv(new NoSpace())).rejects.toThrow(/observationSpace is "text", expected a Space/);
    class ArrayInfo extends GuessEnv {
      override async step(action: number): Promise<StepResult<number>> {
        const [o, r, t, tr] = await super.step(action);
        return [o, r, t, tr, [] as unknown as Info];
      }
    }
    const report = await checkEnv(new ArrayInfo(), { throwOnProblem: false });
    expect(report.problems[0]).toMatch(/info array\(0\) is not a plain object/);
  });

  it('warns about an env that never ends and one that steps after the end', async () => {
    class Endless extends Env<string, string> {
      readonly observationSpace = new Text({ maxLength: 10 });
      readonly actionSpace = new Text({ maxLength: 10 });
      async reset(): Promise<ResetResult<string>> {
        return ['', {}];
      }
      async step(): Promise<StepResult<string>> {
        return ['', 0, false, false, {}];
      }
    }
    const report = await checkEnv(new Endless(), { maxSteps: 5 });
    expect(report.warnings.some((w) => /no episode end within 5 steps/.test(w))).toBe(true);
    class Permissive extends GuessEnv {
      override async step(action: number): Promise<StepResult<number>> {
        this.done = false;
        return super.step(action);
      }
    }
    const permissive = await checkEnv(new Permissive());
    expect(permissive.warnings.some((w) => /after the episode ended did not throw/.test(w))).toBe(true);
  });
});
