import pLimit from 'p-limit';
import type { Env, Info, ResetResult, StepResult } from '../core/env';
import { InvalidActionError, InvalidOptionError, RlverError, ResetNeededError } from '../core/errors';
import { make } from '../core/registration';
import { Sequence, type Space } from '../core/spaces';
import { batchInfos, type BatchedInfos } from './batched-infos';

/** Options of a {@link VectorEnv}. */
export interface VectorEnvOptions {
  /**
   * How many sub-env calls may run at once (default: all). With LLM simulators this bounds the requests in
   * flight; with the rule simulator it makes no difference to results, only to scheduling.
   */
  concurrency?: number;
}

/** Arguments of {@link VectorEnv.reset}. */
export interface VectorResetArgs {
  /** One seed: sub-env i is reset with `seed + i` (as Gymnasium). An array: one seed per sub-env. */
  seed?: number | readonly number[];
  /** Reset options passed to every sub-env. */
  options?: Record<string, unknown>;
}

/** `[observations, infos]` of a vector reset. */
export type VectorResetResult<O, I extends Info> = [observations: O[], infos: BatchedInfos<I>];

/** `[observations, rewards, terminations, truncations, infos]` of a vector step. */
export type VectorStepResult<O, I extends Info> = [
  observations: O[],
  rewards: number[],
  terminations: boolean[],
  truncations: boolean[],
  infos: BatchedInfos<I>,
];

/**
 * Some sub-envs failed during a vector step or reset. The ones that succeeded are kept: calling the same
 * method again (with the same actions) retries only the failed sub-envs, so no sub-env is stepped twice.
 */
export class VectorEnvError extends RlverError {
  constructor(
    readonly failures: ReadonlyArray<{ readonly index: number; readonly error: unknown }>,
  ) {
    const first = failures[0];
    super(
      `${failures.length} sub-env(s) failed (indices ${failures.map((f) => f.index).join(', ')}); call again to retry only those. ` +
        `First error: ${first?.error instanceof Error ? first.error.message : String(first?.error)}`,
      { cause: first?.error },
    );
  }
}

/** What one sub-env call returned: a reset result has 2 entries, a step result 5. */
type Outcome<O, I extends Info> = StepResult<O, I> | ResetResult<O, I>;

function isReset<O, I extends Info>(outcome: Outcome<O, I>): outcome is ResetResult<O, I> {
  return outcome.length === 2;
}

/**
 * Runs `n` environments side by side (Gymnasium 1.x `VectorEnv` with next-step autoreset), concurrently up to
 * a limit. Results do not depend on the concurrency: each sub-env is stepped exactly as it would be alone.
 *
 * Autoreset ("next-step", Gymnasium 1.x default): when sub-env i ends (terminated or truncated) at step t, its
 * action at step t+1 is ignored and it is reset instead; that slot then reports the reset observation, reward 0,
 * terminated and truncated false, and the reset info.
 */
export class VectorEnv<O, A, I extends Info = Info> {
  /** The sub-environments. */
  readonly envs: readonly Env<O, A, I>[];
  /** Space of one sub-env's observation. */
  readonly singleObservationSpace: Space<O>;
  /** Space of one sub-env's action. */
  readonly singleActionSpace: Space<A>;
  /** Batched observation space: arrays of `numEnvs` observations. */
  readonly observationSpace: Sequence<O>;
  /** Batched action space: arrays of `numEnvs` actions. */
  readonly actionSpace: Sequence<A>;
  /** Always "next-step" (Gymnasium 1.x default). */
  readonly autoresetMode = 'next-step' as const;
  /** Runs a call under the concurrency limit; undefined when the limit is at least the number of envs. */
  private readonly limit: (<T>(fn: () => Promise<T>) => Promise<T>) | undefined;
  private needsReset: boolean[];
  private started = false;
  /** Results of sub-envs that succeeded in a call that failed elsewhere; reused on retry. */
  private pending: Map<number, Outcome<O, I>> | undefined;
  private pendingKind: 'step' | 'reset' | undefined;

  constructor(envs: readonly Env<O, A, I>[], options: VectorEnvOptions = {}) {
    if (envs.length === 0) throw new InvalidOptionError('envs', envs, 'at least one environment');
    const concurrency = options.concurrency ?? envs.length;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new InvalidOptionError('concurrency', concurrency, 'a positive integer');
    this.envs = [...envs];
    const first = envs[0] as Env<O, A, I>;
    this.singleObservationSpace = first.observationSpace;
    this.singleActionSpace = first.actionSpace;
    this.observationSpace = new Sequence(first.observationSpace, envs.length);
    this.actionSpace = new Sequence(first.actionSpace, envs.length);
    // Without a binding limit, skip the limiter's queue: it costs more than a rule-simulator step.
    this.limit = concurrency < envs.length ? pLimit(concurrency) : undefined;
    this.needsReset = envs.map(() => false);
  }

  /** Number of sub-envs. */
  get numEnvs(): number {
    return this.envs.length;
  }

