/**
 * `@rlver/env`: a Gymnasium-style async environment for empathetic dialogue with simulated users whose
 * emotion is a verifiable reward (RLVER), plus personas, simulated users, vector envs and wrappers.
 *
 * @packageDocumentation
 */
export * from './core/errors';
export { Env, Wrapper, type Info, type ResetArgs, type ResetResult, type StepResult, type EnvMetadata } from './core/env';
export { Rng, deriveSeed, type RngState } from './core/rng';
export * from './core/spaces';
export { checkEnv, type CheckEnvOptions, type EnvCheckReport } from './core/check-env';
export { register, make, spec, registeredIds, parseEnvId, type EnvSpec, type EnvSpecInput, type EnvCreator, type WrapperApplier, type EnvTypes } from './core/registration';

export { type ChatMessage, type ChatRole, type Language, LANGUAGES } from './chat/messages';
export { EmpatheticChatEnv, type ChatInfo, type ChatObservation, type ChatResetOptions, type Outcome } from './chat/empathetic-chat-env';
export { DEFAULT_MAX_REPLY_CHARS, type EmpatheticChatOptions, type RewardMode, type ResolvedChatOptions, isSimulator } from './chat/options';
export { renderTranscript } from './chat/render';
export { EMPATHETIC_CHAT_ID } from './chat/register';

// Personas: one schema for every source, the seeded generator (English and Chinese situation families), and
// loaders for JSONL files of this project's personas or SAGE / RLVER profiles.
export * from './personas/types';
export { personaSchema, validatePersona } from './personas/schema';
export {
  generatePersona,
  generatePersonas,
  situationFamilies,
  seedCombination,
  type GeneratePersonaOptions,
  type GeneratePersonasOptions,
  type FamilyTemplate,
  type RoleTemplate,
  type Gender as PersonaGender,
} from './personas/generator';
export { loadPersonasSync, loadPersonas, profileToPersona, CHARACTER_TYPE_BY_MAIN_CHA, HIDDEN_NEED_BY_TASK, rawProfileSchema, type RawProfile } from './personas/loaders';
// The rule simulator's voice: what the simulated user says, in character (opening, replies, goodbyes).
export {
  openingUtterance,
  replyUtterance,
  voiceProfile,
  readAppraisal,
  revealThreshold,
  revealedBefore,
  firstPersonZh,
  EN_PHRASES,
  ZH_PHRASES,
  type VoiceProfile,
  type AppraisalReading,
  type ReactionKind,
  type Phrasebook,
  type MidBand,
  type TraitFlavor,
} from './simulators/rule/voice';

export * from './simulators/types';
export * from './simulators/bands';
export { createSimulator, type SimulatorSpec } from './simulators/resolve';
// The rule simulator: its appraisal (cues, lexicons, weights, reasons) and calibration against recorded judges.
export { RuleSimulator, type RuleSimulatorOptions } from './simulators/rule';
export {
  appraiseReply,
  lexiconFor,
  extractFeatures,
  readUserSignals,
  readReplySurface,
  compileWeights,
  defaultCompiledWeights,
  toJudgeStep,
  applyDifficulty,
  CHALLENGING,
  DEFAULT_WEIGHTS,
  DESIGN_WEIGHTS,
  CALIBRATED_WEIGHTS,
  DESIGN_PRIOR,
  DESIGN_BOUNDS,
  FEATURES,
  REPLY_CUES,
  NEED_SATISFIERS,
  type AppraiseOptions,
  type AppraisalWeights,
  type CompiledWeights,
  type CalibrationFile,
  type CalibrationProvenance,
  type ExtractedFeatures,
  type UserSignals,
  type ReplySurface,
  type FeatureDef,
  type ReplyCue,
  type WeightBounds,
  type Lexicon,
  type UserSignalId,
  type ReplyPatternId,
} from './simulators/rule/appraisal';
export { fitWeights, pearson, spearman, signAgreement, averageRanks, DEFAULT_RIDGE, type CalibrationSample, type FitOptions, type FitResult } from './simulators/rule/calibration';
export { personaFromJson } from './personas/loaders';
// How much a simulator's reward depends on the hidden need: reference agents (an evaluation-only oracle, random,
// fixed strategies, need-aware, one-trick) on the same seeded personas.
export { measureNeedSensitivity, SENSITIVITY_AGENTS, ONE_TRICK_AGENTS, type NeedSensitivity, type NeedSensitivityOptions } from './simulators/rule/sensitivity';

// Agents: response strategies and their bilingual realizer, need inference from the user's words, built-in agents.
export * from './agents';

export { OrderEnforcing } from './wrappers/order-enforcing';
export { TimeLimit } from './wrappers/time-limit';
export { RecordEpisodeStatistics, type EpisodeStatistics, type EpisodeStatisticsInfo } from './wrappers/record-episode-statistics';

export { compileValidator, describeAjvError, type Validator } from './validation/schema';
export { writeFileAtomic, writeJsonAtomic } from './io/atomic-write';
export { readJsonl, appendJsonl, JsonlParseError, type JsonlRow, type ReadJsonlOptions } from './io/jsonl';
export { printFigure, machineContext, median, roundTo, runPerf, type PerfFigure } from './io/perf-figure';
export { findSharedData } from './io/shared-data';
export { runCli } from './cli/run-cli';

export { VectorEnv, VectorEnvError, makeVec, type VectorEnvOptions, type VectorResetArgs, type VectorResetResult, type VectorStepResult } from './vector/vector-env';
export { batchInfos, infoAt, type BatchedInfos } from './vector/batched-infos';
export { ThinkThenSay, splitThought, type SplitThought, type ThinkFormat, type ThinkThenSayInfo } from './wrappers/think-then-say';
export { TranscriptRecorder, type TranscriptRecord } from './wrappers/transcript-recorder';

// LLM: the openai-SDK client (retries, per-endpoint limits, cassettes), the LLM simulated user and agent.
export * from './llm';
export * from './simulators/llm';
