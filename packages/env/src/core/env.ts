import { randomBytes } from 'node:crypto';
import { Rng } from './rng';
import type { Space } from './spaces';
import type { EnvSpec } from './registration';

/** The `info` object returned by `reset` and `step`: auxiliary, possibly privileged, diagnostics. */
export type Info = Record<string, unknown>;

/** Arguments of {@link Env.reset}. */
export interface ResetArgs {
  /**
   * Seeds the environment's generator; the same seed (and the same actions) gives the same episode. Without a
   * seed the generator continues from its state, so a sequence of unseeded resets after one seeded reset is
   * itself reproducible.
   */
  seed?: number;
  /** Environment-specific options for this episode. */
  options?: Record<string, unknown>;
}

/** `[observation, info]` as returned by {@link Env.reset}. */
export type ResetResult<O, I extends Info = Info> = [observation: O, info: I];

/** `[observation, reward, terminated, truncated, info]` as returned by {@link Env.step}. */
export type StepResult<O, I extends Info = Info> = [observation: O, reward: number, terminated: boolean, truncated: boolean, info: I];

/** Static facts about an environment class. */
export interface EnvMetadata {
  /** Render modes the environment supports; rlver environments support `"ansi"` (a text transcript). */
  readonly renderModes: readonly string[];
  readonly [key: string]: unknown;
}

/**
 * An environment with Gymnasium 1.x semantics, made asynchronous because a step may wait for an LLM.
 *
 * Subclasses implement {@link Env.reset} and {@link Env.step} and declare their spaces. The contract:
 * - `reset` starts an episode and must be called before the first `step` and after every episode end;
 * - `step` returns `terminated` when the episode reached a terminal state of the task (success or failure) and
 *   `truncated` when it was cut short from outside the task (a turn limit); the two are never both required;
 * - `info` may carry privileged state (for logging and analysis) that is not part of the observation.
 *
 * @typeParam O - observation type
 * @typeParam A - action type
 * @typeParam I - info type
 */
export abstract class Env<O, A, I extends Info = Info> {
  /** Valid observations. */
  abstract readonly observationSpace: Space<O>;
  /** Valid actions. */
  abstract readonly actionSpace: Space<A>;
  /** Static facts about the environment (render modes, ...). Subclasses override this getter. */
  get metadata(): EnvMetadata {
    return { renderModes: [] };
  }
  /** The render mode chosen at construction, if any. */
  renderMode: string | undefined = undefined;
  /** The registration spec when the env was built by `make`; undefined otherwise. */
  spec: EnvSpec | undefined = undefined;

  private generator: Rng | undefined;

  /** Start a new episode. */
  abstract reset(args?: ResetArgs): Promise<ResetResult<O, I>>;

  /** Advance the episode by one action. */
  abstract step(action: A): Promise<StepResult<O, I>>;

  /** Render the current state in {@link Env.renderMode}; rlver envs return a text transcript in "ansi" mode. */
  render(): string | undefined {
    return undefined;
  }

  /** Release resources (connections, files). Safe to call more than once. */
  async close(): Promise<void> {}

  /** The innermost environment, below every wrapper. */
  get unwrapped(): Env<unknown, unknown, Info> {
    return this as unknown as Env<unknown, unknown, Info>;
  }

  /**
   * The environment's random generator (Gymnasium's `np_random`). Reseeded when `reset` receives a seed; seeded
   * from system entropy on first use otherwise.
   */
  protected get rng(): Rng {
    if (!this.generator) this.generator = new Rng(randomBytes(4).readUInt32LE(0));
    return this.generator;
  }

  /** Call at the start of `reset`: reseeds {@link Env.rng} when a seed is given. */
  protected seedRng(seed: number | undefined): void {
    if (seed !== undefined) this.generator = new Rng(seed);
  }

  toString(): string {
    return `<${this.constructor.name}${this.spec ? `<${this.spec.id}>` : ''}>`;
  }
}

/**
 * Wraps an environment to change its behaviour while keeping the {@link Env} interface (Gymnasium's `Wrapper`).
 * By default every call is forwarded; subclasses override what they change.
 *
 * @typeParam I - info type seen by callers of the wrapper
 * @typeParam InnerI - info type of the wrapped environment
 */
export class Wrapper<O, A, I extends Info = Info, InnerI extends Info = I> extends Env<O, A, I> {
  constructor(readonly env: Env<O, A, InnerI>) {
    super();
    this.renderMode = env.renderMode;
    this.spec = env.spec;
  }

  get observationSpace(): Space<O> {
    return this.env.observationSpace;
  }

  get actionSpace(): Space<A> {
    return this.env.actionSpace;
  }

  override get metadata(): EnvMetadata {
    return this.env.metadata;
  }

  override async reset(args?: ResetArgs): Promise<ResetResult<O, I>> {
    return (await this.env.reset(args)) as unknown as ResetResult<O, I>;
  }

  override async step(action: A): Promise<StepResult<O, I>> {
    return (await this.env.step(action)) as unknown as StepResult<O, I>;
  }

  override render(): string | undefined {
    return this.env.render();
  }

  override async close(): Promise<void> {
    await this.env.close();
  }

  override get unwrapped(): Env<unknown, unknown, Info> {
    return this.env.unwrapped;
  }

  override toString(): string {
    return `<${this.constructor.name}${this.env.toString()}>`;
  }
}
