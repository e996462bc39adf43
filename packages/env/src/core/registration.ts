import { InvalidOptionError, UnknownEnvError } from './errors';
import type { Env, Info } from './env';
import { OrderEnforcing } from '../wrappers/order-enforcing';
import { TimeLimit } from '../wrappers/time-limit';

/** Builds a fresh environment from keyword arguments. */
export type EnvCreator = (kwargs: Record<string, unknown>) => Env<unknown, unknown, Info>;

/** Applies one wrapper around an environment. */
export type WrapperApplier = (env: Env<unknown, unknown, Info>) => Env<unknown, unknown, Info>;

/** What `register` takes. */
export interface EnvSpecInput {
  /** `Namespace/Name-vN`, e.g. `RLVER/EmpatheticChat-v0`. */
  id: string;
  /** Builds the environment. */
  entryPoint: EnvCreator;
  /** Default keyword arguments, overridden by those given to `make`. */
  kwargs?: Record<string, unknown>;
  /** When set, `make` wraps the env in a `TimeLimit` of this many steps. */
  maxEpisodeSteps?: number;
  /** When true (default), `make` wraps the env in `OrderEnforcing` (no `step` before `reset`). */
  orderEnforce?: boolean;
  /** Extra wrappers applied by `make`, innermost first. */
  additionalWrappers?: readonly WrapperApplier[];
  /** One line saying what the environment is. */
  description?: string;
}

/** A registered environment. */
export interface EnvSpec extends Required<Omit<EnvSpecInput, 'maxEpisodeSteps' | 'description'>> {
  readonly namespace: string | undefined;
  readonly name: string;
  readonly version: number | undefined;
  readonly maxEpisodeSteps: number | undefined;
  readonly description: string | undefined;
}

const ID_PATTERN = /^(?:([\w:.-]+)\/)?([\w:.-]+?)(?:-v(\d+))?$/;

const registry = new Map<string, EnvSpec>();

/** Parse `Namespace/Name-vN` into its parts; throws on a malformed id. */
export function parseEnvId(id: string): { namespace: string | undefined; name: string; version: number | undefined } {
  const match = typeof id === 'string' ? ID_PATTERN.exec(id) : null;
  if (!match) throw new InvalidOptionError('id', id, 'an environment id of the form "Namespace/Name-vN"');
  return { namespace: match[1], name: match[2] as string, version: match[3] === undefined ? undefined : Number(match[3]) };
}

/**
 * Register an environment so that {@link make} can build it by id. Registering an id twice replaces the first
 * registration (as Gymnasium does, without its warning).
 */
export function register(input: EnvSpecInput): EnvSpec {
  const parts = parseEnvId(input.id);
  if (typeof input.entryPoint !== 'function') throw new InvalidOptionError('entryPoint', input.entryPoint, 'a function (kwargs) => Env');
  if (input.maxEpisodeSteps !== undefined && !(Number.isInteger(input.maxEpisodeSteps) && input.maxEpisodeSteps > 0)) {
    throw new InvalidOptionError('maxEpisodeSteps', input.maxEpisodeSteps, 'a positive integer');
  }
  const spec: EnvSpec = {
    id: input.id,
    entryPoint: input.entryPoint,
    kwargs: { ...(input.kwargs ?? {}) },
    maxEpisodeSteps: input.maxEpisodeSteps,
    orderEnforce: input.orderEnforce ?? true,
    additionalWrappers: [...(input.additionalWrappers ?? [])],
    description: input.description,
    ...parts,
  };
  registry.set(input.id, spec);
  return spec;
}

/** The spec registered under `id`; throws {@link UnknownEnvError} when there is none. */
export function spec(id: string): EnvSpec {
  const found = registry.get(id);
  if (!found) throw new UnknownEnvError(id, [...registry.keys()]);
  return found;
}

/** Every registered id. */
export function registeredIds(): string[] {
  return [...registry.keys()].sort();
}

/**
 * Map from registered id to environment type, extended by declaration merging so that `make` is typed for
 * known ids:
 * ```ts
 * declare module '@rlver/env' { interface EnvTypes { 'Me/MyEnv-v0': { env: MyEnv; kwargs: MyKwargs } } }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface EnvTypes {}

/** Build a registered environment: the entry point with merged kwargs, then the default wrappers. */
export function make<K extends keyof EnvTypes>(
  id: K,
  kwargs?: EnvTypes[K] extends { kwargs: infer Kw } ? Kw : Record<string, unknown>,
): EnvTypes[K] extends { env: infer E } ? E : Env<unknown, unknown, Info>;
export function make<O = unknown, A = unknown, I extends Info = Info>(id: string, kwargs?: Record<string, unknown>): Env<O, A, I>;
export function make(id: string, kwargs: unknown = {}): unknown {
  const found = spec(id);
  if (typeof kwargs !== 'object' || kwargs === null || Array.isArray(kwargs)) throw new InvalidOptionError('kwargs', kwargs, 'an object of keyword arguments');
  const merged: Record<string, unknown> = { ...found.kwargs, ...(kwargs as Record<string, unknown>) };
  let env = found.entryPoint(merged);
  env.spec = { ...found, kwargs: merged };
  for (const apply of found.additionalWrappers) env = apply(env);
  if (found.orderEnforce) env = new OrderEnforcing(env);
  if (found.maxEpisodeSteps !== undefined) env = new TimeLimit(env, found.maxEpisodeSteps);
  return env;
}
