/** The SAGE-style simulated user played by an LLM. */
export { LlmSimulator } from './llm-simulator';
export { resolveLlmSimulatorOptions, DEFAULT_MAX_OUTPUT_ATTEMPTS, type LlmSimulatorOptions, type ResolvedLlmSimulatorOptions } from './options';
export { parseAppraisalOutput, toLlmAppraisal, APPRAISAL_FIELDS, type AppraisalOutput, type LlmAppraisal, type NeedMet, type ParsedAppraisal } from './appraisal-output';
export { parseUtteranceOutput, isGoodbye, type UtteranceOutput } from './utterance-output';
export { extractJsonObject, type ExtractedJson } from './json-output';
export { commonPromptValues, personaBlock, dialogueText, appraisalSummary } from './context';
export {
  PROMPT_TEMPLATES,
  PROMPT_VOCABULARY,
  PROMPT_STAGES,
  compiledPrompt,
  compileTemplate,
  fillTemplate,
  type CompiledPrompt,
  type CompiledTemplate,
  type PromptStage,
  type PromptTemplate,
  type PromptVocabulary,
} from './prompts';
