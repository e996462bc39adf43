import { applyClientDefaults, type LlmClientOptions } from '@rlver/env';

/**
 * The public facts of LLM options, for a run's settings: the model, the endpoint (after environment variables and
 * defaults) and what shapes sampling. Never the API key or headers; nor the cassette path, retries, time limits
 * or concurrency, which differ between machines without changing what the model is asked.
 *
 * @param prefix - the options' name in error messages ("llm", "agent")
 */
export function publicLlmSettings(options: Readonly<Record<string, unknown>>, prefix: string): Record<string, unknown> {
  const { maxOutputAttempts, thinkThenSay, systemPrompt, name, ...client } = options;
  void name;
  const resolved = applyClientDefaults(client as unknown as LlmClientOptions, prefix, process.env);
  return {
    model: resolved.model,
    baseURL: resolved.baseURL,
    seed: resolved.seed,
    ...(resolved.temperature !== undefined ? { temperature: resolved.temperature } : {}),
    ...(resolved.topP !== undefined ? { topP: resolved.topP } : {}),
    ...(resolved.maxTokens !== undefined ? { maxTokens: resolved.maxTokens } : {}),
    ...(maxOutputAttempts !== undefined ? { maxOutputAttempts } : {}),
    ...(thinkThenSay !== undefined ? { thinkThenSay } : {}),
    ...(typeof systemPrompt === 'string' ? { systemPrompt } : {}),
  };
}
