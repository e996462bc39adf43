import { RlverError, SimulatorError } from '../core/errors';

/** What went wrong on the last attempt of an LLM request. */
export type LlmFailureKind = 'http-status' | 'timeout' | 'connection' | 'aborted' | 'other';

/**
 * An LLM request failed for good: either a non-retryable answer (400, 401, 404, ...) or every one of the
 * allowed attempts failed. The message names the endpoint, the model and the last failure.
 */
export class LlmRequestError extends RlverError {
  constructor(
    /** The base URL the request went to. */
    readonly endpoint: string,
    readonly model: string,
    /** Attempts made (1 when the failure was not retryable). */
    readonly attempts: number,
    readonly kind: LlmFailureKind,
    /** One-line description of the last failure, e.g. `HTTP 503: overloaded`. */
    readonly lastFailure: string,
    /** HTTP status of the last failure, when there was a response. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(
      `LLM request to ${endpoint} (model ${JSON.stringify(model)}) failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${lastFailure}`,
      options,
    );
  }
}

/**
 * The model answered, but never in the documented output format within the allowed attempts (for the LLM
 * simulated user: `simulators/llm/OUTPUT_FORMAT.md`). It is a {@link SimulatorError}: the dialogue is unchanged.
 */
export class LlmOutputError extends SimulatorError {
  constructor(
    /** Which output was expected, e.g. "appraisal", "reply", "agent reply". */
    readonly stage: string,
    readonly attempts: number,
    /** Why the last output was rejected. */
    readonly problem: string,
    /** The raw text of every rejected output, oldest first. */
    readonly rejectedOutputs: readonly string[],
  ) {
    super(`LLM ${stage} output unusable after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${problem}`);
  }
}

/** Replay mode met a request that the cassette does not hold. */
export class CassetteMissError extends RlverError {
  constructor(
    readonly cassette: string,
    readonly key: string,
    /** A short description of the missing request (model, last message). */
    readonly request: string,
  ) {
    super(`cassette ${cassette} has no recording of request ${key.slice(0, 16)} (${request}); record it first (cassetteMode "record" or "auto")`);
  }
}