  /** Reset every sub-env. */
  async reset(args: VectorResetArgs = {}): Promise<VectorResetResult<O, I>> {
    const seeds = this.seedsFor(args.seed);
    const outcomes = await this.runAll('reset', (env, i) => env.reset({ seed: seeds[i], options: args.options }));
    this.started = true;
    this.needsReset = this.envs.map(() => false);
    const observations = outcomes.map((o) => o[0]);
    const infos = outcomes.map((o) => (isReset(o) ? o[1] : o[4]));
    return [observations, batchInfos(infos)];
  }

  /** Step every sub-env with its action (autoresetting those that ended on the previous step). */
  async step(actions: readonly A[]): Promise<VectorStepResult<O, I>> {
    if (!this.started) throw new ResetNeededError('not-reset');
    if (!Array.isArray(actions) || actions.length !== this.numEnvs) {
      throw new InvalidActionError(actions, `an array of ${this.numEnvs} actions, one per sub-env`);
    }
    const outcomes = await this.runAll('step', (env, i): Promise<Outcome<O, I>> => (this.needsReset[i] ? env.reset() : env.step(actions[i] as A)));
    const n = this.numEnvs;
    const observations = new Array<O>(n);
    const rewards = new Array<number>(n);
    const terminations = new Array<boolean>(n);
    const truncations = new Array<boolean>(n);
    const infos = new Array<I>(n);
    for (let i = 0; i < n; i++) {
      const outcome = outcomes[i] as Outcome<O, I>;
      if (isReset(outcome)) {
        observations[i] = outcome[0];
        rewards[i] = 0;
        terminations[i] = false;
        truncations[i] = false;
        infos[i] = outcome[1];
        this.needsReset[i] = false;
      } else {
        observations[i] = outcome[0];
        rewards[i] = outcome[1];
        terminations[i] = outcome[2];
        truncations[i] = outcome[3];
        infos[i] = outcome[4];
        this.needsReset[i] = outcome[2] || outcome[3];
      }
    }
    return [observations, rewards, terminations, truncations, batchInfos(infos)];
  }

  /** Render every sub-env. */
  render(): Array<string | undefined> {
    return this.envs.map((env) => env.render());
  }

  /** Close every sub-env. */
  async close(): Promise<void> {
    await Promise.all(this.envs.map((env) => env.close()));
  }

  private seedsFor(seed: VectorResetArgs['seed']): Array<number | undefined> {
    if (seed === undefined) return this.envs.map(() => undefined);
    if (typeof seed === 'number') {
      if (!Number.isInteger(seed) || seed < 0) throw new InvalidOptionError('seed', seed, 'a non-negative integer or an array of them');
      return this.envs.map((_, i) => seed + i);
    }
    if (!Array.isArray(seed) || seed.length !== this.numEnvs) throw new InvalidOptionError('seed', seed, `a number or an array of ${this.numEnvs} seeds`);
    return [...seed];
  }

  /**
   * Run one call per sub-env under the concurrency limit. If some fail, keep the successes for a retry of the
   * same kind of call and throw {@link VectorEnvError}.
   */
  private async runAll(kind: 'step' | 'reset', call: (env: Env<O, A, I>, index: number) => Promise<Outcome<O, I>>): Promise<Outcome<O, I>[]> {
    const kept = this.pendingKind === kind ? this.pending : undefined;
    this.pending = undefined;
    this.pendingKind = undefined;
    const calls = new Array<Promise<Outcome<O, I>>>(this.envs.length);
    for (let i = 0; i < this.envs.length; i++) {
      const done = kept?.get(i);
      if (done) {
        calls[i] = Promise.resolve(done);
        continue;
      }
      const env = this.envs[i] as Env<O, A, I>;
      calls[i] = this.limit ? this.limit(() => call(env, i)) : call(env, i);
    }
    try {
      // The common case, kept cheap: no per-call wrapper promise (it costs more than a rule-simulator step).
      return await Promise.all(calls);
    } catch {
      // Something failed: wait for every call to settle, keep the successes for a retry, report the failures.
      const settled = await Promise.allSettled(calls);
      const failures: Array<{ index: number; error: unknown }> = [];
      const successes = new Map<number, Outcome<O, I>>();
      settled.forEach((s, i) => (s.status === 'fulfilled' ? successes.set(i, s.value) : failures.push({ index: i, error: s.reason })));
      this.pending = successes;
      this.pendingKind = kind;
      throw new VectorEnvError(failures);
    }
  }
}

/**
 * Build a vector env of `n` copies of a registered environment (each made with `make(id, options)`).
 *
 * @example
 * ```ts
 * const envs = makeVec('RLVER/EmpatheticChat-v0', 8, { language: 'zh' }, { concurrency: 4 });
 * const [observations, infos] = await envs.reset({ seed: 42 });
 * ```
 */
export function makeVec<O = unknown, A = unknown, I extends Info = Info>(
  id: string,
  n: number,
  options: Record<string, unknown> = {},
  vectorOptions: VectorEnvOptions = {},
): VectorEnv<O, A, I> {
  if (!Number.isInteger(n) || n < 1) throw new InvalidOptionError('n', n, 'a positive integer number of sub-envs');
  const envs = Array.from({ length: n }, () => make<O, A, I>(id, options));
  return new VectorEnv(envs, vectorOptions);
}
