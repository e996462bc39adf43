import { isDeepStrictEqual } from 'node:util';
import type { Env, Info } from './env';
import { EnvCheckError, describeValue } from './errors';
import { Rng } from './rng';
import { Space } from './spaces';

/** Options of {@link checkEnv}. */
export interface CheckEnvOptions {
  /** Steps to take per checked episode (default 20). */
  maxSteps?: number;
  /** Seed for the sampled actions and resets (default 0). */
  seed?: number;
  /** Throw {@link EnvCheckError} when a problem is found (default true); otherwise only report. */
  throwOnProblem?: boolean;
}

/** What {@link checkEnv} found. */
export interface EnvCheckReport {
  /** Violations of the API contract. */
  readonly problems: string[];
  /** Departures from recommended behaviour that do not break the contract. */
  readonly warnings: string[];
}

type AnyEnv = Env<unknown, unknown, Info>;

/**
 * Check any environment against the rlver/Gymnasium API: spaces, the shape and types of `reset` and `step`
 * results, observations inside the observation space, seeded determinism of `reset` and of whole episodes,
 * termination handling, `render` and `close`. Trainers accept any env that passes.
 *
 * It steps the env with actions sampled from its action space, so it consumes episodes; use a fresh env.
 */
export async function checkEnv(env: AnyEnv, options: CheckEnvOptions = {}): Promise<EnvCheckReport> {
  const problems: string[] = [];
  const warnings: string[] = [];
  const maxSteps = options.maxSteps ?? 20;
  const seed = options.seed ?? 0;

  if (!isSpace(env.observationSpace)) problems.push(`observationSpace is ${describeValue(env.observationSpace)}, expected a Space`);
  if (!isSpace(env.actionSpace)) problems.push(`actionSpace is ${describeValue(env.actionSpace)}, expected a Space`);
  if (!Array.isArray(env.metadata?.renderModes)) problems.push('metadata.renderModes must be an array of render mode names');
  if (env.unwrapped === undefined || typeof env.unwrapped.step !== 'function') problems.push('unwrapped must return the innermost env');
  if (problems.length > 0) return finish(problems, warnings, options);

  const episode = async (episodeSeed: number, label: string): Promise<Array<{ observation: unknown; reward: number }> | undefined> => {
    const trace: Array<{ observation: unknown; reward: number }> = [];
    const resetPromise = env.reset({ seed: episodeSeed });
    if (!isThenable(resetPromise)) {
      problems.push('reset() must return a Promise');
      return undefined;
    }
    const reset: unknown = await resetPromise;
    if (!Array.isArray(reset) || reset.length !== 2) {
      problems.push(`${label}: reset() resolved to ${describeValue(reset)}, expected [observation, info]`);
      return undefined;
    }
    const [observation, info] = reset as [unknown, unknown];
    if (!env.observationSpace.contains(observation)) problems.push(`${label}: reset observation ${describeValue(observation)} is not in the observation space ${env.observationSpace}`);
    if (!isPlainObject(info)) problems.push(`${label}: reset info is ${describeValue(info)}, expected a plain object`);
    trace.push({ observation, reward: 0 });
    const actionRng = new Rng(`check-env:${episodeSeed}`);
    for (let t = 0; t < maxSteps; t++) {
      const action = env.actionSpace.sample(actionRng);
      const stepPromise = env.step(action);
      if (!isThenable(stepPromise)) {
        problems.push('step() must return a Promise');
        return undefined;
      }
      const result: unknown = await stepPromise;
      if (!Array.isArray(result) || result.length !== 5) {
        problems.push(`${label}: step() resolved to ${describeValue(result)}, expected [observation, reward, terminated, truncated, info]`);
        return undefined;
      }
      const [obs, reward, terminated, truncated, stepInfo] = result as [unknown, unknown, unknown, unknown, unknown];
      if (!env.observationSpace.contains(obs)) problems.push(`${label}: step ${t} observation ${describeValue(obs)} is not in the observation space`);
      if (typeof reward !== 'number' || !Number.isFinite(reward)) problems.push(`${label}: step ${t} reward ${describeValue(reward)} is not a finite number`);
      if (typeof terminated !== 'boolean') problems.push(`${label}: step ${t} terminated ${describeValue(terminated)} is not a boolean`);
      if (typeof truncated !== 'boolean') problems.push(`${label}: step ${t} truncated ${describeValue(truncated)} is not a boolean`);
      if (!isPlainObject(stepInfo)) problems.push(`${label}: step ${t} info ${describeValue(stepInfo)} is not a plain object`);
      trace.push({ observation: obs, reward: typeof reward === 'number' ? reward : NaN });
      if (problems.length > 0) return undefined;
      if (terminated || truncated) {
        try {
          await env.step(env.actionSpace.sample(actionRng));
          warnings.push(`${label}: step() after the episode ended did not throw (recommended: throw until reset())`);
        } catch {
          // expected: the env refuses to step a finished episode
        }
        return trace;
      }
    }
    warnings.push(`${label}: no episode end within ${maxSteps} steps (is there a turn limit?)`);
    return trace;
  };

  const first = await episode(seed, 'episode 1');
  if (first) {
    const second = await episode(seed, 'episode 2 (same seed)');
    if (second && !isDeepStrictEqual(first, second)) problems.push('the same seed and the same actions gave different episodes (reset/step are not deterministic under a seed)');
    const other = await episode(seed + 1, 'episode 3 (other seed)');
    if (other && isDeepStrictEqual(first, other)) warnings.push('a different seed gave an identical episode (is the seed used?)');
  }

  if (env.renderMode !== undefined) {
    if (!env.metadata.renderModes.includes(env.renderMode)) problems.push(`renderMode ${describeValue(env.renderMode)} is not in metadata.renderModes`);
    const rendered = env.render();
    if (env.renderMode === 'ansi' && typeof rendered !== 'string') problems.push(`render() in "ansi" mode returned ${describeValue(rendered)}, expected a string`);
  }
  try {
    await env.close();
    await env.close();
  } catch (error) {
    problems.push(`close() threw (it must be safe to call twice): ${(error as Error).message}`);
  }
  return finish(problems, warnings, options);
}

function finish(problems: string[], warnings: string[], options: CheckEnvOptions): EnvCheckReport {
  if (problems.length > 0 && (options.throwOnProblem ?? true)) throw new EnvCheckError(problems);
  return { problems, warnings };
}

function isSpace(value: unknown): value is Space<unknown> {
  return value instanceof Space || (typeof value === 'object' && value !== null && typeof (value as Space<unknown>).sample === 'function' && typeof (value as Space<unknown>).contains === 'function');
}

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Promise<unknown>).then === 'function';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
