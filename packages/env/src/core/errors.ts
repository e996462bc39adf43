/**
 * Error classes of the environment. Every error thrown on bad input is one of these, so callers can
 * `instanceof`-check them, and every message names the bad value and what was expected.
 */

/** Base class of every error thrown by the rlver packages. */
export class RlverError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Render a value for an error message: short, unambiguous, never throws. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (Array.isArray(value)) return `array(${value.length})`;
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** An action outside the action space (for the chat env: not a string). */
export class InvalidActionError extends RlverError {
  constructor(
    readonly action: unknown,
    readonly expected: string,
  ) {
    super(`invalid action ${describeValue(action)} (${typeof action}): expected ${expected}`);
  }
}

/** An option (constructor kwarg, reset option, CLI flag, config key) with a bad type or value. */
export class InvalidOptionError extends RlverError {
  constructor(
    readonly option: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`invalid option "${option}": got ${describeValue(value)}, expected ${expected}`);
  }
}

/** `step` was called before `reset`, or after the episode ended without a new `reset`. */
export class ResetNeededError extends RlverError {
  constructor(reason: 'not-reset' | 'episode-ended') {
    super(
      reason === 'not-reset'
        ? 'step() called before reset(): call reset() to start an episode'
        : 'step() called after the episode ended (terminated or truncated): call reset() to start a new episode',
    );
  }
}

/** A persona id that is not among the loaded personas. */
export class UnknownPersonaError extends RlverError {
  constructor(
    readonly personaId: string,
    known: readonly string[],
  ) {
    const sample = known.slice(0, 5).join(', ');
    super(
      `unknown persona id ${describeValue(personaId)}: expected one of the ${known.length} loaded personas` +
        (known.length ? ` (e.g. ${sample}${known.length > 5 ? ', ...' : ''})` : ''),
    );
  }
}

/** An environment id that was never registered. */
export class UnknownEnvError extends RlverError {
  constructor(
    readonly envId: string,
    known: readonly string[],
  ) {
    super(`unknown environment id ${describeValue(envId)}: registered ids are ${known.join(', ') || '(none)'}`);
  }
}

/**
 * Data that fails a JSON Schema. `source` says where the data came from (a file name, "reset options",
 * "config"), `line` is the 1-based line for JSONL files, `path` the JSON pointer of the bad field.
 */
export class SchemaValidationError extends RlverError {
  constructor(
    readonly source: string,
    readonly path: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${source}${line !== undefined ? `:${line}` : ''}: field ${path || '(root)'} ${problem}`);
  }
}

/** A simulated user failed to produce an appraisal or a reply. The dialogue state is unchanged. */
export class SimulatorError extends RlverError {}

/** A `checkEnv` finding: the environment breaks the API contract. */
export class EnvCheckError extends RlverError {
  constructor(readonly problems: readonly string[]) {
    super(`environment check failed:\n- ${problems.join('\n- ')}`);
  }
}
