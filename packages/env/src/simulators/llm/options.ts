import { applyClientDefaults, llmOptionsSchema, validateLlmOptions, type LlmClientOptions, type ResolvedLlmClientOptions } from '../../llm/options';
import { compileValidator } from '../../validation/schema';

/** Options of the LLM simulated user (`make(id, { simulator: 'llm', llm: {...} })`). */
export interface LlmSimulatorOptions extends LlmClientOptions {
  /**
   * Answers asked for per stage before giving up (default 3): an answer that is not in the documented format, or
   * whose change is not a whole number in [-10, 10], is sent back with the problem for another try. If every
   * answer had an out-of-range change, the last is clamped and used; otherwise the call fails with
   * `LlmOutputError` and the dialogue is unchanged.
   */
  maxOutputAttempts?: number;
}

/** {@link LlmSimulatorOptions} after defaults. */
export interface ResolvedLlmSimulatorOptions {
  readonly client: ResolvedLlmClientOptions;
  readonly maxOutputAttempts: number;
}

/** Default of {@link LlmSimulatorOptions.maxOutputAttempts}. */
export const DEFAULT_MAX_OUTPUT_ATTEMPTS = 3;

const validateSimulatorOptions = compileValidator<LlmSimulatorOptions>(
  llmOptionsSchema({ maxOutputAttempts: { type: 'integer', minimum: 1, maximum: 20 } }),
);

/**
 * Validate the LLM simulator options (ajv) and apply defaults and environment variables; a bad field throws
 * `InvalidOptionError` named `llm.<field>`.
 */
export function resolveLlmSimulatorOptions(raw: unknown, prefix = 'llm', env: NodeJS.ProcessEnv = process.env): ResolvedLlmSimulatorOptions {
  const options = validateLlmOptions(validateSimulatorOptions, raw, prefix);
  const { maxOutputAttempts, ...client } = options;
  return { client: applyClientDefaults(client, prefix, env), maxOutputAttempts: maxOutputAttempts ?? DEFAULT_MAX_OUTPUT_ATTEMPTS };
}
