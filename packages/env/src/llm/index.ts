/** LLM access for rlver: one client over the official `openai` SDK, its reliability and record/replay. */
export {
  type LlmClientOptions,
  type ResolvedLlmClientOptions,
  type CassetteMode,
  CASSETTE_MODES,
  type LlmTransport,
  LLM_TRANSPORTS,
  DEFAULT_BASE_URL,
  PLACEHOLDER_API_KEY,
  LLM_CLIENT_DEFAULTS,
  llmClientOptionProperties,
  llmOptionsSchema,
  validateLlmOptions,
  resolveLlmClientOptions,
  applyClientDefaults,
  isResolvedLlmClientOptions,
} from './options';
export { LlmRequestError, LlmOutputError, CassetteMissError, type LlmFailureKind } from './errors';
export { backoffDelayMs, retryAfterMs, type HeaderSource } from './backoff';
export { classifyFailure, isRetryableStatus, type AttemptFailure } from './failure';
export { endpointLimiter, findEndpointLimiter, endpointKey, type EndpointLimiter } from './endpoint-limits';
export { completionBody, type ChatCompletionRequest, type ChatCompletionResult, type CompletionBody, type CompletionCallOptions, type SamplingDefaults } from './completion';
export { LlmClient, type LlmClientStats } from './client';
export { nodeHttpFetch } from './transport/node-http-fetch';
export { Cassette, type CassetteEntry, type CassetteOptions, type RecordedResponse } from './cassette/cassette';
export { canonicalJson, cassetteKey } from './cassette/key';
export { OpenAIChatAgent, type OpenAIChatAgentOptions, type AgentReply } from './agent/openai-chat-agent';
export { DEFAULT_AGENT_SYSTEM_PROMPTS, THINK_THEN_SAY_INSTRUCTIONS, dialogueLanguage } from './agent/system-prompts';
export { addLlmCliOptions, llmOptionsFromCli, type LlmCliFlagOptions } from './cli-options';
